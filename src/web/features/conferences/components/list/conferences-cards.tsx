import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { ConferenceListItem } from '../../../../../shared/api/conferences';
import { formatNumber } from '../../../../lib/format';
import { useT } from '../../../../lib/use-t';
import { formatCount, formatDateRange } from '../conference-text';
import { StatusBadge } from '../status-badge';

/**
 * The register on a phone: one card per conference, read top to bottom instead of a table
 * scrolled sideways. Same facts as the table's columns, each labelled.
 */
export function ConferencesCards({ items }: { items: ConferenceListItem[] }) {
  const t = useT();
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {items.map((c) => {
        const place = c.provinceName ?? t('common.national');
        const legacy = c.legacyProvinceName && c.legacyProvinceName !== c.provinceName ? ` ${t('conferences.legacySuffix', { province: c.legacyProvinceName })}` : '';
        const points = c.connectionPoints ? ` · ${t('conferences.column.points')}: ${formatNumber(c.connectionPoints)}` : '';
        return (
          <Paper key={c.id} component="li" withBorder radius="md" p="sm">
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
              <Text size="sm" c="dimmed">
                {formatDateRange(c.date, c.endDate)}
              </Text>
              <StatusBadge status={c.status} size="sm" />
            </Group>
            <Anchor component={Link} to={`/training/${c.id}`} fw={600} fz="md" display="block" mt={4}>
              {c.title}
            </Anchor>
            <Text size="sm" mt={4}>
              {place}
              {legacy}
              {' · '}
              {t(`conferences.level.${c.level}`)}
              {c.format && ` · ${t(`conferences.format.${c.format}`)}`}
            </Text>
            <Text size="sm">
              {t('conferences.column.participants')}: {formatCount(t, c.participants, c.participantsQualifier) || '—'}
              {points}
            </Text>
            {c.organisers.length > 0 && (
              <Text size="xs" c="dimmed" mt={2}>
                {c.organisers.join('; ')}
              </Text>
            )}
          </Paper>
        );
      })}
    </Stack>
  );
}
