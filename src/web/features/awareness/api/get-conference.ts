import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Conference } from '../../../../shared/api/conferences';
import { api } from '../../../lib/api-client';
import { awarenessKeys } from './keys';

// The conference's title and points, read here: features do not import each other.
export function getConference(id: string, signal?: AbortSignal): Promise<Conference> {
  return api.get<Conference>(`/api/conferences/${encodeURIComponent(id)}`, { signal });
}

export function useConference(id: string) {
  return useQuery(queryOptions({ queryKey: awarenessKeys.conference(id), queryFn: ({ signal }) => getConference(id, signal) }));
}
