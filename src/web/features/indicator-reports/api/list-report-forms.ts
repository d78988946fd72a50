import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ReportForm } from '../../../../shared/api/indicators';
import { api } from '../../../lib/api-client';

/** Every active report form (a handful: one per level and frequency), for pickers. */
export async function listReportForms(signal?: AbortSignal): Promise<ReportForm[]> {
  const { items } = await api.get<{ items: ReportForm[] }>('/api/report-forms', { signal });
  return items.filter((f) => f.active);
}

export const reportFormsQueryOptions = () => queryOptions({ queryKey: ['report-forms', 'active'], queryFn: ({ signal }) => listReportForms(signal), staleTime: 5 * 60_000 });

export function useReportForms() {
  return useQuery(reportFormsQueryOptions());
}
