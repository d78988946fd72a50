import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { ConferenceListItem } from '../../../../../shared/api/conferences';
import { formatNumber } from '../../../../lib/format';
import { useT } from '../../../../lib/use-t';
import { formatCount, formatDateRange } from '../conference-text';
import { StatusBadge } from '../status-badge';

const nowrap = { whiteSpace: 'nowrap' } as const;

/**
 * The conferences as a register, one line each. The organisers sit under the title and level
 * over format, so the title keeps a readable width beside the navigation on a 1280px screen.
 */
export function ConferencesTable({ items }: { items: ConferenceListItem[] }) {
  const t = useT();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="sm" bg="var(--mantine-color-body)" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={100}>{t('conferences.column.date')}</Table.Th>
            <Table.Th>{t('conferences.column.title')}</Table.Th>
            <Table.Th w={140}>{t('conferences.column.province')}</Table.Th>
            <Table.Th w={130}>{t('conferences.column.levelFormat')}</Table.Th>
            <Table.Th w={100} ta="right" style={nowrap}>
              {t('conferences.column.participants')}
            </Table.Th>
            <Table.Th w={90} ta="right" style={nowrap}>
              {t('conferences.column.points')}
            </Table.Th>
            <Table.Th w={120}>{t('conferences.column.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td style={nowrap}>{formatDateRange(c.date, c.endDate)}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/training/${c.id}`} fw={600} fz="sm">
                  {c.title}
                </Anchor>
                {c.organisers.length > 0 && (
                  <Text size="xs" c="dimmed" mt={2}>
                    {c.organisers.join('; ')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {c.provinceName ?? t('common.national')}
                {c.legacyProvinceName && c.legacyProvinceName !== c.provinceName && (
                  <Text size="xs" c="dimmed">
                    {t('conferences.legacySuffix', { province: c.legacyProvinceName })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {t(`conferences.level.${c.level}`)}
                {c.format && (
                  <Text size="xs" c="dimmed">
                    {t(`conferences.format.${c.format}`)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right" style={nowrap}>
                {formatCount(t, c.participants, c.participantsQualifier)}
              </Table.Td>
              <Table.Td ta="right">{c.connectionPoints ? formatNumber(c.connectionPoints) : ''}</Table.Td>
              <Table.Td>
                <StatusBadge status={c.status} size="sm" />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
