import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AwarenessResults } from '../../../../shared/api/awareness';
import { api } from '../../../lib/api-client';
import { awarenessKeys, awarenessPath } from './keys';

export function getResults(conferenceId: string, signal?: AbortSignal): Promise<AwarenessResults> {
  return api.get<AwarenessResults>(`${awarenessPath(conferenceId)}/results`, { signal });
}

export function useResults(conferenceId: string) {
  return useQuery(queryOptions({ queryKey: awarenessKeys.results(conferenceId), queryFn: ({ signal }) => getResults(conferenceId, signal) }));
}

export const surveySummaryUrl = (conferenceId: string, kind: 'docx' | 'xlsx') => `${awarenessPath(conferenceId)}/summary.${kind}`;
