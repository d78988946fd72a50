import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { indicatorListSchema } from '../../../../shared/api/indicators';
import { api } from '../../../lib/api-client';

export type IndicatorList = z.infer<typeof indicatorListSchema>;
/** The catalogue's filters as the address bar holds them: '' means "any". */
export type IndicatorFilters = { q: string; domain: string; active: string };

export function listIndicators(params: IndicatorFilters & { page: number; pageSize: number }, signal?: AbortSignal): Promise<IndicatorList> {
  return api.get<IndicatorList>('/api/indicators', { query: params, signal });
}

export const indicatorsQueryOptions = (params: IndicatorFilters & { page: number; pageSize: number }) =>
  queryOptions({
    queryKey: ['indicators', 'list', params],
    queryFn: ({ signal }) => listIndicators(params, signal),
    placeholderData: keepPreviousData,
  });

export function useIndicators(params: IndicatorFilters & { page: number; pageSize: number }) {
  return useQuery(indicatorsQueryOptions(params));
}

/** The whole catalogue for pickers and names beside codes (a few hundred at most: one page of 200 each). */
export function useAllIndicators() {
  return useQuery({
    queryKey: ['indicators', 'all'],
    queryFn: async ({ signal }) => {
      const first = await listIndicators({ q: '', domain: '', active: '', page: 1, pageSize: 200 }, signal);
      const items = [...first.items];
      for (let page = 2; items.length < first.total; page++) {
        const next = await listIndicators({ q: '', domain: '', active: '', page, pageSize: 200 }, signal);
        if (next.items.length === 0) break;
        items.push(...next.items);
      }
      return items;
    },
  });
}
