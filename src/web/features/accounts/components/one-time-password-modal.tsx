import { Button, Code, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Account } from '../../../../shared/api/accounts';
import { copyText } from '../../../lib/copy-text';

type Props = { account: Account; password: string; onClose: () => void };

/**
 * The one-time password, shown once: the server keeps only its hash. The manager hands it
 * to the officer in person; the officer must replace it at first sign-in.
 */
export function OneTimePasswordModal({ account, password, onClose }: Props) {
  const intl = useIntl();
  const [copied, setCopied] = useState<boolean | null>(null);

  return (
    <Modal
      opened
      onClose={onClose}
      title={intl.formatMessage({ id: 'accounts.otp.title' })}
      closeOnClickOutside={false}
      closeOnEscape={false}
      centered
      size="md"
    >
      <Stack gap="md">
        <Text size="sm">
          <FormattedMessage id="accounts.otp.instruction" values={{ name: account.fullName, email: account.email }} />
        </Text>
        <Code block fz="xl" ta="center" style={{ userSelect: 'all', letterSpacing: '0.08em' }} data-testid="one-time-password">
          {password}
        </Code>
        <Group justify="space-between">
          <Button variant="light" onClick={() => void copyText(password).then(setCopied)}>
            <FormattedMessage id={copied ? 'accounts.otp.copied' : 'accounts.otp.copy'} />
          </Button>
          <Button onClick={onClose}>
            <FormattedMessage id="accounts.otp.done" />
          </Button>
        </Group>
        {copied === false && (
          <Text size="xs" c="red">
            <FormattedMessage id="accounts.otp.copyFailed" />
          </Text>
        )}
        <Text size="xs" c="dimmed">
          <FormattedMessage id="accounts.otp.onceOnly" />
        </Text>
      </Stack>
    </Modal>
  );
}
