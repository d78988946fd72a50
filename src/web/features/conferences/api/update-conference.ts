import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Conference, conferenceUpdateSchema } from '../../../../shared/api/conferences';
import { api } from '../../../lib/api-client';
import { invalidateConferenceViews } from '../../../lib/conference-views';

export type ConferenceUpdate = z.input<typeof conferenceUpdateSchema>;

export function updateConference({ id, input }: { id: string; input: ConferenceUpdate }): Promise<Conference> {
  return api.put<Conference>(`/api/conferences/${encodeURIComponent(id)}`, input);
}

/** Saves the changes; a 409 CONFLICT means someone else saved first (the form keeps what was typed). */
export function useUpdateConference() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateConference,
    onSuccess: (conference) => {
      queryClient.setQueryData(['conferences', 'detail', conference.id], conference);
      invalidateConferenceViews(queryClient, conference.id, { refetchDetail: false });
    },
  });
}
