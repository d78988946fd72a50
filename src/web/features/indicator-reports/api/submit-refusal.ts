import type { ValidationIssue } from '../../../../shared/api/indicator-reports';
import { parseIssuePath } from '../../../../shared/indicators/validation';
import { ApiError } from '../../../lib/api-client';

/** The server refused a submission for its figures (422 REPORT_HAS_ERRORS): its sentence and each blocking cell. */
export type SubmitRefusal = { detail: string; issues: ValidationIssue[] };

/** Reads a refused submission out of an error; null for any other failure. */
export function submitRefusalOf(error: unknown): SubmitRefusal | null {
  if (!(error instanceof ApiError) || error.code !== 'REPORT_HAS_ERRORS') return null;
  const issues = (error.problem.errors ?? []).flatMap((e): ValidationIssue[] => {
    const cell = parseIssuePath(e.path);
    return cell ? [{ ...cell, severity: 'error', code: 'submit_refused', message: e.message }] : [];
  });
  return { detail: error.problem.detail, issues };
}

/** The grid's own issues and the refused submission's, one per cell and field (the grid's first). */
export function withRefusal(issues: readonly ValidationIssue[], refusal: SubmitRefusal | null): ValidationIssue[] {
  if (!refusal) return [...issues];
  const key = (i: ValidationIssue) => `${i.indicatorCode}|${i.part}|${i.field}|${i.severity}`;
  const known = new Set(issues.map(key));
  return [...issues, ...refusal.issues.filter((i) => !known.has(key(i)))];
}
