import { useMemo } from 'react';
import type { ConferenceStats } from '../../../../shared/api/conference-stats';
import { useT } from '../../../lib/use-t';
import { ChartCard } from './chart-card';
import { baseGrid, palette, valueAxis, viNumber } from './chart-style';
import type { ChartOption } from './echarts';

type Point = { label: string; conferences: number; delegates: number };

/** Conferences as bars on the left axis, delegates as a line on the right: the two differ by a thousand times. */
function useBarLineOption(points: Point[]): ChartOption {
  const t = useT();
  return useMemo(
    () => ({
      color: palette,
      grid: { ...baseGrid, right: 8 },
      legend: { top: 0, left: 0 },
      tooltip: { trigger: 'axis', valueFormatter: viNumber },
      xAxis: { type: 'category', data: points.map((p) => p.label), axisTick: { alignWithLabel: true }, axisLabel: { interval: 0, fontSize: 11 } },
      yAxis: [valueAxis(t('statistics.series.conferences')), { ...valueAxis(t('statistics.series.delegates')), splitLine: { show: false }, nameTextStyle: { color: '#5c6670', align: 'right' } }],
      series: [
        { type: 'bar', name: t('statistics.series.conferences'), data: points.map((p) => p.conferences), barMaxWidth: 28 },
        { type: 'line', name: t('statistics.series.delegates'), yAxisIndex: 1, data: points.map((p) => p.delegates), symbolSize: 7, smooth: false },
      ],
    }),
    [points, t],
  );
}

export function MonthChart({ stats, fileName }: { stats: ConferenceStats; fileName: string }) {
  const t = useT();
  const points = useMemo(() => stats.byMonth.map((m) => ({ ...m, label: t('statistics.month.short', { month: m.month }) })), [stats.byMonth, t]);
  return <ChartCard title={t('statistics.month.title')} fileName={fileName} option={useBarLineOption(points)} height={300} />;
}

export function YearChart({ stats, fileName }: { stats: ConferenceStats; fileName: string }) {
  const t = useT();
  const points = useMemo(() => stats.byYear.map((y) => ({ ...y, label: String(y.year) })), [stats.byYear]);
  return <ChartCard title={t('statistics.year.title')} fileName={fileName} option={useBarLineOption(points)} height={300} />;
}
