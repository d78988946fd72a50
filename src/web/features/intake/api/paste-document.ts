import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { IntakeDocumentSummary, intakePasteSchema } from '../../../../shared/api/intake';
import { api } from '../../../lib/api-client';
import { intakeKeys } from './keys';

export type PasteInput = z.input<typeof intakePasteSchema>;

export function pasteDocument(input: PasteInput): Promise<IntakeDocumentSummary> {
  return api.post<IntakeDocumentSummary>('/api/intake/paste', input);
}

/** Pasted text or a saved web page's HTML becomes a draft in the queue, like an uploaded file. */
export function usePasteDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: pasteDocument,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: intakeKeys.all }),
  });
}
