import { Alert, Button } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { ProblemAlert } from '../../../components/problem-alert';
import { ApiError } from '../../../lib/api-client';
import type { MessageId } from '../../../lib/messages';
import { useT } from '../../../lib/use-t';

type Props = {
  error: unknown;
  /** Whether the record existed before (a 409 is then someone else's save, not a taken code). */
  editing: boolean;
  /** Whether the form already shows the server's messages on its fields. */
  onFields: boolean;
  conflictTitle: MessageId;
  /** The queries to reload after someone else's save. */
  queryKey: readonly string[];
  onClose: () => void;
};

/**
 * What an editor says when a save fails: someone else saved first (reload and start over), or a
 * problem not tied to a field. Field problems are shown on the fields themselves.
 */
export function SaveProblem({ error, editing, onFields, conflictTitle, queryKey, onClose }: Props) {
  const t = useT();
  const queryClient = useQueryClient();
  if (!error || onFields) return null;
  const conflict = editing && error instanceof ApiError && error.status === 409 && !error.problem.errors?.length;
  if (!conflict) return <ProblemAlert error={error} />;
  return (
    <Alert color="orange" title={t(conflictTitle)} role="alert">
      <Button
        size="xs"
        variant="white"
        onClick={() => {
          void queryClient.invalidateQueries({ queryKey });
          onClose();
        }}
      >
        {t('indicators.editor.reload')}
      </Button>
    </Alert>
  );
}
