import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { conferenceListSchema } from '../../../../shared/api/conferences';
import { api, buildUrl } from '../../../lib/api-client';

export type ConferenceList = z.infer<typeof conferenceListSchema>;

/** The list's filters as the address bar holds them: '' means "any". */
export type ConferenceFilters = {
  q: string;
  province: string;
  legacyProvince: string;
  year: string;
  month: string;
  level: string;
  format: string;
  theme: string;
  status: string;
  sort: string;
};
export type ConferenceListParams = ConferenceFilters & { page: number; pageSize: number };

export function listConferences(params: ConferenceListParams, signal?: AbortSignal): Promise<ConferenceList> {
  return api.get<ConferenceList>('/api/conferences', { query: params, signal });
}

export const conferencesQueryOptions = (params: ConferenceListParams) =>
  queryOptions({
    queryKey: ['conferences', 'list', params],
    queryFn: ({ signal }) => listConferences(params, signal),
    placeholderData: keepPreviousData,
  });

export function useConferences(params: ConferenceListParams) {
  return useQuery(conferencesQueryOptions(params));
}

/** The Excel download of the list with the same filters (served by GET /api/conferences/export.xlsx). */
export function conferencesExportUrl(filters: ConferenceFilters): string {
  return buildUrl('/api/conferences/export.xlsx', filters);
}
