import { useMemo } from 'react';
import type { OverviewIndicator } from '../../../../shared/api/indicator-dashboards';
import { useT } from '../../../lib/use-t';
import { ChartCard } from '../../../components/charts/chart-card';
import { baseGrid, palette } from '../../../components/charts/chart-style';
import type { ChartOption } from '../../../components/charts/echarts';
import { formatFigure } from './figure-text';

/** The provinces with a figure, best first (highest, or lowest when lower is better), as horizontal bars. */
export function RankingChart({ item, fileName, highlight }: { item: OverviewIndicator; fileName: string; highlight?: string }) {
  const t = useT();
  const { indicator } = item;
  const ranked = useMemo(() => item.provinces.filter((p) => p.rank !== null && p.value !== null).sort((a, b) => a.rank! - b.rank!), [item]);
  const option = useMemo((): ChartOption => {
    const rows = [...ranked].reverse(); // ECharts draws the first category at the bottom.
    return {
      grid: { ...baseGrid, top: 8, right: 64 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => (typeof v === 'number' ? formatFigure(v, indicator) : '') },
      xAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatFigure(v, { decimals: 1 }) }, splitLine: { lineStyle: { color: '#e9ecef' } } },
      yAxis: { type: 'category', data: rows.map((p) => `${p.rank}. ${p.provinceName}`), axisLabel: { fontSize: 11 } },
      series: [
        {
          type: 'bar',
          data: rows.map((p) => ({ value: p.value, itemStyle: { color: p.provinceCode === highlight ? palette[1] : palette[0] } })),
          label: { show: true, position: 'right', formatter: (p) => formatFigure(Number(p.value), indicator), fontSize: 11 },
        },
      ],
    };
  }, [ranked, indicator, highlight]);
  return (
    <ChartCard
      title={t('indicatorDashboards.ranking.title')}
      fileName={fileName}
      option={option}
      height={Math.max(200, ranked.length * 22 + 30)}
      footer={indicator.higherIsBetter ? undefined : t('indicatorDashboards.ranking.lowerIsBetter')}
    />
  );
}
