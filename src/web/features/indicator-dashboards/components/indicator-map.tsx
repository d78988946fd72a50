import { Alert, Center, Loader } from '@mantine/core';
import { useMemo } from 'react';
import type { OverviewIndicator, ProvinceFigure } from '../../../../shared/api/indicator-dashboards';
import { formatPercent } from '../../../lib/format';
import { useT } from '../../../lib/use-t';
import { useProvinceShapes } from '../../../components/charts/get-province-shapes';
import { ChartCard } from '../../../components/charts/chart-card';
import { echarts, type ChartOption } from '../../../components/charts/echarts';
import { ensureProvinceMap, FLAT_LEGEND, FLAT_LEGEND_HEIGHT, NO_DATA_COLOUR, provinceMapHeight, provinceMapSeries, responsiveMap } from '../../../components/charts/province-map-base';
import { formatFigure } from './figure-text';

const HEIGHT = 560;
type Datum = { name: string; value: number; province: ProvinceFigure };

/**
 * The 34 provinces coloured by the indicator's figure (darker is better: the scale turns round
 * when lower is better). A province without a figure, or whose figure is not aggregable, is grey.
 * Regions are matched by the GeoJSON's `code`, never by name.
 */
export function IndicatorMap({ item, fileName }: { item: OverviewIndicator; fileName: string }) {
  const t = useT();
  const shapes = useProvinceShapes();
  const { indicator } = item;
  const option = useMemo((): ChartOption | null => {
    if (!shapes.data) return null;
    ensureProvinceMap(shapes.data);
    const values = item.provinces.map((p) => p.value).filter((v): v is number => v !== null);
    const min = Math.min(...values, 0);
    const max = Math.max(...values, 1);
    const colours = ['#cfe1f3', '#7fb0dd', '#3a7bbf', '#173f73'];
    const data: Datum[] = item.provinces.map((p) => ({ name: p.provinceCode, value: p.value ?? Number.NaN, province: p }));
    return responsiveMap({
      tooltip: {
        trigger: 'item',
        formatter: (params) => {
          const d = (Array.isArray(params) ? params[0] : params)?.data as Datum | undefined;
          if (!d?.province) return '';
          const p = d.province;
          const value = p.notAggregable ? t('indicatorDashboards.notAggregable') : p.value === null ? t('indicatorDashboards.noValue.title') : `${formatFigure(p.value, indicator)} ${indicator.unit}`;
          const lines = [`<strong>${echarts.format.encodeHTML(p.provinceName)}</strong>`, echarts.format.encodeHTML(value)];
          if (p.targetPercent !== null) lines.push(`${t('indicatorDashboards.attainment.percent')}: ${formatPercent(p.targetPercent, { maximumFractionDigits: 1 })}`);
          if (p.rank !== null) lines.push(t('indicatorDashboards.kpi.rank', { rank: String(p.rank), count: String(values.length) }));
          return lines.join('<br/>');
        },
      },
      visualMap: {
        type: 'continuous',
        min,
        max,
        left: 8,
        bottom: 8,
        itemHeight: 140,
        calculable: false,
        text: [formatFigure(indicator.higherIsBetter ? max : min, indicator), formatFigure(indicator.higherIsBetter ? min : max, indicator)],
        inverse: !indicator.higherIsBetter,
        inRange: { color: indicator.higherIsBetter ? colours : [...colours].reverse() },
        outOfRange: { color: [NO_DATA_COLOUR] },
        textStyle: { color: '#444' },
      },
      series: [
        provinceMapSeries(data),
      ],
    }, FLAT_LEGEND_HEIGHT, FLAT_LEGEND);
  }, [shapes.data, item, indicator, t]);

  if (shapes.isError) return <Alert color="red">{t('indicatorDashboards.map.loadError')}</Alert>;
  if (!option) {
    return (
      <Center h={HEIGHT}>
        <Loader size="sm" />
      </Center>
    );
  }
  return <ChartCard title={t('indicatorDashboards.map.title')} fileName={fileName} option={option} height={provinceMapHeight(HEIGHT, FLAT_LEGEND_HEIGHT)} footer={t('indicatorDashboards.map.noData')} />;
}
