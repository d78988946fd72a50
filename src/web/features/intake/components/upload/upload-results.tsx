import { Anchor, Badge, Group, Loader, Progress, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatNumber } from '../../../../lib/format';
import { useT } from '../../../../lib/use-t';
import type { FileOutcome, UploadBatch } from './use-upload-batch';

const stateColor: Record<FileOutcome['state'], string> = { waiting: 'gray', reading: 'blue', ready: 'teal', failed: 'red', skipped: 'gray' };

/** "Đang đọc 3/12 tệp…" while the batch runs, then each file's outcome: a link to review it, or why not. */
export function UploadResults({ batch }: { batch: UploadBatch }) {
  const t = useT();
  const sent = batch.outcomes.filter((o) => o.state !== 'skipped');
  const finished = sent.filter((o) => o.state === 'ready' || o.state === 'failed').length;
  const current = Math.min(sent.length, finished + 1);
  const ready = sent.filter((o) => o.state === 'ready').length;
  const failed = sent.filter((o) => o.state === 'failed').length;
  const skipped = batch.outcomes.length - sent.length;

  return (
    <Stack gap="sm">
      {batch.running ? (
        <Stack gap={4} role="status">
          <Text size="sm">{t('intake.upload.progress', { current: formatNumber(current), total: formatNumber(sent.length) })}</Text>
          <Progress value={sent.length ? (finished / sent.length) * 100 : 0} animated aria-label={t('intake.upload.progressLabel')} />
        </Stack>
      ) : (
        <Text size="sm" role="status">
          {t('intake.upload.done', { readyCount: formatNumber(ready), failedCount: formatNumber(failed), skippedCount: formatNumber(skipped) })}
        </Text>
      )}
      <Table.ScrollContainer minWidth={560} mah={360}>
        <Table verticalSpacing={6} fz="sm" aria-label={t('intake.upload.resultsLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('intake.column.file')}</Table.Th>
              <Table.Th w={130}>{t('intake.upload.outcome')}</Table.Th>
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
  return null;
}
