import type { Problem } from '../../../../shared/api/common';
import { FILE_NAME_HEADER } from '../../../../shared/api/participants';
import { ApiError, buildUrl } from '../../../lib/api-client';

/**
 * Sends a file as the raw request body through XMLHttpRequest, whose upload events report how
 * much has left the browser (fetch has no upload progress). `onProgress` gets 0–100 while
 * sending, then 100 while the server checks and writes. Failures throw the same ApiError as the
 * API client, with the server's problem document (its row-by-row `errors` included).
 */
export function uploadWithProgress<T>(path: string, file: File, query: Record<string, string | undefined>, onProgress: (percent: number) => void): Promise<T> {
  const type = file.name.toLowerCase().endsWith('.csv') ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', buildUrl(path, query));
    xhr.withCredentials = true;
    xhr.setRequestHeader('content-type', type);
    xhr.setRequestHeader('accept', 'application/json, application/problem+json');
    xhr.setRequestHeader(FILE_NAME_HEADER, encodeURIComponent(file.name));
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onerror = () => reject(new ApiError({ type: 'about:blank', title: '', status: 0, detail: '', instance: path, code: 'NETWORK' }));
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) return resolve(JSON.parse(xhr.responseText) as T);
      let problem: Problem = { type: 'about:blank', title: xhr.statusText, status: xhr.status, detail: '', instance: path, code: xhr.status >= 500 ? 'INTERNAL' : 'HTTP_ERROR' };
      try {
        const parsed = JSON.parse(xhr.responseText) as Partial<Problem>;
        if (typeof parsed.code === 'string') problem = { ...problem, ...parsed } as Problem;
      } catch {
        // Not a problem document: described from the status.
      }
      reject(new ApiError(problem));
    };
    xhr.send(file);
  });
}
