import { useMemo } from 'react';
import type { Trend } from '../../../../shared/api/indicator-dashboards';
import { useT } from '../../../lib/use-t';
import { ChartCard } from '../../../components/charts/chart-card';
import { baseGrid, palette } from '../../../components/charts/chart-style';
import type { ChartOption } from '../../../components/charts/echarts';
import { formatFigure } from './figure-text';

/**
 * The indicator over the periods with its target line (dashed), per period since targets change
 * from year to year. A period without a figure, or not aggregable, leaves a gap, never a 0.
 */
export function TrendChart({ trend, fileName, controls }: { trend: Trend; fileName: string; controls?: React.ReactNode }) {
  const t = useT();
  const { indicator } = trend;
  const option = useMemo((): ChartOption => {
    const fmt = (v: unknown) => (typeof v === 'number' ? formatFigure(v, indicator) : t('indicatorDashboards.noValue'));
    return {
      color: [palette[0]!, palette[1]!],
      grid: { ...baseGrid, top: 40 },
      legend: { top: 0 },
      tooltip: { trigger: 'axis', valueFormatter: fmt },
      xAxis: { type: 'category', data: trend.points.map((p) => p.periodLabel) },
      yAxis: { type: 'value', name: indicator.unit, axisLabel: { formatter: (v: number) => formatFigure(v, { decimals: 1 }) }, splitLine: { lineStyle: { color: '#e9ecef' } } },
      series: [
        { type: 'line', name: t('indicatorDashboards.trend.value'), data: trend.points.map((p) => p.value), connectNulls: false, symbolSize: 7, lineStyle: { width: 3 } },
        { type: 'line', name: t('indicatorDashboards.trend.target'), data: trend.points.map((p) => p.target), connectNulls: true, lineStyle: { type: 'dashed', width: 2 }, symbol: 'diamond', symbolSize: 6 },
      ],
    };
  }, [trend, indicator, t]);
  return <ChartCard title={t('indicatorDashboards.trend.title', { scope: trend.scope.provinceName })} fileName={fileName} option={option} height={320} controls={controls} />;
}
