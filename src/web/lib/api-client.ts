import type { Problem } from '../../shared/api/common';

/**
 * The one way the web app talks to the API: JSON in and out, the session cookie sent
 * (same origin), and every failure thrown as an `ApiError` carrying the RFC 9457 problem
 * document. Session problems are handed to handlers the app installs at start-up
 * (`configureApiClient`), so a page never has to check for an expired session itself.
 */
export class ApiError extends Error {
  constructor(
    readonly problem: Problem,
    /** Seconds from the Retry-After header, when the server throttled us. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
  }
  get status() {
    return this.problem.status;
  }
  get code() {
    return this.problem.code;
  }
}

/** Errors that retrying will not fix: the query layer skips its retries for them. */
export function isClientError(error: unknown): boolean {
  return error instanceof ApiError && error.status >= 400 && error.status < 500;
}

type Handlers = { onUnauthenticated: () => void; onPasswordChangeRequired: () => void };
let handlers: Handlers = { onUnauthenticated: () => {}, onPasswordChangeRequired: () => {} };

export function configureApiClient(next: Handlers) {
  handlers = next;
}

export type RequestOptions = {
  query?: Record<string, string | number | undefined | null>;
  body?: unknown;
  signal?: AbortSignal;
  /** Leave 401 / forced password change to the caller instead of redirecting (the session probe does). */
  skipSessionRedirect?: boolean;
};

export function buildUrl(path: string, query?: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function readProblem(response: Response): Promise<Problem> {
  const text = await response.text().catch(() => '');
  try {
    const parsed = JSON.parse(text) as Partial<Problem>;
    if (parsed && typeof parsed === 'object' && typeof parsed.code === 'string') {
      return {
        type: parsed.type ?? 'about:blank',
        title: parsed.title ?? response.statusText,
        status: parsed.status ?? response.status,
        detail: parsed.detail ?? '',
        instance: parsed.instance ?? response.url,
        code: parsed.code,
        ...(parsed.errors ? { errors: parsed.errors } : {}),
      };
    }
  } catch {
    // Not a problem document (a proxy's HTML error page, say): described below from the status.
  }
  return {
    type: 'about:blank',
    title: response.statusText,
    status: response.status,
    detail: '',
    instance: response.url,
    code: response.status >= 500 ? 'INTERNAL' : response.status === 404 ? 'NOT_FOUND' : 'HTTP_ERROR',
  };
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      credentials: 'same-origin',
      headers: {
        accept: 'application/json, application/problem+json',
        ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({ type: 'about:blank', title: '', status: 0, detail: '', instance: path, code: 'NETWORK' });
  }

  if (!response.ok) {
    const problem = await readProblem(response);
    const retryAfter = Number(response.headers.get('retry-after'));
    const error = new ApiError(problem, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null);
    if (!options.skipSessionRedirect) {
      if (problem.code === 'UNAUTHENTICATED') handlers.onUnauthenticated();
      if (problem.code === 'PASSWORD_CHANGE_REQUIRED') handlers.onPasswordChangeRequired();
    }
    throw error;
  }
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('content-type') ?? '';
  return (type.includes('json') ? await response.json() : undefined) as T;
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('POST', path, { ...options, body }),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PUT', path, { ...options, body }),
  delete: <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
};
