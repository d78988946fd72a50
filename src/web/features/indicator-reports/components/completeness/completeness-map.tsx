import { Alert, Center, Loader } from '@mantine/core';
import { useMemo } from 'react';
import { useT } from '../../../../lib/use-t';
import { ChartCard } from '../../../../components/charts/chart-card';
import { echarts, type ChartOption } from '../../../../components/charts/echarts';
import { ensureProvinceMap, provinceMapHeight, provinceMapSeries, responsiveMap } from '../../../../components/charts/province-map-base';
import { useProvinceShapes } from '../../../../components/charts/get-province-shapes';
import { completenessStates, stateOf, type Completeness, type CompletenessState } from './completeness-state';

const HEIGHT = 560;
/** The five states' legend, one under the other, beneath the map on a phone. */
const PIECES_HEIGHT = 124;

/** Each state's colour, worst to best: no report is red, a report being prepared pale blue (not submitted, but not missing either). */
const colours: Record<CompletenessState, string> = { missing: '#ffa8a8', inProgress: '#a5d8ff', late: '#f08c00', onTime: '#74b816', approved: '#2b8a3e' };

/**
 * The 34 provinces coloured by where their report stands for the chosen form and period:
 * approved, submitted on time, submitted late, being prepared (not submitted), no report. Shown for province forms of
 * periods after the merger; the 63 old provinces have no boundaries on this map.
 */
export function CompletenessMap({ completeness, fileName }: { completeness: Completeness; fileName: string }) {
  const t = useT();
  const shapes = useProvinceShapes();
  const option = useMemo((): ChartOption | null => {
    if (!shapes.data) return null;
    ensureProvinceMap(shapes.data);
    // The legend lists the best first; a piece's value is its state's rank.
    const pieces = [...completenessStates].reverse().map((state) => ({ value: completenessStates.indexOf(state), label: t(`indicatorReports.map.${state}`), color: colours[state] }));
    const data = completeness.units.map((u) => ({ name: u.unitCode, value: completenessStates.indexOf(stateOf(u)), unit: u }));
    return responsiveMap({
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
    }, PIECES_HEIGHT);
  }, [shapes.data, completeness.units, t]);

  if (shapes.isError) return <Alert color="red">{t('indicatorReports.map.loadError')}</Alert>;
  if (!option) {
    return (
      <Center h={HEIGHT}>
        <Loader size="sm" />
      </Center>
    );
  }
  return <ChartCard title={t('indicatorReports.map.title')} fileName={fileName} option={option} height={provinceMapHeight(HEIGHT, PIECES_HEIGHT)} footer={t('indicatorReports.map.credit')} />;
}
