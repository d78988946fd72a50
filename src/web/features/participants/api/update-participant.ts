import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Participant, ParticipantUpdate } from '../../../../shared/api/participants';
import { api } from '../../../lib/api-client';
import { participantKeys, participantPath } from './keys';

type Variables = { participantId: string; input: ParticipantUpdate };

export function updateParticipant(conferenceId: string, { participantId, input }: Variables): Promise<Participant> {
  return api.put<Participant>(participantPath(conferenceId, participantId), input);
}

/** Saves the changes; a 409 CONFLICT means someone else saved first (or the same person is already listed). */
export function useUpdateParticipant(conferenceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: Variables) => updateParticipant(conferenceId, variables),
    // After a conflict too: the list then shows what the other person saved.
    onSettled: () => queryClient.invalidateQueries({ queryKey: participantKeys.all(conferenceId) }),
  });
}
