import { useMemo } from 'react';
import type { ConferenceStats } from '../../../../shared/api/conference-stats';
import { formatNumber } from '../../../lib/format';
import { useT } from '../../../lib/use-t';
import { ChartCard } from '../../../components/charts/chart-card';
import { baseGrid, palette, valueAxis, viNumber } from '../../../components/charts/chart-style';
import { delegatesChartValue, formatDelegates } from './delegates';
import { echarts, type ChartOption } from '../../../components/charts/echarts';

type Point = { label: string; conferences: number; delegates: number | null; delegatesUnrecorded: number };

/**
 * Conferences as bars on the left axis, delegates as a line on the right: the two differ by a
 * thousand times. A month or year whose conferences recorded no delegates is a gap in the line
 * (not a drop to 0), and the tooltip says "— (chưa ghi)" and how many conferences were left out.
 */
function useBarLineOption(points: Point[]): ChartOption {
  const t = useT();
  return useMemo(
    () => ({
      color: palette,
      grid: { ...baseGrid, right: 8 },
      legend: { top: 0, left: 0 },
      tooltip: {
        trigger: 'axis',
        formatter: (params) => {
          const items = Array.isArray(params) ? params : [params];
          const point = points[items[0]?.dataIndex ?? -1];
          if (!point) return '';
          const delegates = point.delegates === null ? `${formatDelegates(null)} (${t('statistics.delegates.unrecorded')})` : formatDelegates(point.delegates);
          const marker = (i: number) => items.find((p) => p.seriesIndex === i)?.marker ?? '';
          return [
            `<strong>${echarts.format.encodeHTML(point.label)}</strong>`,
            `${marker(0)}${t('statistics.series.conferences')}: <strong>${viNumber(point.conferences)}</strong>`,
            `${marker(1)}${t('statistics.series.delegates')}: <strong>${delegates}</strong>`,
            ...(point.delegatesUnrecorded > 0
              ? [t('statistics.delegates.unrecordedConferences', { count: point.delegatesUnrecorded, countText: formatNumber(point.delegatesUnrecorded) })]
              : []),
          ].join('<br/>');
        },
      },
      xAxis: { type: 'category', data: points.map((p) => p.label), axisTick: { alignWithLabel: true }, axisLabel: { interval: 0, fontSize: 11 } },
      yAxis: [valueAxis(t('statistics.series.conferences')), { ...valueAxis(t('statistics.series.delegates')), splitLine: { show: false }, nameTextStyle: { color: '#5c6670', align: 'right' } }],
      series: [
        { type: 'bar', name: t('statistics.series.conferences'), data: points.map((p) => p.conferences), barMaxWidth: 28 },
        {
          type: 'line',
          name: t('statistics.series.delegates'),
          yAxisIndex: 1,
          data: points.map((p) => delegatesChartValue(p.delegates)),
          // A gap where nothing was recorded: joining across it would draw figures nobody reported.
          connectNulls: false,
          symbolSize: 7,
          smooth: false,
        },
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
