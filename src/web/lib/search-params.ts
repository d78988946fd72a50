import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * List filters live in the address bar, so Back, reload and a pasted link keep them.
 * Changing any filter returns to the first page.
 */
export function useListParams<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(keys.map((k) => [k, params.get(k) ?? ''])) as Record<K, string>;
  const page = Math.max(1, Number(params.get('page')) || 1);

  const setFilter = useCallback(
    (key: K, value: string) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (value) next.set(key, value);
          else next.delete(key);
          next.delete('page');
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  const setPage = useCallback(
    (value: number) => {
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        if (value > 1) next.set('page', String(value));
        else next.delete('page');
        return next;
      });
    },
    [setParams],
  );

  return { values, page, setFilter, setPage };
}
