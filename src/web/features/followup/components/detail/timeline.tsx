import { Anchor, Group, Stack, Text, Timeline } from '@mantine/core';
import type { FollowupItem, ProgressEntry } from '../../../../../shared/api/followup';
import { formatDate, formatDateTime, formatNumber } from '../../../../lib/format';
import { useT } from '../../../../lib/use-t';
import { Section } from '../section';
import { FigureLine } from './figure-line';

const colours: Record<ProgressEntry['eventKind'], string> = { created: 'gray', progress: 'blue', status: 'indigo', closed: 'green', reopened: 'orange', assigned: 'teal' };

function EntryTitle({ entry: e }: { entry: ProgressEntry }) {
  const t = useT();
  if (e.eventKind === 'status' && e.fromStatus && e.toStatus) {
    return <>{t('followup.timeline.statusChange', { from: t(`followup.status.${e.fromStatus}`), to: t(`followup.status.${e.toStatus}`) })}</>;
  }
  return <>{t(`followup.timeline.${e.eventKind}`)}</>;
}

const kilobytes = (bytes: number) => formatNumber(Math.max(1, Math.round(bytes / 1024)));

/** The item's history, oldest first: created, progress with its files and figures, status changes, closing, reopening, assignment. */
export function ItemTimeline({ item }: { item: FollowupItem }) {
  const t = useT();
  const entries = [...item.timeline].sort((a, b) => a.entryDate.localeCompare(b.entryDate) || a.createdAt.localeCompare(b.createdAt));
  return (
    <Section title={t('followup.section.timeline')}>
      <Timeline bulletSize={14} lineWidth={2} active={entries.length}>
        {entries.map((e) => (
          <Timeline.Item key={e.id} color={colours[e.eventKind]} title={<EntryTitle entry={e} />} data-testid={`timeline-${e.eventKind}`}>
            <Text size="xs" c="dimmed">
              {t('followup.timeline.meta', { date: formatDate(e.entryDate), who: e.createdByName ?? t('followup.timeline.system'), at: formatDateTime(e.createdAt) })}
            </Text>
            <Stack gap={6} mt={4}>
              {e.text && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {e.text}
                </Text>
              )}
              {e.files.length > 0 && (
                <Group gap="sm">
                  {e.files.map((f) => (
                    <Anchor key={f.id} href={`/api/files/${f.id}`} size="sm" target="_blank" rel="noopener">
                      {t('followup.timeline.file', { name: f.fileName, size: kilobytes(f.sizeBytes) })}
                    </Anchor>
                  ))}
                </Group>
              )}
              {e.figures.map((f) => (
                <FigureLine key={`${f.indicatorCode}-${f.period}`} figure={f} />
              ))}
            </Stack>
          </Timeline.Item>
        ))}
      </Timeline>
    </Section>
  );
}
