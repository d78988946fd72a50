import { Button, Group } from '@mantine/core';
import { ProblemAlert } from '../../../components/problem-alert';
import { ApiError } from '../../../lib/api-client';
import { useT } from '../../../lib/use-t';

type Props = {
  error: unknown;
  /** Closes the dialog (cancel, or before loading the latest version). */
  onClose: () => void;
  onReload: () => void;
  onSubmit: () => void;
  submitLabel: string;
  pending: boolean;
  disabled?: boolean;
};

/**
 * The end of an action dialog: the server's refusal in its Vietnamese words (field errors sit at
 * their fields), with "load the latest version" after a 409, then cancel and the action itself.
 */
export function DialogFooter({ error, onClose, onReload, onSubmit, submitLabel, pending, disabled }: Props) {
  const t = useT();
  const conflict = error instanceof ApiError && error.status === 409;
  const reload = () => {
    onClose();
    onReload();
  };
  return (
    <>
      {error ? <ProblemAlert error={error} onRetry={conflict ? reload : undefined} retryLabel={conflict ? t('common.reloadLatest') : undefined} /> : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button loading={pending} disabled={disabled} onClick={onSubmit}>
          {submitLabel}
        </Button>
      </Group>
    </>
  );
}
