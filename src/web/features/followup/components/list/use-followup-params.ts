import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { followupFilterKeys, type FollowupFilters } from '../../api/list-items';

type Key = keyof FollowupFilters;

/**
 * The list's filters and page in the address bar, so a link, a reload or the back button shows
 * the same items; any filter change returns to page 1. Each change starts from the address bar
 * as it is now (not from the last render), so two quick changes do not undo one another.
 */
export function useFollowupParams() {
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(followupFilterKeys.map((k) => [k, params.get(k) ?? ''])) as FollowupFilters;
  const page = Math.max(1, Number(params.get('page')) || 1);

  const setMany = useCallback(
    (changes: Partial<Record<Key, string>>) => {
      const next = new URLSearchParams(window.location.search);
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      next.delete('page');
      setParams(next);
    },
    [setParams],
  );
  const setFilter = useCallback((key: Key, value: string) => setMany({ [key]: value }), [setMany]);
  const setPage = useCallback(
    (value: number) => {
      const next = new URLSearchParams(window.location.search);
      if (value > 1) next.set('page', String(value));
      else next.delete('page');
      setParams(next);
    },
    [setParams],
  );
  return { filters, page, setFilter, setMany, setPage };
}
