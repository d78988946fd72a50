import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { reportQueryKey } from './get-report';
import { submitRefusalOf, type SubmitRefusal } from './submit-refusal';

export type WorkflowAction = 'submit' | 'approve' | 'return' | 'reopen';
/** Returning and reopening say why; submitting and approving do not need to. */
export const actionsWithReason: readonly WorkflowAction[] = ['return', 'reopen'];

type Args = { action: WorkflowAction; version: number; reason?: string };

export function runWorkflowAction(id: string, { action, version, reason }: Args): Promise<unknown> {
  return api.post(`/api/indicator-reports/${encodeURIComponent(id)}/${action}`, actionsWithReason.includes(action) ? { version, reason } : { version });
}

/**
 * A workflow step; afterwards the report is read again (status, history, can flags) and the lists
 * refresh. A submission refused for its figures is handed to `onRefused` here, at the hook's
 * level, since reading the report again remounts the page that called it.
 */
export function useWorkflowAction(id: string, onRefused?: (refusal: SubmitRefusal | null) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (args: Args) => runWorkflowAction(id, args),
    onSuccess: () => onRefused?.(null),
    onError: (error) => {
      const refusal = submitRefusalOf(error);
      if (refusal) onRefused?.(refusal);
    },
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: reportQueryKey(id) });
      await queryClient.invalidateQueries({ queryKey: ['indicator-reports', 'list'] });
      await queryClient.invalidateQueries({ queryKey: ['indicator-reports', 'completeness'] });
    },
  });
}
