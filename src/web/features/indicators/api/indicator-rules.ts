import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { IndicatorRule, IndicatorRuleInput } from '../../../../shared/api/indicators';
import { api } from '../../../lib/api-client';

const rulesKey = ['indicator-rules'] as const;

export function useIndicatorRules() {
  return useQuery({ queryKey: rulesKey, queryFn: ({ signal }) => api.get<{ items: IndicatorRule[] }>('/api/indicator-rules', { signal }) });
}

export function useCreateRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: IndicatorRuleInput) => api.post<IndicatorRule>('/api/indicator-rules', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rulesKey }),
  });
}

export function useDeleteRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<void>(`/api/indicator-rules/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rulesKey }),
  });
}
