import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CommuneSearchResult } from '../../../../shared/api/admin-units';
import { api } from '../../../lib/api-client';

/**
 * The communes of one province that a typed name finds on the server, including through the name
 * of an old commune merged into them: what the commune picker adds to its own matching.
 */
export function useCommunesByName(provinceCode: string | null, q: string) {
  const text = q.trim();
  return useQuery({
    queryKey: ['provinces', 'communes', 'search', provinceCode, text],
    queryFn: ({ signal }) =>
      api.get<{ items: CommuneSearchResult[] }>('/api/communes', { query: { q: text, province: provinceCode ?? undefined, pageSize: 50 }, signal }),
    enabled: Boolean(provinceCode) && text.length >= 2,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
}
