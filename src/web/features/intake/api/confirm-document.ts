import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { IntakeConfirmRequest, intakeConfirmResultSchema } from '../../../../shared/api/intake';
import { api } from '../../../lib/api-client';
import { forgetHandledDocument, intakeDocumentPath } from './keys';

export type IntakeConfirmResult = z.infer<typeof intakeConfirmResultSchema>;

export function confirmDocument(id: string, body: IntakeConfirmRequest): Promise<IntakeConfirmResult> {
  return api.post<IntakeConfirmResult>(`${intakeDocumentPath(id)}/confirm`, body);
}

/**
 * The person's decision: a new conference from the reviewed form, or the document added as a
 * source of an existing one. Refreshes the queue and the conference lists it changed.
 */
export function useConfirmDocument(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: IntakeConfirmRequest) => confirmDocument(id, body),
    onSuccess: (result) => {
      void forgetHandledDocument(queryClient);
      void queryClient.invalidateQueries({ queryKey: ['conferences', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['conferences', 'detail', result.conferenceId] });
    },
  });
}
