import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { ConferenceFilters } from '../../api/list-conferences';

export const filterKeys = ['q', 'province', 'legacyProvince', 'year', 'month', 'level', 'format', 'theme', 'status', 'sort'] as const;
type Key = keyof ConferenceFilters | 'view';

/**
 * The list's filters, view (list or calendar) and page, all in the address bar so a link or a
 * reload shows the same conferences; any filter change returns to page 1.
 *
 * Like the shared `useListParams`, but each change starts from the address bar as it is now
 * rather than from the last render: the router renders in a transition, so two quick changes
 * (a year, then a month, then "Lịch") would otherwise each start from stale parameters and
 * undo one another.
 */
export function useConferenceParams() {
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(filterKeys.map((k) => [k, params.get(k) ?? ''])) as ConferenceFilters;
  const page = Math.max(1, Number(params.get('page')) || 1);

  const setMany = useCallback(
    (changes: Partial<Record<Key, string>>) => {
      const next = new URLSearchParams(window.location.search);
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      next.delete('page');
      setParams(next, { replace: true });
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

  const view = params.get('view') === 'calendar' ? ('calendar' as const) : ('list' as const);
  return { filters, view, page, setFilter, setMany, setPage };
}
