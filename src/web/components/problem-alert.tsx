import { Alert, Button, Group, Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { isClientError } from '../lib/api-client';
import { useProblemText } from './use-problem-text';

type Props = { error: unknown; onRetry?: () => void; retryLabel?: string };

/**
 * A failed request explained in words, with a retry when one makes sense: after a network or
 * server failure, not after "not found" or "not allowed" (unless the caller names its own
 * action, like reloading after an edit conflict).
 */
export function ProblemAlert({ error, onRetry, retryLabel }: Props) {
  const { title, detail } = useProblemText()(error);
  const retryable = onRetry && (retryLabel !== undefined || !isClientError(error));
  return (
    <Alert color="red" variant="light" title={title} role="alert">
      <Text size="sm">{detail}</Text>
      {retryable && (
        <Group mt="sm">
          <Button size="xs" variant="white" color="red" onClick={onRetry}>
            {retryLabel ?? <FormattedMessage id="common.retry" />}
          </Button>
        </Group>
      )}
    </Alert>
  );
}
