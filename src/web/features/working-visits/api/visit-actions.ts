import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { VisitRecommendationsInput } from '../../../../shared/api/working-visits';
import { api } from '../../../lib/api-client';

/** Deletes a visit (refused with 409 once one of its items was worked on). */
export function useDeleteVisit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<null>(`/api/working-visits/${encodeURIComponent(id)}`),
    onSuccess: async () => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: ['working-visits'] }), queryClient.invalidateQueries({ queryKey: ['followup'] })]);
    },
  });
}

/** Adds recommendations or findings to a visit: each becomes a follow-up item. */
export function useAddRecommendations(visitId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: VisitRecommendationsInput) => api.post<{ itemIds: string[] }>(`/api/working-visits/${encodeURIComponent(visitId)}/recommendations`, input),
    onSuccess: async () => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: ['working-visits'] }), queryClient.invalidateQueries({ queryKey: ['followup'] })]);
    },
  });
}
