import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Conference } from '../../../../shared/api/conferences';
import { api } from '../../../lib/api-client';

export function getConference(id: string, signal?: AbortSignal): Promise<Conference> {
  return api.get<Conference>(`/api/conferences/${encodeURIComponent(id)}`, { signal });
}

export const conferenceQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['conferences', 'detail', id], queryFn: ({ signal }) => getConference(id, signal) });

export function useConference(id: string) {
  return useQuery(conferenceQueryOptions(id));
}

/** The Word summary of one conference (served by GET /api/conferences/:id/summary.docx). */
export function conferenceSummaryUrl(id: string): string {
  return `/api/conferences/${encodeURIComponent(id)}/summary.docx`;
}
