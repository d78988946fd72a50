import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { participantKeys, participantPath } from './keys';

export function eraseParticipant(conferenceId: string, participantId: string): Promise<void> {
  return api.delete<void>(participantPath(conferenceId, participantId));
}

/** Erases everything stored about one person: the row and the check-in history. */
export function useEraseParticipant(conferenceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (participantId: string) => eraseParticipant(conferenceId, participantId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: participantKeys.all(conferenceId) }),
  });
}

/** The JSON download of everything stored about one person (served by GET …/export). */
export function participantExportUrl(conferenceId: string, participantId: string): string {
  return `${participantPath(conferenceId, participantId)}/export`;
}
