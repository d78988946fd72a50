import { Group, Progress, Stack, Text, Tooltip } from '@mantine/core';
import type { FollowupRollup } from '../../../../shared/api/followup';
import { formatNumber } from '../../../lib/format';
import { useT } from '../../../lib/use-t';

/** "12/34 tỉnh hoàn thành" and, when `bar`, the copies' statuses as one stacked bar. */
export function RollupBar({ rollup, bar = false }: { rollup: FollowupRollup; bar?: boolean }) {
  const t = useT();
  const summary = t('followup.rollup.summary', { done: formatNumber(rollup.done), total: formatNumber(rollup.total) });
  if (!bar) {
    return (
      <Text size="xs" c="dimmed">
        {summary}
        {rollup.overdue > 0 && ` · ${t('followup.rollup.overdue', { count: rollup.overdue })}`}
      </Text>
    );
  }
  const share = (n: number) => (rollup.total ? (n / rollup.total) * 100 : 0);
  const parts = [
    { key: 'done', value: rollup.done, color: 'green' },
    { key: 'in_progress', value: rollup.inProgress, color: 'blue' },
    { key: 'not_done', value: rollup.notDone, color: 'grape' },
    { key: 'not_started', value: rollup.notStarted, color: 'gray.4' },
  ] as const;
  return (
    <Stack gap={6}>
      <Progress.Root size="lg" aria-label={summary}>
        {parts.map((p) =>
          p.value > 0 ? (
            <Tooltip key={p.key} label={`${t(`followup.status.${p.key}`)}: ${formatNumber(p.value)}`}>
              <Progress.Section value={share(p.value)} color={p.color} />
            </Tooltip>
          ) : null,
        )}
      </Progress.Root>
      <Group gap="md">
        <Text size="sm" fw={500}>
          {summary}
        </Text>
        {parts.map((p) => (
          <Text key={p.key} size="xs" c="dimmed">
            {t(`followup.status.${p.key}`)}: {formatNumber(p.value)}
          </Text>
        ))}
        {rollup.overdue > 0 && (
          <Text size="xs" c="red">
            {t('followup.rollup.overdue', { count: rollup.overdue })}
          </Text>
        )}
      </Group>
    </Stack>
  );
}
