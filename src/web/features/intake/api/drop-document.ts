import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { IntakeDocumentSummary } from '../../../../shared/api/intake';
import { api } from '../../../lib/api-client';
import { forgetHandledDocument, intakeDocumentPath } from './keys';

export function dropDocument(id: string, version: number): Promise<IntakeDocumentSummary> {
  return api.post<IntakeDocumentSummary>(`${intakeDocumentPath(id)}/drop`, { version });
}

/** Sets a document aside: it leaves the queue and becomes nothing. */
export function useDropDocument(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => dropDocument(id, version),
    onSuccess: () => forgetHandledDocument(queryClient),
  });
}
