import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useBlocker } from 'react-router';
import { useT } from '../../../../lib/use-t';

type Props = { sending: boolean; onStop: () => void };

/**
 * While a batch is being sent, leaving the page would drop the files not yet sent without a word
 * (the browser cannot send them later). In the app, moving to another page asks first and, if
 * the person goes, stops the batch as "Dừng" does: what was read stays in the queue, the rest is
 * not sent. Closing or reloading the tab gets the browser's own warning.
 */
export function LeaveWhileSending({ sending, onStop }: Props) {
  const t = useT();
  const blocker = useBlocker(({ currentLocation, nextLocation }) => sending && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (!sending) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [sending]);

  // The batch ended while the question was open: nothing left to lose, so go on.
  useEffect(() => {
    if (blocker.state === 'blocked' && !sending) blocker.proceed();
  }, [blocker, sending]);

  return (
    <Modal opened={blocker.state === 'blocked'} onClose={() => blocker.reset?.()} title={t('intake.upload.leaveTitle')} centered>
      <Stack gap="md">
        <Text size="sm">{t('intake.upload.leaveMessage')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => blocker.reset?.()}>
            {t('intake.upload.leaveStay')}
          </Button>
          <Button
            color="red"
            onClick={() => {
              onStop();
              blocker.proceed?.();
            }}
          >
            {t('intake.upload.leaveGo')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
