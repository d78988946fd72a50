import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { reportOpenSchema } from '../../../../shared/api/indicator-reports';
import { api } from '../../../lib/api-client';

export type ReportOpen = z.input<typeof reportOpenSchema>;

/** Opens the unit's report of that form and period, creating the draft the first time (the answer carries its id). */
export function openReport(input: ReportOpen): Promise<{ id: string }> {
  return api.post<{ id: string }>('/api/indicator-reports', input);
}

export function useOpenReport() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: openReport, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['indicator-reports', 'list'] }) });
}
