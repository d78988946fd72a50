import { Alert, Center, Loader } from '@mantine/core';
import { useMemo } from 'react';
import type { z } from 'zod';
import type { completenessSchema } from '../../../../../shared/api/indicator-reports';
import { useT } from '../../../../lib/use-t';
import { ChartCard } from '../../../../components/charts/chart-card';
import { echarts, type ChartOption } from '../../../../components/charts/echarts';
import { ensureProvinceMap, NO_DATA_COLOUR, provinceMapSeries } from '../../../../components/charts/province-map-base';
import { useProvinceShapes } from '../../../../components/charts/get-province-shapes';

type Completeness = z.infer<typeof completenessSchema>;
type Unit = Completeness['units'][number];

const HEIGHT = 560;

/** What a province's colour says, from best to worst; a draft or a returned report is not submitted. */
const stateOf = (u: Unit): number => (u.status === 'approved' ? 3 : u.status === 'submitted' ? (u.onTime === false ? 1 : 2) : 0);

/**
 * The 34 provinces coloured by where their report stands for the chosen form and period:
 * approved, submitted on time, submitted late, not submitted. Shown for province forms of
 * periods after the merger; the 63 old provinces have no boundaries on this map.
 */
export function CompletenessMap({ completeness, fileName }: { completeness: Completeness; fileName: string }) {
  const t = useT();
  const shapes = useProvinceShapes();
  const option = useMemo((): ChartOption | null => {
    if (!shapes.data) return null;
    ensureProvinceMap(shapes.data);
    const pieces = [
      { value: 3, label: t('indicatorReports.map.approved'), color: '#2b8a3e' },
      { value: 2, label: t('indicatorReports.map.onTime'), color: '#74b816' },
      { value: 1, label: t('indicatorReports.map.late'), color: '#f08c00' },
      { value: 0, label: t('indicatorReports.map.missing'), color: '#e9ecef' },
    ];
    const data = completeness.units.map((u) => ({ name: u.unitCode, value: stateOf(u), unit: u }));
    return {
      tooltip: {
        trigger: 'item',
        formatter: (params) => {
          const d = (Array.isArray(params) ? params[0] : params)?.data as (typeof data)[number] | undefined;
          return d ? `<strong>${echarts.format.encodeHTML(d.unit.unitName)}</strong><br/>${pieces.find((p) => p.value === d.value)!.label}` : '';
        },
      },
      visualMap: { type: 'piecewise', pieces, left: 8, bottom: 8, textStyle: { color: '#444' } },
      series: [
        provinceMapSeries(data),
      ],
    };
  }, [shapes.data, completeness.units, t]);

  if (shapes.isError) return <Alert color="red">{t('indicatorReports.map.loadError')}</Alert>;
  if (!option) {
    return (
      <Center h={HEIGHT}>
        <Loader size="sm" />
      </Center>
    );
  }
  return <ChartCard title={t('indicatorReports.map.title')} fileName={fileName} option={option} height={HEIGHT} footer={t('indicatorReports.map.credit')} />;
}
