import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { invalidateConferenceViews } from '../../../lib/conference-views';

export function deleteConference(id: string): Promise<void> {
  return api.delete<void>(`/api/conferences/${encodeURIComponent(id)}`);
}

export function useDeleteConference() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteConference,
    onSuccess: (_result, id) => {
      // The detail is marked stale but not refetched now: the page showing it is about to leave.
      invalidateConferenceViews(queryClient, id, { refetchDetail: false });
    },
  });
}
