import { Group, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import type { Overview } from '../../../../shared/api/indicator-dashboards';
import { formatNumber, formatPercent } from '../../../lib/format';
import { useT } from '../../../lib/use-t';
import { FigureText, formatFigure } from './figure-text';

/**
 * Every indicator of the period against its target, for the nation or one province: actual,
 * target, % of target with a bar (green from 100 %), and the change on the same period last year.
 */
export function AttainmentTable({ overview, province, scope, downloads, onPick }: { overview: Overview; province: string; scope: string; downloads: React.ReactNode; onPick: (code: string) => void }) {
  const t = useT();
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3} fz="md">
            {t('indicatorDashboards.attainment.title', { scope })}
          </Title>
          {downloads}
        </Group>
        <Table.ScrollContainer minWidth={720}>
          <Table striped highlightOnHover data-testid="attainment-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('indicatorDashboards.attainment.indicator')}</Table.Th>
                <Table.Th ta="right">{t('indicatorDashboards.attainment.value')}</Table.Th>
                <Table.Th ta="right">{t('indicatorDashboards.attainment.target')}</Table.Th>
                <Table.Th w={180}>{t('indicatorDashboards.attainment.percent')}</Table.Th>
                <Table.Th ta="right">{t('indicatorDashboards.attainment.change')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {overview.indicators.map((item) => {
                const f = (province && item.provinces.find((p) => p.provinceCode === province)) || item.national;
                const pct = f.targetPercent;
                return (
                  <Table.Tr key={item.indicator.code} onClick={() => onPick(item.indicator.code)} style={{ cursor: 'pointer' }}>
                    <Table.Td>
                      <Text size="sm">{item.indicator.nameVi}</Text>
                      <Text size="xs" c="dimmed">
                        {item.indicator.code} · {item.indicator.unit}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">
                      <FigureText figure={f} indicator={item.indicator} size="sm" />
                    </Table.Td>
                    <Table.Td ta="right">{f.target === null ? '—' : formatFigure(f.target, item.indicator)}</Table.Td>
                    <Table.Td>
                      {pct === null ? (
                        '—'
                      ) : (
                        <Group gap={6} wrap="nowrap">
                          <Progress.Root w={90}>
                            <Progress.Section value={Math.min(100, pct)} color={pct >= 100 ? 'green' : pct >= 80 ? 'yellow' : 'red'} aria-label={formatPercent(pct, { maximumFractionDigits: 1 })} />
                          </Progress.Root>
                          <Text size="sm">{formatPercent(pct, { maximumFractionDigits: 1 })}</Text>
                        </Group>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{f.change === null ? '—' : `${f.change > 0 ? '+' : ''}${formatNumber(f.change, { maximumFractionDigits: Math.max(1, item.indicator.decimals) })}`}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Paper>
  );
}
