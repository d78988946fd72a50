import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AwarenessPlan, PhaseInput } from '../../../../shared/api/awareness';
import { api } from '../../../lib/api-client';
import { awarenessKeys, awarenessPath } from './keys';

export function setPhase(conferenceId: string, input: PhaseInput): Promise<AwarenessPlan> {
  return api.post<AwarenessPlan>(`${awarenessPath(conferenceId)}/phases`, input);
}

/** Opens or closes one phase; the plan in the cache is replaced by the server's answer. */
export function useSetPhase(conferenceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PhaseInput) => setPhase(conferenceId, input),
    onSuccess: (plan) => queryClient.setQueryData(awarenessKeys.plan(conferenceId), plan),
  });
}
