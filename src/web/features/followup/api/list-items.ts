import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { followupListSchema } from '../../../../shared/api/followup';
import { api, buildUrl } from '../../../lib/api-client';

export type FollowupList = z.infer<typeof followupListSchema>;

/** The list's filters as the address bar holds them: '' means "any". */
export const followupFilterKeys = [
  'q',
  'kind',
  'status',
  'uprCycle',
  'treaty',
  'theme',
  'leadOrganisationId',
  'provinceCode',
  'level',
  'overdue',
  'dueSoon',
  'waiting',
  'conferenceId',
  'visitId',
  'parentId',
  'sort',
] as const;
export type FollowupFilters = Record<(typeof followupFilterKeys)[number], string>;
export type FollowupListParams = Partial<FollowupFilters> & { page: number; pageSize: number };

export function listFollowupItems(params: FollowupListParams, signal?: AbortSignal): Promise<FollowupList> {
  return api.get<FollowupList>('/api/followup-items', { query: params, signal });
}

export const followupListQueryOptions = (params: FollowupListParams) =>
  queryOptions({
    queryKey: ['followup', 'list', params],
    queryFn: ({ signal }) => listFollowupItems(params, signal),
    placeholderData: keepPreviousData,
  });

export function useFollowupItems(params: FollowupListParams, enabled = true) {
  return useQuery({ ...followupListQueryOptions(params), enabled });
}

/** The Excel download of the list with the same filters. */
export function followupExportUrl(filters: Partial<FollowupFilters>): string {
  return buildUrl('/api/followup-items.xlsx', filters);
}
