import { Paper, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import type { ConferenceStats } from '../../../../shared/api/conference-stats';
import { rightsThemes, type RightsTheme } from '../../../../shared/api/conferences';
import { useT } from '../../../lib/use-t';
import { ChartCard } from '../../../components/charts/chart-card';
import { baseGrid, palette, valueAxis, viNumber } from '../../../components/charts/chart-style';
import type { ChartOption } from '../../../components/charts/echarts';

const isKnownTheme = (code: string): code is RightsTheme => (rightsThemes as readonly string[]).includes(code);

/** Topics and conferences per rights theme, the busiest theme on top; themes never used are left out. */
export function ThemeChart({ stats, fileName }: { stats: ConferenceStats; fileName: string }) {
  const t = useT();
  const used = useMemo(() => stats.byTheme.filter((th) => th.topics > 0), [stats.byTheme]);
  const option = useMemo((): ChartOption => {
    // A horizontal bar chart draws its first category at the bottom: reverse to put the largest on top.
    const rows = [...used].reverse();
    return {
      color: palette,
      grid: { ...baseGrid, right: 24 },
      legend: { top: 0, left: 0 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: viNumber },
      xAxis: valueAxis(''),
      yAxis: {
        type: 'category',
        data: rows.map((r) => (isKnownTheme(r.theme) ? t(`conferences.theme.${r.theme}`) : r.theme)),
        axisLabel: { width: 190, overflow: 'truncate' },
      },
      series: [
        { type: 'bar', name: t('statistics.series.topics'), data: rows.map((r) => r.topics), barMaxWidth: 16, label: { show: true, position: 'right', formatter: (p) => viNumber(p.value) } },
        { type: 'bar', name: t('statistics.series.conferences'), data: rows.map((r) => r.conferences), barMaxWidth: 16 },
      ],
    };
  }, [used, t]);

  if (used.length === 0) {
    return (
      <Paper withBorder radius="md" p="md" h="100%">
        <Title order={3} fz="md" mb="sm">
          {t('statistics.theme.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('statistics.theme.empty')}
        </Text>
      </Paper>
    );
  }
  return <ChartCard title={t('statistics.theme.title')} fileName={fileName} option={option} height={Math.max(240, 70 + used.length * 34)} />;
}
