import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AwarenessPlan, PlanQuestionsInput } from '../../../../shared/api/awareness';
import { api } from '../../../lib/api-client';
import { awarenessKeys, awarenessPath } from './keys';

export function setPlanQuestions(conferenceId: string, input: PlanQuestionsInput): Promise<AwarenessPlan> {
  return api.put<AwarenessPlan>(`${awarenessPath(conferenceId)}/questions`, input);
}

export function useSetPlanQuestions(conferenceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PlanQuestionsInput) => setPlanQuestions(conferenceId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: awarenessKeys.all(conferenceId) }),
  });
}
