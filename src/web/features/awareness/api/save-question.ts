import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Question, QuestionInput } from '../../../../shared/api/awareness';
import { api } from '../../../lib/api-client';
import { awarenessKeys } from './keys';

type Variables = { id?: string; version?: number; input: QuestionInput };

export function saveQuestion({ id, version, input }: Variables): Promise<Question> {
  return id ? api.put<Question>(`/api/awareness/questions/${encodeURIComponent(id)}`, { ...input, version }) : api.post<Question>('/api/awareness/questions', input);
}

/** Creates a question, or updates one when `id` is given (with the version read, for the 409 check). */
export function useSaveQuestion() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: saveQuestion, onSuccess: () => queryClient.invalidateQueries({ queryKey: awarenessKeys.allQuestions }) });
}
