import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { CommuneSearchResult } from '../../../../shared/api/admin-units';
import { api } from '../../../lib/api-client';

export type CommuneSearch = { items: CommuneSearchResult[]; total: number };

/** Communes of the whole country found by name, current or old (two characters at least). */
export function searchCommunes(q: string, signal?: AbortSignal): Promise<CommuneSearch> {
  return api.get<CommuneSearch>('/api/communes', { query: { q, pageSize: 20 }, signal });
}

export const communeSearchQueryOptions = (q: string) =>
  queryOptions({
    queryKey: ['provinces', 'communes', 'search', q],
    queryFn: ({ signal }) => searchCommunes(q, signal),
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });

export function useCommuneSearch(q: string) {
  return useQuery({ ...communeSearchQueryOptions(q), enabled: q.trim().length >= 2 });
}
