import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { reportListSchema } from '../../../../shared/api/indicator-reports';
import { api } from '../../../lib/api-client';

export type ReportList = z.infer<typeof reportListSchema>;

/** The list's filters as the address bar holds them: '' means "any". */
export type ReportFilters = { formId: string; period: string; status: string; provinceCode: string; sort: string };
export type ReportListParams = Partial<ReportFilters> & { page: number; pageSize: number; waiting?: 'true' };

export function listReports(params: ReportListParams, signal?: AbortSignal): Promise<ReportList> {
  return api.get<ReportList>('/api/indicator-reports', { query: params, signal });
}

export const reportsQueryOptions = (params: ReportListParams) =>
  queryOptions({ queryKey: ['indicator-reports', 'list', params], queryFn: ({ signal }) => listReports(params, signal), placeholderData: keepPreviousData });

export function useReports(params: ReportListParams) {
  return useQuery(reportsQueryOptions(params));
}
