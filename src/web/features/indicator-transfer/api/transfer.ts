import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FigureSource, IndicatorImportResult, ReportedFigure, SendFigures } from '../../../../shared/api/indicator-transfer';
import type { ReportForm } from '../../../../shared/api/indicators';
import { api, buildUrl } from '../../../lib/api-client';
import { uploadWithProgress } from './upload-with-progress';

export function useReportForms() {
  return useQuery(
    queryOptions({
      queryKey: ['report-forms', 'active'],
      queryFn: async ({ signal }) => (await api.get<{ items: ReportForm[] }>('/api/report-forms', { query: { pageSize: 200 }, signal })).items.filter((f) => f.active),
      staleTime: 5 * 60_000,
    }),
  );
}

/** Where the browser downloads a file the server builds (the session cookie goes along). */
export const templateUrl = (q: { formId: string; unitKind: string; unitCode: string; period: string }) => buildUrl('/api/indicator-transfer/template', q);
export const exportUrl = (q: { formId: string; period?: string; provinceCode?: string; format: 'csv' | 'xlsx' }) => buildUrl('/api/indicator-transfer/export', q);

export function useImportFile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { file: File; formId?: string; onProgress: (percent: number) => void }) =>
      uploadWithProgress<IndicatorImportResult>('/api/indicator-transfer/import', v.file, { formId: v.formId }, v.onProgress),
    onSuccess: () => client.invalidateQueries({ queryKey: ['indicator-reports'] }),
  });
}

/** Documents and conferences with figures the person may send into a report, searched on the server. */
export function useFigureSources(q: string) {
  return useQuery(
    queryOptions({
      queryKey: ['indicator-transfer', 'figure-sources', q],
      queryFn: ({ signal }) => api.get<{ items: FigureSource[]; total: number }>('/api/indicator-transfer/figure-sources', { query: { q, pageSize: 50 }, signal }),
      placeholderData: keepPreviousData,
    }),
  );
}

export function useReportedFigures(documentId: string | null) {
  return useQuery(
    queryOptions({
      queryKey: ['indicator-transfer', 'figures', documentId],
      queryFn: ({ signal }) => api.get<{ items: ReportedFigure[] }>('/api/indicator-transfer/figures', { query: { documentId: documentId! }, signal }),
      enabled: documentId !== null,
    }),
  );
}

export function useSendFigures() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SendFigures) => api.post<IndicatorImportResult>('/api/indicator-transfer/figures/send', body),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['indicator-transfer', 'figures'] });
      void client.invalidateQueries({ queryKey: ['indicator-reports'] });
    },
  });
}
