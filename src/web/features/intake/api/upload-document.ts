import type { Problem } from '../../../../shared/api/common';
import { INTAKE_UPLOAD_CONTENT_TYPE, type IntakeDocumentSummary } from '../../../../shared/api/intake';
import { FILE_NAME_HEADER } from '../../../../shared/api/participants';
import { ApiError, buildUrl } from '../../../lib/api-client';
import { intakeDocumentsPath } from './keys';

type UploadOptions = { batchId: string; sourceUrl?: string | null; signal?: AbortSignal };

/**
 * Sends one file as the raw request body (the shared API client speaks JSON only), its name in
 * `X-File-Name`. The server finds the type from the bytes. Failures are thrown as the same
 * `ApiError` with the server's problem document, whose Vietnamese `detail` says what is wrong.
 */
export async function uploadDocument(file: File, { batchId, sourceUrl, signal }: UploadOptions): Promise<IntakeDocumentSummary> {
  const path = buildUrl(intakeDocumentsPath, { batchId, sourceUrl });
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        accept: 'application/json, application/problem+json',
        'content-type': INTAKE_UPLOAD_CONTENT_TYPE,
        [FILE_NAME_HEADER]: encodeURIComponent(file.name),
      },
      body: file,
      signal,
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
  return JSON.parse(text) as IntakeDocumentSummary;
}
