import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ReportDetail } from '../../../../shared/api/indicator-reports';
import { api } from '../../../lib/api-client';

export function getReport(id: string, signal?: AbortSignal): Promise<ReportDetail> {
  return api.get<ReportDetail>(`/api/indicator-reports/${encodeURIComponent(id)}`, { signal });
}

export const reportQueryKey = (id: string) => ['indicator-reports', 'detail', id] as const;

export const reportQueryOptions = (id: string) =>
  // Never refetched behind the person's back: the grid holds their typing, and a fresh copy
  // replaces it only when they ask (after a conflict) or after a workflow step.
  queryOptions({ queryKey: reportQueryKey(id), queryFn: ({ signal }) => getReport(id, signal), refetchOnWindowFocus: false, staleTime: Infinity });

export function useReport(id: string) {
  return useQuery(reportQueryOptions(id));
}
