import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ProvincialReportPreview } from '../../../../shared/api/provincial-reports';
import { api, buildUrl } from '../../../lib/api-client';

/** A province's code, or 'national' for the synthesis of the 34 provinces. */
export type ReportScope = string;

export function getReportPreview(scope: ReportScope, period: string, signal?: AbortSignal): Promise<ProvincialReportPreview> {
  return api.get<ProvincialReportPreview>(`/api/provincial-reports/${encodeURIComponent(scope)}/preview`, { query: { period }, signal });
}

export function useReportPreview(scope: ReportScope | null, period: string | null) {
  return useQuery(
    queryOptions({
      queryKey: ['provincial-reports', 'preview', scope, period],
      queryFn: ({ signal }) => getReportPreview(scope!, period!, signal),
      enabled: scope !== null && period !== null,
      placeholderData: keepPreviousData,
    }),
  );
}

/** The Word report (GET /api/provincial-reports/:provinceCode.docx or national.docx), downloaded by the browser. */
export function reportDocxUrl(scope: ReportScope, period: string): string {
  return buildUrl(`/api/provincial-reports/${encodeURIComponent(scope)}.docx`, { period });
}
