import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CodeBatchInput } from '../../../../shared/api/awareness';
import { api } from '../../../lib/api-client';
import { awarenessKeys, awarenessPath } from './keys';

export function generateCodes(conferenceId: string, input: CodeBatchInput): Promise<{ batch: number; created: number }> {
  return api.post(`${awarenessPath(conferenceId)}/codes`, input);
}

export function useGenerateCodes(conferenceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CodeBatchInput) => generateCodes(conferenceId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: awarenessKeys.all(conferenceId) }),
  });
}
