import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { IntakeReportSaveResult, IntakeReportSummary, SaveRecommendations, SaveReport } from '../../../../shared/api/intake-reports';
import { api } from '../../../lib/api-client';
import { intakeReportKeys } from './get-report';

/** Saving touches the document, the indicator reports and the follow-up list: their queries are stale after it. */
function useInvalidate(id: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: intakeReportKeys.detail(id) }),
      queryClient.invalidateQueries({ queryKey: intakeReportKeys.list }),
      queryClient.invalidateQueries({ queryKey: ['indicator-reports'] }),
      queryClient.invalidateQueries({ queryKey: ['followup'] }),
    ]);
}

export function useSaveReport(id: string) {
  const invalidate = useInvalidate(id);
  return useMutation({ mutationFn: (body: SaveReport) => api.post<IntakeReportSaveResult>(`/api/intake-reports/documents/${id}/save-report`, body), onSuccess: invalidate });
}

export function useSaveRecommendations(id: string) {
  const invalidate = useInvalidate(id);
  return useMutation({
    mutationFn: (body: SaveRecommendations) => api.post<IntakeReportSaveResult>(`/api/intake-reports/documents/${id}/save-recommendations`, body),
    onSuccess: invalidate,
  });
}

export function useDropReport(id: string) {
  const invalidate = useInvalidate(id);
  return useMutation({ mutationFn: (version: number) => api.post<IntakeReportSummary>(`/api/intake-reports/documents/${id}/drop`, { version }), onSuccess: invalidate });
}
