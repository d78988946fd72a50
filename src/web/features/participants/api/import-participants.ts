import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  CSV_CONTENT_TYPE,
  XLSX_CONTENT_TYPE,
  type ColumnMapping,
  type ImportPreview,
  type ImportResult,
} from '../../../../shared/api/participants';
import { uploadFile } from '../../../lib/upload-file';
import { participantKeys, participantsPath } from './keys';

/** The upload type for a file name, or null when it is neither .xlsx nor .csv. */
export function uploadTypeOf(fileName: string): string | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xlsx')) return XLSX_CONTENT_TYPE;
  if (lower.endsWith('.csv')) return CSV_CONTENT_TYPE;
  return null;
}

export function previewImport(conferenceId: string, file: File): Promise<ImportPreview> {
  return uploadFile<ImportPreview>(`${participantsPath(conferenceId)}/import/preview`, file, { contentType: uploadTypeOf(file.name) });
}

export function importParticipants(conferenceId: string, file: File, mapping: ColumnMapping): Promise<ImportResult> {
  return uploadFile<ImportResult>(`${participantsPath(conferenceId)}/import`, file, { contentType: uploadTypeOf(file.name), query: { mapping: JSON.stringify(mapping) } });
}

/** Step 1: read the file and get the suggested columns. Writes nothing. */
export function usePreviewImport(conferenceId: string) {
  return useMutation({ mutationFn: (file: File) => previewImport(conferenceId, file) });
}

/** Step 2: import the whole file, or get every bad row back (400 with `errors`). */
export function useImportParticipants(conferenceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, mapping }: { file: File; mapping: ColumnMapping }) => importParticipants(conferenceId, file, mapping),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: participantKeys.all(conferenceId) }),
  });
}

/** The Excel template (served by GET /api/participants/template.xlsx). */
export const participantTemplateUrl = '/api/participants/template.xlsx';
