import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Participant, ParticipantInput } from '../../../../shared/api/participants';
import { api } from '../../../lib/api-client';
import { participantKeys, participantsPath } from './keys';

export function createParticipant(conferenceId: string, input: ParticipantInput): Promise<Participant> {
  return api.post<Participant>(participantsPath(conferenceId), input);
}

export function useCreateParticipant(conferenceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ParticipantInput) => createParticipant(conferenceId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: participantKeys.all(conferenceId) }),
  });
}
