import { Paper, Table, Text, Title } from '@mantine/core';
import type { ConferenceStats } from '../../../../shared/api/conference-stats';
import { formatNumber, formatPercent } from '../../../lib/format';
import { useT } from '../../../lib/use-t';

const pct = (v: number | null) => (v === null ? '—' : formatPercent(v, { maximumFractionDigits: 1 }));
const gain = (v: number | null) => (v === null ? '—' : `${v > 0 ? '+' : ''}${formatNumber(v, { maximumFractionDigits: 1 })}`);

/** Awareness-test scores before and after training, per province and year (the API's `testGains`). */
export function TestGainsTable({ stats }: { stats: ConferenceStats }) {
  const t = useT();
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={3} fz="md" mb={4}>
        {t('statistics.testGains.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t(stats.testGains.length ? 'statistics.testGains.description' : 'statistics.testGains.empty')}
      </Text>
      {stats.testGains.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped data-testid="test-gains-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('statistics.testGains.group')}</Table.Th>
                <Table.Th ta="right">{t('statistics.testGains.tests')}</Table.Th>
                <Table.Th ta="right">{t('statistics.testGains.responses')}</Table.Th>
                <Table.Th ta="right">{t('statistics.testGains.before')}</Table.Th>
                <Table.Th ta="right">{t('statistics.testGains.after')}</Table.Th>
                <Table.Th ta="right">{t('statistics.testGains.gain')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {stats.testGains.map((g) => (
                <Table.Tr key={`${g.provinceCode ?? 'central'}-${g.year}`}>
                  <Table.Td>{g.label}</Table.Td>
                  <Table.Td ta="right">{formatNumber(g.tests)}</Table.Td>
                  <Table.Td ta="right">
                    {formatNumber(g.responsesBefore)} / {formatNumber(g.responsesAfter)}
                  </Table.Td>
                  <Table.Td ta="right">{pct(g.averageBefore)}</Table.Td>
                  <Table.Td ta="right">{pct(g.averageAfter)}</Table.Td>
                  <Table.Td ta="right">{gain(g.pairedGain)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
