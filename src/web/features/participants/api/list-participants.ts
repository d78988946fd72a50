import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ParticipantList } from '../../../../shared/api/participants';
import { api } from '../../../lib/api-client';
import { participantKeys, participantsPath } from './keys';

export type ParticipantListParams = { q: string; connectionPoint: string; checkedIn: '' | 'true' | 'false'; page: number; pageSize: number };

export function listParticipants(conferenceId: string, params: ParticipantListParams, signal?: AbortSignal): Promise<ParticipantList> {
  return api.get<ParticipantList>(participantsPath(conferenceId), { query: params, signal });
}

export const participantsQueryOptions = (conferenceId: string, params: ParticipantListParams) =>
  queryOptions({
    queryKey: participantKeys.list(conferenceId, params),
    queryFn: ({ signal }) => listParticipants(conferenceId, params, signal),
    placeholderData: keepPreviousData,
  });

export function useParticipants(conferenceId: string, params: ParticipantListParams) {
  return useQuery(participantsQueryOptions(conferenceId, params));
}
