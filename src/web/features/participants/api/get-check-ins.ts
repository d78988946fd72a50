import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CheckInHistory } from '../../../../shared/api/participants';
import { api } from '../../../lib/api-client';
import { participantKeys, participantPath } from './keys';

export function getCheckIns(conferenceId: string, participantId: string, signal?: AbortSignal): Promise<CheckInHistory> {
  return api.get<CheckInHistory>(`${participantPath(conferenceId, participantId)}/check-ins`, { signal });
}

export const checkInsQueryOptions = (conferenceId: string, participantId: string) =>
  queryOptions({
    queryKey: participantKeys.checkIns(conferenceId, participantId),
    queryFn: ({ signal }) => getCheckIns(conferenceId, participantId, signal),
  });

/** The history of one person, read only while `enabled` (the hover card is open). */
export function useCheckIns(conferenceId: string, participantId: string, enabled: boolean) {
  return useQuery({ ...checkInsQueryOptions(conferenceId, participantId), enabled });
}
