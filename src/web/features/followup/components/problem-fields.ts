import { ApiError } from '../../../lib/api-client';

/** The field errors of a refused request, by path (`note`, `indicators.0.period`), first message per field. */
export function problemFields(error: unknown): Partial<Record<string, string>> {
  const fields: Partial<Record<string, string>> = {};
  if (error instanceof ApiError) for (const { path, message } of error.problem.errors ?? []) fields[path] ??= message;
  return fields;
}
