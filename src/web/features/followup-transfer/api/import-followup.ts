import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  type ImportCommit,
  type ImportCommitResult,
  type ImportPreview,
} from '../../../../shared/api/followup-transfer';
import { CSV_CONTENT_TYPE, XLSX_CONTENT_TYPE } from '../../../../shared/api/participants';
import { api } from '../../../lib/api-client';
import { uploadFile } from '../../../lib/upload-file';

export type ImportSource = ImportPreview['source'];

/** The upload type of a table (.xlsx / .csv), or null. Documents go as octet-stream: the server reads their type from the bytes. */
export function tableTypeOf(fileName: string): string | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xlsx')) return XLSX_CONTENT_TYPE;
  if (lower.endsWith('.csv')) return CSV_CONTENT_TYPE;
  return null;
}

export type PreviewRequest = { source: ImportSource; file: File; query: Record<string, string | null | undefined> };

/** Step 1: read the file, propose the columns and every row. Writes nothing. */
export function previewFollowupImport({ source, file, query }: PreviewRequest): Promise<ImportPreview> {
  const contentType = source === 'document' ? 'application/octet-stream' : tableTypeOf(file.name);
  return uploadFile<ImportPreview>(`/api/followup-imports/${source}/preview`, file, { contentType, query });
}

export function usePreviewFollowupImport() {
  return useMutation({ mutationFn: previewFollowupImport });
}

/** Step 2: save the reviewed rows, all or none. */
export function commitFollowupImport(body: ImportCommit): Promise<ImportCommitResult> {
  return api.post<ImportCommitResult>('/api/followup-imports/commit', body);
}

export function useCommitFollowupImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: commitFollowupImport,
    // The follow-up list and map read these items.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['followup'] }),
  });
}
