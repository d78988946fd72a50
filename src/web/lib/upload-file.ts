import type { Problem } from '../../shared/api/common';
import { FILE_NAME_HEADER } from '../../shared/api/participants';
import { ApiError, buildUrl } from './api-client';

type UploadOptions = { contentType?: string | null; query?: Record<string, string | null | undefined>; signal?: AbortSignal };

/**
 * Sends a file as the raw request body (the shared API client speaks JSON only), its name in
 * `X-File-Name`. Failures are thrown as the same `ApiError` with the server's problem document,
 * so the usual alerts work.
 */
export async function uploadFile<T>(path: string, file: File, options: UploadOptions = {}): Promise<T> {
  const type = options.contentType ?? 'application/octet-stream';
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method: 'POST',
      credentials: 'same-origin',
      headers: { accept: 'application/json, application/problem+json', 'content-type': type, [FILE_NAME_HEADER]: encodeURIComponent(file.name) },
      body: file,
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
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
