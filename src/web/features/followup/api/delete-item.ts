import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { invalidateFollowup } from './invalidate';

export function deleteFollowupItem(id: string): Promise<void> {
  return api.delete<void>(`/api/followup-items/${encodeURIComponent(id)}`);
}

export function useDeleteFollowupItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteFollowupItem,
    onSuccess: async (_done, id) => {
      queryClient.removeQueries({ queryKey: ['followup', 'detail', id] });
      await invalidateFollowup(queryClient);
    },
  });
}
