import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

type Options = {
  /**
   * Each change is a step of the browser's history, so Back returns to the filters before it
   * (choices from lists). Without it a change replaces the current entry (a search box typed
   * into letter by letter would otherwise fill the history).
   */
  push?: boolean;
};

/**
 * List filters live in the address bar, so Back, reload and a pasted link keep them.
 * Changing any filter returns to the first page. Each change starts from the address bar as it
 * is now (not from the last render), so two quick changes do not undo one another.
 */
export function useListParams<K extends string>(keys: readonly K[], options: Options = {}) {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(keys.map((k) => [k, params.get(k) ?? ''])) as Record<K, string>;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const replace = !options.push;

  const setMany = useCallback(
    (changes: Partial<Record<K, string>>) => {
      const next = new URLSearchParams(window.location.search);
      for (const [key, value] of Object.entries(changes) as Array<[K, string | undefined]>) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      next.delete('page');
      setParams(next, { replace });
    },
    [setParams, replace],
  );

  const setFilter = useCallback((key: K, value: string) => setMany({ [key]: value } as Partial<Record<K, string>>), [setMany]);

  const setPage = useCallback(
    (value: number) => {
      const next = new URLSearchParams(window.location.search);
      if (value > 1) next.set('page', String(value));
      else next.delete('page');
      setParams(next);
    },
    [setParams],
  );

  return { values, page, setFilter, setMany, setPage };
}
