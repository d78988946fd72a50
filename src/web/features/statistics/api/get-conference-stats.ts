import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ConferenceStats } from '../../../../shared/api/conference-stats';
import { api, buildUrl } from '../../../lib/api-client';

/** `year` empty means every year; `province` empty means every province the user may see. */
export type StatsParams = { year: string; province: string };

export function getConferenceStats(params: StatsParams, signal?: AbortSignal): Promise<ConferenceStats> {
  return api.get<ConferenceStats>('/api/conference-stats', { query: params, signal });
}

export const conferenceStatsQueryOptions = (params: StatsParams) =>
  queryOptions({
    queryKey: ['conferences', 'stats', params],
    queryFn: ({ signal }) => getConferenceStats(params, signal),
    placeholderData: keepPreviousData,
  });

export function useConferenceStats(params: StatsParams) {
  return useQuery(conferenceStatsQueryOptions(params));
}

/** The Excel workbook of the same statistics (served by GET /api/conference-stats/export.xlsx). */
export function conferenceStatsExportUrl(params: StatsParams): string {
  return buildUrl('/api/conference-stats/export.xlsx', params);
}
