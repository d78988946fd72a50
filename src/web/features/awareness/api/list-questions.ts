import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { QuestionList } from '../../../../shared/api/awareness';
import { api } from '../../../lib/api-client';
import { awarenessKeys } from './keys';

export type QuestionListParams = {
  q: string;
  theme: string;
  owner: '' | 'national' | 'province';
  /** A province's code: only that province's own questions. */
  province: string;
  active: '' | 'true' | 'false';
  page: number;
  pageSize: number;
};

export function listQuestions(params: QuestionListParams, signal?: AbortSignal): Promise<QuestionList> {
  return api.get<QuestionList>('/api/awareness/questions', { query: params, signal });
}

export function useQuestions(params: QuestionListParams) {
  return useQuery(queryOptions({ queryKey: awarenessKeys.questions(params), queryFn: ({ signal }) => listQuestions(params, signal), placeholderData: keepPreviousData }));
}
