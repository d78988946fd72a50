import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { reportQueryKey } from './get-report';

export type WorkflowAction = 'submit' | 'approve' | 'return' | 'reopen';
/** Returning and reopening say why; submitting and approving do not need to. */
export const actionsWithReason: readonly WorkflowAction[] = ['return', 'reopen'];

type Args = { action: WorkflowAction; version: number; reason?: string };

export function runWorkflowAction(id: string, { action, version, reason }: Args): Promise<unknown> {
  return api.post(`/api/indicator-reports/${encodeURIComponent(id)}/${action}`, actionsWithReason.includes(action) ? { version, reason } : { version });
}

/** A workflow step; afterwards the report is read again (status, history, can flags) and the lists refresh. */
export function useWorkflowAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (args: Args) => runWorkflowAction(id, args),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: reportQueryKey(id) });
      await queryClient.invalidateQueries({ queryKey: ['indicator-reports', 'list'] });
      await queryClient.invalidateQueries({ queryKey: ['indicator-reports', 'completeness'] });
    },
  });
}
