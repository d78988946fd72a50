import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export function deleteConference(id: string): Promise<void> {
  return api.delete<void>(`/api/conferences/${encodeURIComponent(id)}`);
}

export function useDeleteConference() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteConference,
    onSuccess: (_result, id) => {
      // Marked stale but not refetched now: the page showing it is about to leave.
      void queryClient.invalidateQueries({ queryKey: ['conferences', 'detail', id], refetchType: 'none' });
      void queryClient.invalidateQueries({ queryKey: ['conferences', 'list'] });
    },
  });
}
