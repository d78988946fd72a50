import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { assignResultSchema, assignSchema, ProgressInput, statusChangeSchema } from '../../../../shared/api/followup';
import { api } from '../../../lib/api-client';
import { invalidateFollowup } from './invalidate';

export type StatusChange = z.input<typeof statusChangeSchema>;
export type AssignInput = z.input<typeof assignSchema>;
export type AssignResult = z.infer<typeof assignResultSchema>;

const path = (id: string, action: string) => `/api/followup-items/${encodeURIComponent(id)}/${action}`;

/** One mutation per action on an item; afterwards the item (timeline, refusals, copies), lists and map read again. */
function useItemAction<A, R>(id: string, run: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => invalidateFollowup(queryClient, id) });
}

export const useRecordProgress = (id: string) => useItemAction(id, (input: ProgressInput) => api.post<unknown>(path(id, 'progress'), input));
export const useChangeStatus = (id: string) => useItemAction(id, (input: StatusChange) => api.post<unknown>(path(id, 'status'), input));
export const useAssignItem = (id: string) => useItemAction(id, (input: AssignInput) => api.post<AssignResult>(path(id, 'assign'), input));
