import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReportForm, ReportFormInput } from '../../../../shared/api/indicators';
import { api } from '../../../lib/api-client';

const formsKey = ['report-forms'] as const;

export function useReportForms() {
  return useQuery({ queryKey: formsKey, queryFn: ({ signal }) => api.get<{ items: ReportForm[] }>('/api/report-forms', { signal }) });
}

/** Creates (no `id`) or changes a form; a 409 means the code is taken or someone saved first. */
export function useSaveReportForm() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: ReportFormInput & { version?: number } }) =>
      id ? api.put<ReportForm>(`/api/report-forms/${encodeURIComponent(id)}`, input) : api.post<ReportForm>('/api/report-forms', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: formsKey }),
  });
}
