import { Anchor, Badge, Button, Group, Loader, Progress, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatNumber } from '../../../../lib/format';
import { useT } from '../../../../lib/use-t';
import { batchCounts, type FileOutcome, type UploadBatch } from './batch-outcomes';

const stateColor: Record<FileOutcome['state'], string> = {
  waiting: 'gray',
  reading: 'blue',
  ready: 'teal',
  failed: 'red',
  skipped: 'gray',
  stopped: 'orange',
  interrupted: 'orange',
};

type Props = { batch: UploadBatch; onStop: () => void; onResume: () => void };

/**
 * "Đang đọc 3/12 tệp…" with a "Dừng" button while the batch runs, then each file's outcome: a
 * link to review it, or why not. A stopped batch says after how many files it stopped.
 */
export function UploadResults({ batch, onStop, onResume }: Props) {
  const t = useT();
  const c = batchCounts(batch.outcomes);
  const current = Math.min(c.toSend, c.finished + 1);
  const closing = batch.stopped
    ? t('intake.upload.stopped', {
        finished: formatNumber(c.finished),
        total: formatNumber(c.toSend),
        readyCount: formatNumber(c.ready),
        failedCount: formatNumber(c.failed),
        unsentCount: formatNumber(c.unsent),
        skippedCount: formatNumber(c.skipped),
      })
    : t('intake.upload.done', { readyCount: formatNumber(c.ready), failedCount: formatNumber(c.failed), skippedCount: formatNumber(c.skipped) });

  return (
    <Stack gap="sm">
      {batch.running ? (
        <Group gap="sm" align="flex-end" wrap="nowrap">
          <Stack gap={4} role="status" style={{ flex: 1 }}>
            <Text size="sm">{t('intake.upload.progress', { current: formatNumber(current), total: formatNumber(c.toSend) })}</Text>
            <Progress value={c.toSend ? (c.finished / c.toSend) * 100 : 0} animated aria-label={t('intake.upload.progressLabel')} />
          </Stack>
          <Button variant="default" color="red" size="xs" onClick={onStop} disabled={batch.stopping}>
            {t(batch.stopping ? 'intake.upload.stopping' : 'intake.upload.stop')}
          </Button>
        </Group>
      ) : (
        <Group gap="sm" align="center" justify="space-between">
          <Text size="sm" role="status" style={{ flex: 1 }}>
            {closing}
          </Text>
          {batch.stopped && c.stopped > 0 && (
            <Button size="xs" onClick={onResume}>
              {t('intake.upload.resume', { count: c.stopped, countText: formatNumber(c.stopped) })}
            </Button>
          )}
        </Group>
      )}
      <Table.ScrollContainer minWidth={560} mah={360}>
        <Table verticalSpacing={6} fz="sm" aria-label={t('intake.upload.resultsLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('intake.column.file')}</Table.Th>
              <Table.Th w={150}>{t('intake.upload.outcome')}</Table.Th>
              <Table.Th>{t('intake.upload.detail')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {batch.outcomes.map((o) => (
              <Table.Tr key={o.key}>
                <Table.Td style={{ wordBreak: 'break-word' }}>{o.name}</Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    {o.state === 'reading' && <Loader size={12} />}
                    <Badge color={stateColor[o.state]} variant="light" size="sm">
                      {t(`intake.upload.state.${o.state}`)}
                    </Badge>
                  </Group>
                </Table.Td>
                <Table.Td>
                  <OutcomeDetail outcome={o} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

function OutcomeDetail({ outcome: o }: { outcome: FileOutcome }) {
  const t = useT();
  if (o.state === 'ready' && o.summary) {
    return (
      <Anchor component={Link} to={`/intake/${o.summary.id}`} size="sm">
        {o.summary.title ? t('intake.upload.reviewNamed', { title: o.summary.title }) : t('intake.upload.review')}
      </Anchor>
    );
  }
  if (o.state === 'failed') return <Text size="sm" c="red.8">{o.message}</Text>;
  if (o.state === 'skipped') return <Text size="sm" c="dimmed">{t(`intake.upload.local.${o.localProblem ?? 'wrongType'}`)}</Text>;
  if (o.state === 'interrupted') return <Text size="sm" c="dimmed">{t('intake.upload.interruptedHint')}</Text>;
  return null;
}
