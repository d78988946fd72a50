import { Alert, Button, Text } from '@mantine/core';
import { useT } from '../lib/use-t';
import { ProblemAlert } from './problem-alert';

type Props = {
  /** Someone else saved first (409): say so and offer their version. */
  conflict: { title: string; body: string; onReload?: (() => void) | undefined } | null;
  /** The last save's error, shown when it is not the conflict. */
  error: unknown;
  /** A sentence pointing at the fields in red, shown while any field has an error. */
  fixErrors: string | null;
};

/** What a form says above its fields after a save: someone saved first, the server refused, or fields need fixing. */
export function FormSaveAlerts({ conflict, error, fixErrors }: Props) {
  const t = useT();
  return (
    <>
      {conflict && (
        <Alert color="orange" variant="light" title={conflict.title} role="alert">
          <Text size="sm">{conflict.body}</Text>
          <Button mt="sm" size="xs" variant="default" onClick={conflict.onReload}>
            {t('common.reloadLatest')}
          </Button>
        </Alert>
      )}
      {error && !conflict ? <ProblemAlert error={error} /> : null}
      {fixErrors && (
        <Alert color="red" variant="light" role="alert">
          {fixErrors}
        </Alert>
      )}
    </>
  );
}
