import { Alert, Center, Loader, SegmentedControl } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { ConferenceStats, ProvinceStats } from '../../../../shared/api/conference-stats';
import { formatNumber, formatPercent } from '../../../lib/format';
import { useT } from '../../../lib/use-t';
import { useProvinceShapes } from '../../../components/charts/get-province-shapes';
import { ChartCard } from '../../../components/charts/chart-card';
import { echarts, type ChartOption } from '../../../components/charts/echarts';
import { ensureProvinceMap, FLAT_LEGEND, FLAT_LEGEND_HEIGHT, NO_DATA_COLOUR, provinceMapHeight, provinceMapSeries, responsiveMap } from '../../../components/charts/province-map-base';
import { formatDelegates } from './delegates';
import { sharePercent } from './share';

const HEIGHT = 600;
type Metric = 'delegates' | 'conferences' | 'share';
type Datum = { name: string; value: number; province: ProvinceStats };

/** null for delegates nobody recorded: drawn grey like a province without conferences, never as the palest shade. */
const valueOf = (p: ProvinceStats, metric: Metric): number | null => (metric === 'share' ? sharePercent(p.share) : p[metric]);
const formatValue = (v: number, metric: Metric) => (metric === 'share' ? formatPercent(v, { maximumFractionDigits: 1 }) : formatNumber(Math.round(v)));

/**
 * The 34 provinces coloured by delegates, conferences or share of communes reached. Regions are
 * matched by the GeoJSON's `code` property, never by name (the map writes "Thanh Hoá", the
 * register "Thanh Hóa"). The Hoàng Sa and Trường Sa archipelagos are part of Đà Nẵng and Khánh
 * Hòa in the data and are drawn and named with them.
 */
export function ProvinceMap({ stats, fileName }: { stats: ConferenceStats; fileName: string }) {
  const t = useT();
  const shapes = useProvinceShapes();
  const [metric, setMetric] = useState<Metric>('delegates');

  const option = useMemo((): ChartOption | null => {
    if (!shapes.data) return null;
    ensureProvinceMap(shapes.data);
    // A province at zero, or whose delegates nobody recorded, gets no value (NaN), so it falls
    // outside the colour scale and shows grey: "nothing yet" must not look like the palest shade of "some".
    const data: Datum[] = stats.byProvince.map((p) => ({ name: p.code, value: valueOf(p, metric) || Number.NaN, province: p }));
    const max = Math.max(...stats.byProvince.map((p) => valueOf(p, metric) ?? 0), metric === 'share' ? 1 : 10);
    const island = (name: string, coord: [number, number]) => ({ name, coord, value: name });
    return responsiveMap({
      tooltip: {
        trigger: 'item',
        formatter: (params) => {
          const d = (Array.isArray(params) ? params[0] : params)?.data as Datum | undefined;
          if (!d?.province) return '';
          const p = d.province;
          return [
            `<strong>${echarts.format.encodeHTML(p.name)}</strong>`,
            t('statistics.tooltip.conferences', { value: formatNumber(p.conferences) }),
            t('statistics.tooltip.delegates', {
              value: p.delegates === null ? `${formatDelegates(null)} (${t('statistics.delegates.unrecorded')})` : formatDelegates(p.delegates),
            }),
            ...(p.delegatesUnrecorded > 0
              ? [t('statistics.delegates.unrecordedConferences', { count: p.delegatesUnrecorded, countText: formatNumber(p.delegatesUnrecorded) })]
              : []),
            t('statistics.tooltip.connectionPoints', { value: formatNumber(p.connectionPoints) }),
            t('statistics.tooltip.communes', {
              reached: formatNumber(p.communesReached),
              total: formatNumber(p.communeCount),
              share: formatPercent(sharePercent(p.share), { maximumFractionDigits: 1 }),
            }),
          ].join('<br/>');
        },
      },
      visualMap: {
        type: 'continuous',
        min: 0,
        max,
        left: 8,
        bottom: 8,
        itemHeight: 140,
        calculable: false,
        text: [formatValue(max, metric), formatValue(0, metric)],
        textGap: 6,
        inRange: { color: ['#cfe1f3', '#7fb0dd', '#3a7bbf', '#173f73'] },
        outOfRange: { color: [NO_DATA_COLOUR] },
        textStyle: { color: '#444' },
      },
      series: [
        provinceMapSeries(data, {
          markPoint: {
            symbol: 'circle',
            symbolSize: 0,
            silent: true,
            label: { show: true, formatter: '{b}', color: '#5c6670', fontSize: 11, fontStyle: 'italic' },
            data: [island(t('statistics.map.hoangSa'), [111.95, 17.55]), island(t('statistics.map.truongSa'), [114.6, 12.05])],
          },
        }),
      ],
    }, FLAT_LEGEND_HEIGHT, FLAT_LEGEND);
  }, [shapes.data, stats.byProvince, metric, t]);

  const controls = (
    <SegmentedControl
      size="xs"
      value={metric}
      onChange={(v) => setMetric(v as Metric)}
      aria-label={t('statistics.map.metric')}
      data={[
        { value: 'delegates', label: t('statistics.map.metric.delegates') },
        { value: 'conferences', label: t('statistics.map.metric.conferences') },
        { value: 'share', label: t('statistics.map.metric.share') },
      ]}
    />
  );

  if (shapes.isError) return <Alert color="red">{t('statistics.map.loadError')}</Alert>;
  if (!option) {
    return (
      <Center h={HEIGHT}>
        <Loader size="sm" />
      </Center>
    );
  }
  return <ChartCard title={t('statistics.map.title')} fileName={fileName} option={option} height={provinceMapHeight(HEIGHT, FLAT_LEGEND_HEIGHT)} controls={controls} footer={`${t('statistics.map.noData')} ${t('statistics.map.credit')}`} />;
}
