import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Conference } from '../../../../shared/api/conferences';
import { api } from '../../../lib/api-client';
import { invalidateConferenceViews } from '../../../lib/conference-views';

/** Undoes a delete made a few minutes ago at most: the conference comes back whole, with the same id. */
export function restoreConference(id: string): Promise<Conference> {
  return api.post<Conference>(`/api/conferences/${encodeURIComponent(id)}/restore`);
}

export function useRestoreConference() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: restoreConference,
    onSuccess: (_result, id) => invalidateConferenceViews(queryClient, id),
  });
}
