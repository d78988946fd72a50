import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { OverviewIndicator } from '../../../../shared/api/indicator-dashboards';
import { formatNumber, formatPercent } from '../../../lib/format';
import { useT } from '../../../lib/use-t';
import { FigureText, formatFigure } from './figure-text';

function Kpi({ label, children, note, testId }: { label: string; children: React.ReactNode; note?: string; testId: string }) {
  return (
    <Paper withBorder radius="md" p="md" data-testid={testId}>
      <Text size="sm" c="dimmed" fw={500}>
        {label}
      </Text>
      <Text fz={28} fw={700} lh={1.2} mt={4} component="div">
        {children}
      </Text>
      {note && (
        <Text size="xs" c="dimmed" mt={4}>
          {note}
        </Text>
      )}
    </Paper>
  );
}

/**
 * The headline figures of the chosen indicator: the national total (or the chosen or own
 * province), its target and attainment, and the change against the same period last year.
 */
export function KpiCards({ item, province }: { item: OverviewIndicator; province: string }) {
  const t = useT();
  const { indicator } = item;
  const own = province ? item.provinces.find((p) => p.provinceCode === province) : undefined;
  const f = own ?? item.national;
  const ranked = item.provinces.filter((p) => p.rank !== null).length;
  const change = f.change;
  const isRate = indicator.valueType === 'percent' || indicator.valueType === 'ratio';
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
      <Kpi
        testId="kpi-value"
        label={own ? own.provinceName : t('indicatorDashboards.kpi.national')}
        note={
          own
            ? own.rank !== null
              ? t('indicatorDashboards.kpi.rank', { rank: String(own.rank), count: String(Math.max(ranked, own.rank)) })
              : undefined
            : t('indicatorDashboards.kpi.reported', { count: String(item.national.provincesReported) })
        }
      >
        <FigureText figure={f} indicator={indicator} /> <Text span size="md" c="dimmed">{indicator.unit}</Text>
      </Kpi>
      <Kpi testId="kpi-target" label={t('indicatorDashboards.kpi.target')} note={f.target === null ? t('indicatorDashboards.kpi.noTarget') : undefined}>
        {f.target === null ? '—' : formatFigure(f.target, indicator)}
      </Kpi>
      <Kpi testId="kpi-attainment" label={t('indicatorDashboards.kpi.targetPercent')}>
        {f.targetPercent === null ? '—' : formatPercent(f.targetPercent, { maximumFractionDigits: 1 })}
      </Kpi>
      <Kpi testId="kpi-change" label={t('indicatorDashboards.kpi.change')} note={f.previousValue === null ? t('indicatorDashboards.kpi.noPrevious') : formatFigure(f.previousValue, indicator)}>
        {change === null
          ? '—'
          : t(isRate ? 'indicatorDashboards.kpi.changePoints' : 'indicatorDashboards.kpi.changeValue', {
              value: `${change > 0 ? '+' : ''}${formatNumber(change, { maximumFractionDigits: Math.max(indicator.decimals, isRate ? 1 : 0) })}`,
            })}
      </Kpi>
    </SimpleGrid>
  );
}
