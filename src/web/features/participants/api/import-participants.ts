import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Problem } from '../../../../shared/api/common';
import {
  CSV_CONTENT_TYPE,
  FILE_NAME_HEADER,
  XLSX_CONTENT_TYPE,
  type ColumnMapping,
  type ImportPreview,
  type ImportResult,
} from '../../../../shared/api/participants';
import { ApiError, buildUrl } from '../../../lib/api-client';
import { participantKeys, participantsPath } from './keys';

/** The upload type for a file name, or null when it is neither .xlsx nor .csv. */
export function uploadTypeOf(fileName: string): string | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xlsx')) return XLSX_CONTENT_TYPE;
  if (lower.endsWith('.csv')) return CSV_CONTENT_TYPE;
  return null;
}

/**
 * Sends a file as the raw request body: the shared API client speaks JSON only. Failures are
 * thrown as the same `ApiError` with the server's problem document, so the usual alerts work.
 */
async function uploadFile<T>(path: string, file: File, query?: Record<string, string>): Promise<T> {
  const type = uploadTypeOf(file.name) ?? (file.type || 'application/octet-stream');
  let response: Response;
  try {
    response = await fetch(buildUrl(path, query), {
      method: 'POST',
      credentials: 'same-origin',
      headers: { accept: 'application/json, application/problem+json', 'content-type': type, [FILE_NAME_HEADER]: encodeURIComponent(file.name) },
      body: file,
    });
  } catch {
    throw new ApiError({ type: 'about:blank', title: '', status: 0, detail: '', instance: path, code: 'NETWORK' });
  }
  const text = await response.text();
  if (!response.ok) {
    let problem: Problem = { type: 'about:blank', title: response.statusText, status: response.status, detail: '', instance: path, code: response.status >= 500 ? 'INTERNAL' : 'HTTP_ERROR' };
    try {
      const parsed = JSON.parse(text) as Partial<Problem>;
      if (typeof parsed.code === 'string') problem = { ...problem, ...parsed } as Problem;
    } catch {
      // Not a problem document (a proxy's error page): described from the status above.
    }
    throw new ApiError(problem);
  }
  return JSON.parse(text) as T;
}

export function previewImport(conferenceId: string, file: File): Promise<ImportPreview> {
  return uploadFile<ImportPreview>(`${participantsPath(conferenceId)}/import/preview`, file);
}

export function importParticipants(conferenceId: string, file: File, mapping: ColumnMapping): Promise<ImportResult> {
  return uploadFile<ImportResult>(`${participantsPath(conferenceId)}/import`, file, { mapping: JSON.stringify(mapping) });
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
