import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { Participant } from '../../../../shared/api/participants';
import { ProblemAlert } from '../../../components/problem-alert';
import { useT } from '../../../lib/use-t';

type Props = { participant: Participant | null; loading: boolean; error: unknown; onConfirm: () => void; onClose: () => void };

/** Asks before erasing, and says what goes: everything, with no copy kept. */
export function EraseDialog({ participant, loading, error, onConfirm, onClose }: Props) {
  const t = useT();
  return (
    <Modal opened={participant !== null} onClose={onClose} title={t('participants.erase.title')} centered>
      <Stack gap="md">
        {error ? <ProblemAlert error={error} /> : null}
        <Text size="sm">{t('participants.erase.confirm', { name: participant?.fullName ?? '' })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={loading} onClick={onConfirm}>
            {t('participants.erase.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
