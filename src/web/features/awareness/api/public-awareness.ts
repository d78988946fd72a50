import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import type { PublicAwareness, PublicForm, PublicReceipt, PublicSubmission } from '../../../../shared/api/awareness';
import { api } from '../../../lib/api-client';

const base = (token: string) => `/api/public/awareness/${encodeURIComponent(token)}`;

export function usePublicAwareness(token: string) {
  return useQuery(queryOptions({ queryKey: ['public-awareness', token], queryFn: ({ signal }) => api.get<PublicAwareness>(base(token), { signal }) }));
}

/** Checks the code and fetches the form (questions without answers, phases already submitted). */
export function useStartWithCode(token: string) {
  return useMutation({ mutationFn: (code: string) => api.post<PublicForm>(`${base(token)}/start`, { code }) });
}

export function useSubmitResponse(token: string) {
  return useMutation({ mutationFn: (submission: PublicSubmission) => api.post<PublicReceipt>(`${base(token)}/responses`, submission) });
}
