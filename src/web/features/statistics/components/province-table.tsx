import { Group, Paper, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { ConferenceStats, ProvinceStats } from '../../../../shared/api/conference-stats';
import type { MessageId } from '../../../lib/messages';
import { formatNumber, formatPercent } from '../../../lib/format';
import { useT } from '../../../lib/use-t';
import { compareDelegates } from './delegates';
import { DelegatesValue } from './delegates-value';
import { sharePercent } from './share';

type Key = 'name' | 'conferences' | 'delegates' | 'connectionPoints' | 'communesReached' | 'communeCount' | 'share';
type Sort = { key: Key; descending: boolean };

const columns: { key: Key; label: MessageId }[] = [
  { key: 'name', label: 'statistics.table.province' },
  { key: 'conferences', label: 'statistics.table.conferences' },
  { key: 'delegates', label: 'statistics.table.delegates' },
  { key: 'connectionPoints', label: 'statistics.table.connectionPoints' },
  { key: 'communesReached', label: 'statistics.table.communesReached' },
  { key: 'communeCount', label: 'statistics.table.communeCount' },
  { key: 'share', label: 'statistics.table.share' },
];

const percent = (share: number) => formatPercent(sharePercent(share), { maximumFractionDigits: 1 });

function compare(a: ProvinceStats, b: ProvinceStats, { key, descending }: Sort): number {
  const byName = a.name.localeCompare(b.name, 'vi');
  const order = key === 'name' ? byName : key === 'delegates' ? compareDelegates(a.delegates, b.delegates) : a[key] - b[key];
  // Ties (many provinces at 0) stay in alphabetical order whichever way the column runs.
  return (descending ? -order : order) || byName;
}

/** The 34 provinces with their figures, sortable by any column, then the national row and the total. */
export function ProvinceTable({ stats }: { stats: ConferenceStats }) {
  const t = useT();
  const [sort, setSort] = useState<Sort>({ key: 'delegates', descending: true });
  const rows = useMemo(() => [...stats.byProvince].sort((a, b) => compare(a, b, sort)), [stats.byProvince, sort]);
  const toggle = (key: Key) => setSort((s) => (s.key === key ? { key, descending: !s.descending } : { key, descending: key !== 'name' }));
  const numeric = { ta: 'right' as const, style: { fontVariantNumeric: 'tabular-nums' } };

  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" mb="xs" align="baseline">
        <Title order={3} fz="md">
          {t('statistics.table.title')}
        </Title>
        <Text size="xs" c="dimmed">
          {t('statistics.table.hint')}
        </Text>
      </Group>
      <Table.ScrollContainer minWidth={760}>
        <Table striped highlightOnHover verticalSpacing={6} fz="sm" data-testid="province-stats-table">
          <Table.Thead>
            <Table.Tr>
              {columns.map((c) => (
                <Table.Th
                  key={c.key}
                  ta={c.key === 'name' ? undefined : 'right'}
                  aria-sort={sort.key === c.key ? (sort.descending ? 'descending' : 'ascending') : 'none'}
                >
                  <UnstyledButton onClick={() => toggle(c.key)} fw={600} fz="sm">
                    {t(c.label)} {sort.key === c.key ? (sort.descending ? '↓' : '↑') : ''}
                  </UnstyledButton>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((p) => (
              <Table.Tr key={p.code}>
                <Table.Td>{p.name}</Table.Td>
                <Table.Td {...numeric}>{formatNumber(p.conferences)}</Table.Td>
                <Table.Td {...numeric}>
                  <DelegatesValue value={p.delegates} unrecorded={p.delegatesUnrecorded} />
                </Table.Td>
                <Table.Td {...numeric}>{formatNumber(p.connectionPoints)}</Table.Td>
                <Table.Td {...numeric}>{formatNumber(p.communesReached)}</Table.Td>
                <Table.Td {...numeric}>{formatNumber(p.communeCount)}</Table.Td>
                <Table.Td {...numeric}>{percent(p.share)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            {stats.central.conferences > 0 && (
              <Table.Tr>
                <Table.Td>{t('statistics.table.central')}</Table.Td>
                <Table.Td {...numeric}>{formatNumber(stats.central.conferences)}</Table.Td>
                <Table.Td {...numeric}>
                  <DelegatesValue value={stats.central.delegates} unrecorded={stats.central.delegatesUnrecorded} />
                </Table.Td>
                <Table.Td {...numeric}>{formatNumber(stats.central.connectionPoints)}</Table.Td>
                <Table.Td colSpan={3} />
              </Table.Tr>
            )}
            <Table.Tr fw={700}>
              <Table.Td>{t('statistics.table.total')}</Table.Td>
              <Table.Td {...numeric}>{formatNumber(stats.totals.conferences)}</Table.Td>
              <Table.Td {...numeric}>
                <DelegatesValue value={stats.totals.delegates} unrecorded={stats.totals.delegatesUnrecorded} />
              </Table.Td>
              <Table.Td {...numeric}>{formatNumber(stats.totals.connectionPoints)}</Table.Td>
              <Table.Td {...numeric}>{formatNumber(stats.totals.communesReached)}</Table.Td>
              <Table.Td {...numeric}>{formatNumber(stats.totals.communeCount)}</Table.Td>
              <Table.Td {...numeric}>{percent(stats.totals.communesReachedShare)}</Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
