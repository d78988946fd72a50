import { useCallback } from 'react';
import { useFormState } from '../../../../lib/form-state';
import type { ConferenceFormValues, RowListKey } from './form-values';

/** How a repeatable list changed: one row's fields edited, or rows added, removed or moved. */
export type RowsChange = { kind: 'edit'; index: number; fields: string[] } | { kind: 'structure' };

/**
 * The shared form state plus what a form of lists needs: an error sits under a path like
 * `connectionPoints.2.name`, so editing a row clears that row's error, and adding, removing or
 * moving rows clears the list's errors (their positions no longer match).
 */
export function useConferenceForm(initial: ConferenceFormValues) {
  const form = useFormState(initial);
  const { patch, setErrors } = form;

  const clearErrors = useCallback(
    (matches: (path: string) => boolean) =>
      setErrors((errors) => (Object.keys(errors).some(matches) ? Object.fromEntries(Object.entries(errors).filter(([k]) => !matches(k))) : errors)),
    [setErrors],
  );

  const setRows = useCallback(
    <K extends RowListKey>(list: K, rows: ConferenceFormValues[K], change: RowsChange) => {
      patch({ [list]: rows } as Partial<ConferenceFormValues>);
      if (change.kind === 'structure') clearErrors((path) => path.startsWith(`${list}.`));
      else clearErrors((path) => change.fields.some((f) => path === `${list}.${change.index}.${f}`));
    },
    [patch, clearErrors],
  );

  /** The error of a row's field, if any. */
  const rowError = useCallback((list: RowListKey, index: number, field: string) => form.errors[`${list}.${index}.${field}`], [form.errors]);

  return { ...form, clearErrors, setRows, rowError };
}

export type ConferenceFormApi = ReturnType<typeof useConferenceForm>;
