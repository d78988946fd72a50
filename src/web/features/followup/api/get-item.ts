import { queryOptions, useQuery } from '@tanstack/react-query';
import type { FollowupItem } from '../../../../shared/api/followup';
import { api } from '../../../lib/api-client';

export const followupItemQueryKey = (id: string) => ['followup', 'detail', id] as const;

export function getFollowupItem(id: string, signal?: AbortSignal): Promise<FollowupItem> {
  return api.get<FollowupItem>(`/api/followup-items/${encodeURIComponent(id)}`, { signal });
}

export const followupItemQueryOptions = (id: string) =>
  queryOptions({ queryKey: followupItemQueryKey(id), queryFn: ({ signal }) => getFollowupItem(id, signal) });

export function useFollowupItem(id: string) {
  return useQuery(followupItemQueryOptions(id));
}
