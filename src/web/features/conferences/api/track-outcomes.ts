import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { followupListSchema, fromConferenceResultSchema } from '../../../../shared/api/followup';
import { api } from '../../../lib/api-client';

type FromConferenceResult = z.infer<typeof fromConferenceResultSchema>;

/** Which of a conference's outcomes are already followed up, by outcome id → item id (one list request). */
export function useTrackedOutcomes(conferenceId: string, enabled: boolean) {
  const list = useQuery({
    queryKey: ['followup', 'list', { conferenceId, level: 'top', page: 1, pageSize: 200 }],
    queryFn: ({ signal }) => api.get<z.infer<typeof followupListSchema>>('/api/followup-items', { query: { conferenceId, page: 1, pageSize: 200 }, signal }),
    enabled,
  });
  const tracked = new Map<string, string>();
  for (const i of list.data?.items ?? []) if (i.parentId === null && i.conferenceOutcomeId) tracked.set(i.conferenceOutcomeId, i.id);
  return { tracked, loading: list.isPending && enabled, total: list.data?.total ?? 0 };
}

/** Makes follow-up items of the chosen outcomes (those already tracked are skipped by the server). */
export function useTrackOutcomes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { conferenceId: string; outcomeIds: string[] }) => api.post<FromConferenceResult>('/api/followup-items/from-conference', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['followup'] }),
  });
}
