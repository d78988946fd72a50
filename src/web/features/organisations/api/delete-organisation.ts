import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export function deleteOrganisation(id: string): Promise<void> {
  return api.delete<void>(`/api/organisations/${encodeURIComponent(id)}`);
}

export function useDeleteOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteOrganisation,
    onSuccess: (_result, id) => {
      // Marked stale but not refetched now: the page showing it is about to leave.
      void queryClient.invalidateQueries({ queryKey: ['organisations', 'detail', id], refetchType: 'none' });
      void queryClient.invalidateQueries({ queryKey: ['organisations', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['organisations', 'options'] });
    },
  });
}
