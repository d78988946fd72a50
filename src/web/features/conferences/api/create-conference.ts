import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Conference, ConferenceInput } from '../../../../shared/api/conferences';
import { api } from '../../../lib/api-client';
import { invalidateConferenceViews } from '../../../lib/conference-views';

export function createConference(input: ConferenceInput): Promise<Conference> {
  return api.post<Conference>('/api/conferences', input);
}

export function useCreateConference() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createConference,
    onSuccess: (conference) => {
      queryClient.setQueryData(['conferences', 'detail', conference.id], conference);
      invalidateConferenceViews(queryClient, conference.id, { refetchDetail: false });
    },
  });
}
