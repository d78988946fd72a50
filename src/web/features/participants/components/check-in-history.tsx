import { Loader, Stack, Text } from '@mantine/core';
import type { CheckIn } from '../../../../shared/api/participants';
import { formatDateTime } from '../../../lib/format';
import { useT } from '../../../lib/use-t';
import { useCheckIns } from '../api/get-check-ins';

/** One line of the history: "13/06/2024 08:30 · Điểm danh tại Điểm cầu xã Hòa An · Lê Văn A ghi". */
export function CheckInLine({ entry }: { entry: CheckIn }) {
  const t = useT();
  return (
    <Text size="xs">
      {formatDateTime(entry.at)} · {t(`participants.checkIn.method.${entry.method}`)}
      {entry.connectionPointName ? ` · ${entry.connectionPointName}` : ''}
      {entry.recordedByName ? ` · ${t('participants.checkIn.recordedBy', { name: entry.recordedByName })}` : ''}
    </Text>
  );
}

/** The whole history of one person, read when the hover card opens. */
export function CheckInHistory({ conferenceId, participantId, opened }: { conferenceId: string; participantId: string; opened: boolean }) {
  const t = useT();
  const query = useCheckIns(conferenceId, participantId, opened);
  if (query.isPending) return <Loader size="xs" />;
  if (query.isError) return <Text size="xs">{t('participants.checkIn.historyFailed')}</Text>;
  if (query.data.items.length === 0) return <Text size="xs">{t('participants.checkIn.historyEmpty')}</Text>;
  return (
    <Stack gap={2}>
      <Text size="xs" fw={600}>
        {t('participants.checkIn.history')}
      </Text>
      {query.data.items.map((entry) => (
        <CheckInLine key={entry.id} entry={entry} />
      ))}
    </Stack>
  );
}
