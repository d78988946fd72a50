import { useCallback, useRef } from 'react';
import { formFieldsSnapshot } from './form-fields-snapshot';

/**
 * Tells whether the person changed the fields under `root`. The baseline is taken at their
 * first touch (focus or pointer) rather than at mount: by then the form has finished filling
 * itself (names of bodies and places load after it appears), so loading is not taken for an edit.
 */
export function useFieldChanges() {
  const root = useRef<HTMLDivElement>(null);
  const baseline = useRef<string | null>(null);
  const touch = useCallback(() => {
    if (baseline.current === null) baseline.current = formFieldsSnapshot(root.current);
  }, []);
  const changed = useCallback(() => baseline.current !== null && formFieldsSnapshot(root.current) !== baseline.current, []);
  /** For a form rebuilt from scratch. */
  const forget = useCallback(() => {
    baseline.current = null;
  }, []);
  return { root, touch, changed, forget };
}
