import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FollowupItem, FollowupItemInput } from '../../../../shared/api/followup';
import { api } from '../../../lib/api-client';
import { invalidateFollowup } from './invalidate';

type Args = { id: string | null; input: FollowupItemInput; version?: number };

/** Creates an item, or saves an edit (a 409 CONFLICT means someone saved first; the form keeps what was typed). */
export function saveFollowupItem({ id, input, version }: Args): Promise<FollowupItem> {
  return id
    ? api.put<FollowupItem>(`/api/followup-items/${encodeURIComponent(id)}`, { ...input, version })
    : api.post<FollowupItem>('/api/followup-items', input);
}

export function useSaveFollowupItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveFollowupItem,
    onSuccess: async (item) => {
      queryClient.setQueryData(['followup', 'detail', item.id], item);
      await invalidateFollowup(queryClient);
    },
  });
}
