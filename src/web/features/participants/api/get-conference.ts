import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Conference } from '../../../../shared/api/conferences';
import { api } from '../../../lib/api-client';

/**
 * The conference the participants page belongs to. Same key and request as the conference
 * detail page's, so the two pages share one cached copy (features do not import each other).
 */
export const conferenceQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['conferences', 'detail', id],
    queryFn: ({ signal }) => api.get<Conference>(`/api/conferences/${encodeURIComponent(id)}`, { signal }),
  });

export function useConference(id: string) {
  return useQuery(conferenceQueryOptions(id));
}
