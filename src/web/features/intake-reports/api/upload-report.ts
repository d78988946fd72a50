import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { IntakeReportSummary } from '../../../../shared/api/intake-reports';
import { uploadFile } from '../../../lib/upload-file';
import { intakeReportKeys } from './get-report';

/** Sends a report or a list as the raw body; the server finds its type from the bytes. */
export const uploadReport = (file: File) => uploadFile<IntakeReportSummary>('/api/intake-reports/documents', file);

export function useUploadReport() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: uploadReport, onSuccess: () => queryClient.invalidateQueries({ queryKey: intakeReportKeys.list }) });
}
