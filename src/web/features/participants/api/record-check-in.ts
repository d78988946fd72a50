import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CheckInInput, Participant } from '../../../../shared/api/participants';
import { api } from '../../../lib/api-client';
import { participantKeys, participantPath } from './keys';

type Variables = { participantId: string; input: CheckInInput };

export function recordCheckIn(conferenceId: string, { participantId, input }: Variables): Promise<Participant> {
  return api.post<Participant>(`${participantPath(conferenceId, participantId)}/check-ins`, input);
}

/** Checks a person in, or cancels it ('undo'); both are appended to the history. */
export function useRecordCheckIn(conferenceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: Variables) => recordCheckIn(conferenceId, variables),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: participantKeys.all(conferenceId) }),
  });
}
