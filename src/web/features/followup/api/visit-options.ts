import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { VisitListItem } from '../../../../shared/api/working-visits';
import { api } from '../../../lib/api-client';

type VisitPage = { items: VisitListItem[]; total: number };

/**
 * Working visits the reader may see, newest first, searched on the server (tone marks or not),
 * for the item form's visit picker; the server keeps a province to its own and the national ones.
 */
export function useVisitOptions(q: string) {
  return useQuery({
    queryKey: ['working-visits', 'options', q],
    queryFn: ({ signal }) =>
      api.get<VisitPage>('/api/working-visits', { query: { q: q || undefined, pageSize: 20 }, signal }),
    placeholderData: keepPreviousData,
  });
}
