import { ApiError } from '../../../../lib/api-client';

/**
 * The confirm request carries the conference under `conference`, so the server names a bad field
 * `conference.title`; the form knows it as `title`. Other errors pass through unchanged.
 */
export function withoutConferencePrefix(error: unknown): unknown {
  if (!(error instanceof ApiError) || !error.problem.errors?.length) return error;
  const errors = error.problem.errors.map((e) => ({ ...e, path: e.path.replace(/^conference\./, '') }));
  return new ApiError({ ...error.problem, errors }, error.retryAfterSeconds);
}
