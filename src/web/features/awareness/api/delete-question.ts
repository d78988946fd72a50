import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { awarenessKeys } from './keys';

export function deleteQuestion(id: string): Promise<void> {
  return api.delete(`/api/awareness/questions/${encodeURIComponent(id)}`);
}

export function useDeleteQuestion() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteQuestion, onSuccess: () => queryClient.invalidateQueries({ queryKey: awarenessKeys.allQuestions }) });
}
