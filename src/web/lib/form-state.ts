import { useCallback, useState } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import type { z } from 'zod';
import { ApiError } from './api-client';
import { useLocale } from './locale';

export type FieldErrors = Partial<Record<string, string>>;

/**
 * The shared schemas carry Vietnamese messages written for officers; the English UI gets a
 * plain sentence per kind of problem instead (zod's own English is written for developers).
 */
function issueMessage(issue: z.core.$ZodIssue, intl: IntlShape, vietnamese: boolean): string {
  if (vietnamese) return issue.message;
  switch (issue.code) {
    case 'too_small':
      return intl.formatMessage({ id: 'form.issue.tooShort' }, { minimum: Number(issue.minimum) });
    case 'too_big':
      return intl.formatMessage({ id: 'form.issue.tooLong' }, { maximum: Number(issue.maximum) });
    case 'invalid_format':
      return intl.formatMessage({ id: issue.format === 'email' ? 'form.issue.email' : 'form.issue.format' });
    case 'invalid_value':
    case 'invalid_type':
      return intl.formatMessage({ id: 'form.issue.choose' });
    default:
      return intl.formatMessage({ id: 'form.issue.invalid' });
  }
}

/** Issue paths as the server writes them in problem documents: `provinceCode`, `items.0.name`. */
function issuesToErrors(issues: readonly z.core.$ZodIssue[], message: (issue: z.core.$ZodIssue) => string): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.');
    errors[key] ??= message(issue);
  }
  return errors;
}

/**
 * Form values and per-field errors, validated with the schema shared with the server so
 * both sides refuse the same input with the same words. The server's own field errors
 * (`problem.errors`) land next to the same fields.
 */
export function useFormState<T extends Record<string, unknown>>(initial: T) {
  const [values, setValues] = useState<T>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const intl = useIntl();
  const vietnamese = useLocale().locale === 'vi';

  const setField = useCallback(<K extends keyof T & string>(key: K, value: T[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => (e[key] ? { ...e, [key]: undefined } : e));
  }, []);

  /** Changes several fields at once (a role change also clears the province, say). */
  const patch = useCallback((changes: Partial<T>) => {
    setValues((v) => ({ ...v, ...changes }));
    setErrors((e) => {
      const next = { ...e };
      for (const key of Object.keys(changes)) delete next[key];
      return next;
    });
  }, []);

  const validate = useCallback(<S extends z.ZodType>(schema: S, data: unknown): z.output<S> | null => {
    const result = schema.safeParse(data);
    if (result.success) {
      setErrors({});
      return result.data;
    }
    setErrors(issuesToErrors(result.error.issues, (issue) => issueMessage(issue, intl, vietnamese)));
    return null;
  }, [intl, vietnamese]);

  /** Copies the field errors of a failed save onto the form; true when there were any. */
  const applyProblem = useCallback((error: unknown): boolean => {
    if (!(error instanceof ApiError) || !error.problem.errors?.length) return false;
    const next: FieldErrors = {};
    for (const { path, message } of error.problem.errors) next[path] ??= message;
    setErrors(next);
    return true;
  }, []);

  return { values, setValues, setField, patch, errors, setErrors, validate, applyProblem };
}
