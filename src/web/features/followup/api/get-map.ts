import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { followupMapSchema } from '../../../../shared/api/followup';
import { api } from '../../../lib/api-client';

export type FollowupMap = z.infer<typeof followupMapSchema>;
export const mapFilterKeys = ['kind', 'uprCycle', 'treaty', 'theme'] as const;
export type FollowupMapFilters = Record<(typeof mapFilterKeys)[number], string>;

export const followupMapQueryOptions = (filters: FollowupMapFilters) =>
  queryOptions({
    queryKey: ['followup', 'map', filters],
    queryFn: ({ signal }) => api.get<FollowupMap>('/api/followup-map', { query: filters, signal }),
    placeholderData: keepPreviousData,
  });

export function useFollowupMap(filters: FollowupMapFilters) {
  return useQuery(followupMapQueryOptions(filters));
}
