import { queryOptions, useQuery } from '@tanstack/react-query';
import type { IntakeReport, IntakeReportSummary } from '../../../../shared/api/intake-reports';
import { api } from '../../../lib/api-client';

export const intakeReportKeys = {
  list: ['intake-reports', 'list'] as const,
  detail: (id: string) => ['intake-reports', 'detail', id] as const,
};

export const reportQuery = (id: string) =>
  queryOptions({ queryKey: intakeReportKeys.detail(id), queryFn: ({ signal }) => api.get<IntakeReport>(`/api/intake-reports/documents/${id}`, { signal }) });
export const useIntakeReport = (id: string) => useQuery(reportQuery(id));

export const reportListQuery = () =>
  queryOptions({ queryKey: intakeReportKeys.list, queryFn: ({ signal }) => api.get<{ items: IntakeReportSummary[] }>('/api/intake-reports/documents', { signal }) });
export const useIntakeReports = () => useQuery(reportListQuery());
