import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { Conference } from '../../../../../shared/api/conferences';
import { formatNumber } from '../../../../lib/format';
import { useT } from '../../../../lib/use-t';
import { totalLine } from './points-total-line';

/** The connection points one under another, for phones, where seven columns do not fit. */
export function ConnectionPointsStack({ conference: c }: { conference: Conference }) {
  const t = useT();
  const points = c.connectionPoints;
  return (
    <Stack gap="xs" hiddenFrom="sm">
      {points.map((p, i) => (
        <Paper key={p.id} withBorder p="xs" radius="sm">
          <Group gap={6} wrap="nowrap" align="flex-start">
            <Text size="sm" fw={600} miw={18}>
              {`${i + 1}.`}
            </Text>
            <Stack gap={2} style={{ flex: 1 }}>
              <Text size="sm" fw={600}>
                {p.name}{' '}
                {p.pointCount > 1 && (
                  <Badge size="xs" variant="outline">
                    {t('conferences.points.group', { points: formatNumber(p.pointCount), count: p.pointCount })}
                  </Badge>
                )}
                {p.isMain && (
                  <Badge size="xs" variant="light">
                    {t('conferences.points.main')}
                  </Badge>
                )}
              </Text>
              <Text size="xs" c="dimmed">
                {[t(`conferences.pointLevel.${p.level}`), p.hostOrganisationName].filter(Boolean).join(' · ')}
              </Text>
              <Text size="sm">
                {[
                  p.plannedAttendance !== null && `${t('conferences.points.plannedAttendance')}: ${formatNumber(p.plannedAttendance)}`,
                  p.actualAttendance !== null && `${t('conferences.points.actualAttendance')}: ${formatNumber(p.actualAttendance)}`,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </Stack>
          </Group>
        </Paper>
      ))}
      <Text size="sm" fw={700}>
        {totalLine(t, c)}
      </Text>
    </Stack>
  );
}
