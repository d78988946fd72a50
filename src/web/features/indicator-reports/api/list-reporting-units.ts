import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ReportingUnitItem } from '../../../../shared/api/indicator-reports';
import { api } from '../../../lib/api-client';

export type ReportingUnitParams = { formId: string; period?: string; q?: string };

/** The units of a form the person may read, searched on the server (a commune form has thousands), each saying whether they may report for it. */
export function listReportingUnits(params: ReportingUnitParams, signal?: AbortSignal) {
  return api.get<{ items: ReportingUnitItem[]; total: number }>('/api/indicator-reporting-units', { query: { ...params, pageSize: 50 }, signal });
}

export function useReportingUnits(params: ReportingUnitParams | null) {
  return useQuery(
    queryOptions({
      queryKey: ['indicator-reports', 'units', params],
      queryFn: ({ signal }) => listReportingUnits(params!, signal),
      enabled: params !== null,
      placeholderData: keepPreviousData,
    }),
  );
}
