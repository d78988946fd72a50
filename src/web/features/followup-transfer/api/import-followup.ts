import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  type ImportCommit,
  type ImportCommitResult,
  type ImportPreview,
} from '../../../../shared/api/followup-transfer';
import type { Problem } from '../../../../shared/api/common';
import { CSV_CONTENT_TYPE, FILE_NAME_HEADER, XLSX_CONTENT_TYPE } from '../../../../shared/api/participants';
import { api, ApiError, buildUrl } from '../../../lib/api-client';

export type ImportSource = ImportPreview['source'];

/** The upload type of a table (.xlsx / .csv), or null. Documents go as octet-stream: the server reads their type from the bytes. */
export function tableTypeOf(fileName: string): string | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xlsx')) return XLSX_CONTENT_TYPE;
  if (lower.endsWith('.csv')) return CSV_CONTENT_TYPE;
  return null;
}

export type PreviewRequest = {
  source: ImportSource;
  file: File;
  query: Record<string, string | null | undefined>;
  /** Share of the file sent so far, 0–100 (a matrix of a few MB takes a while on a provincial line). */
  onProgress?: (percent: number) => void;
};

/**
 * Sends the file as the raw body like the shared `uploadFile`, but through XMLHttpRequest, which
 * (unlike fetch) reports upload progress. Failures become the same `ApiError` with the server's
 * problem document.
 */
function uploadWithProgress<T>(path: string, file: File, contentType: string, query: PreviewRequest['query'], onProgress?: (percent: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', buildUrl(path, query));
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json, application/problem+json');
    xhr.setRequestHeader('content-type', contentType);
    xhr.setRequestHeader(FILE_NAME_HEADER, encodeURIComponent(file.name));
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress?.(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onerror = () => reject(new ApiError({ type: 'about:blank', title: '', status: 0, detail: '', instance: path, code: 'NETWORK' }));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(body as T);
      const fallback: Problem = { type: 'about:blank', title: xhr.statusText, status: xhr.status, detail: '', instance: path, code: xhr.status >= 500 ? 'INTERNAL' : 'HTTP_ERROR' };
      const problem = body && typeof (body as Partial<Problem>).code === 'string' ? ({ ...fallback, ...(body as Partial<Problem>) } as Problem) : fallback;
      reject(new ApiError(problem));
    };
    xhr.send(file);
  });
}

/** Step 1: read the file, propose the columns and every row. Writes nothing. */
export function previewFollowupImport({ source, file, query, onProgress }: PreviewRequest): Promise<ImportPreview> {
  const contentType = source === 'document' ? 'application/octet-stream' : (tableTypeOf(file.name) ?? 'application/octet-stream');
  return uploadWithProgress<ImportPreview>(`/api/followup-imports/${source}/preview`, file, contentType, query, onProgress);
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
