import { Alert, Button, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useRef } from 'react';
import type { FollowupMapRow } from '../../../../../shared/api/followup';
import { formatNumber, formatPercent } from '../../../../lib/format';
import { useT } from '../../../../lib/use-t';
import { useProvinceShapes } from '../../../../components/charts/get-province-shapes';
import { EChart } from '../../../../components/charts/echart';
import { echarts, type ChartOption } from '../../../../components/charts/echarts';
import { ensureProvinceMap, FLAT_LEGEND, FLAT_LEGEND_HEIGHT, NO_DATA_COLOUR, provinceMapHeight, provinceMapSeries, responsiveMap } from '../../../../components/charts/province-map-base';

const HEIGHT = 600;

type Props = { rows: FollowupMapRow[]; onProvince: (code: string) => void };

/**
 * The 34 provinces coloured by the share of their items done (grey: no item); the tooltip gives the
 * counts and the overdue items; a click opens the list of the province's items.
 */
export function FollowupMap({ rows, onProvince }: Props) {
  const t = useT();
  const shapes = useProvinceShapes();
  const chart = useRef<echarts.ECharts | null>(null);
  const option = useMemo((): ChartOption | null => {
    if (!shapes.data) return null;
    ensureProvinceMap(shapes.data);
    const data = rows.map((r) => ({ name: r.provinceCode, value: r.shareDone ?? undefined, row: r, ...(r.shareDone === null ? { itemStyle: { areaColor: NO_DATA_COLOUR } } : {}) }));
    return responsiveMap({
      tooltip: {
        trigger: 'item',
        formatter: (params) => {
          const d = (Array.isArray(params) ? params[0] : params)?.data as (typeof data)[number] | undefined;
          if (!d) return '';
          const r = d.row;
          const lines = [
            `<strong>${echarts.format.encodeHTML(r.provinceName)}</strong>`,
            r.total === 0
              ? t('followup.map.noItems')
              : t('followup.map.tooltipShare', { share: formatPercent(r.shareDone ?? 0, { maximumFractionDigits: 1 }), done: formatNumber(r.done), total: formatNumber(r.total) }),
            ...(r.total ? [t('followup.map.tooltipCounts', { inProgress: formatNumber(r.inProgress), notStarted: formatNumber(r.notStarted), notDone: formatNumber(r.notDone) })] : []),
            ...(r.overdue ? [`<span style="color:#c92a2a">${t('followup.map.tooltipOverdue', { count: r.overdue })}</span>`] : []),
          ];
          return lines.join('<br/>');
        },
      },
      visualMap: {
        type: 'continuous',
        min: 0,
        max: 100,
        left: 8,
        bottom: 8,
        text: ['100%', '0%'],
        calculable: false,
        inRange: { color: ['#fff3bf', '#8ce99a', '#2b8a3e'] },
        textStyle: { color: '#444' },
      },
      series: [provinceMapSeries(data)],
    }, FLAT_LEGEND_HEIGHT, FLAT_LEGEND);
  }, [shapes.data, rows, t]);

  useEffect(() => {
    const instance = chart.current;
    if (!instance) return;
    const click = (params: { data?: unknown }) => {
      const code = (params.data as { name?: string } | undefined)?.name;
      if (code) onProvince(code);
    };
    instance.on('click', click);
    return () => {
      instance.off('click', click);
    };
  }, [option, onProvince]);

  if (shapes.isError) return <Alert color="red">{t('followup.map.loadError')}</Alert>;
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3} fz="md">
            {t('followup.map.chartTitle')}
          </Title>
          <Button
            size="compact-sm"
            variant="default"
            onClick={() => {
              if (!chart.current) return;
              const link = document.createElement('a');
              link.href = chart.current.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
              link.download = 'theo-doi-thuc-hien-34-tinh.png';
              link.click();
            }}
          >
            {t('statistics.chart.downloadPng')}
          </Button>
        </Group>
        {option ? (
          <EChart option={option} height={provinceMapHeight(HEIGHT, FLAT_LEGEND_HEIGHT)} label={t('followup.map.chartTitle')} chartRef={chart} />
        ) : (
          <Center h={HEIGHT}>
            <Loader size="sm" />
          </Center>
        )}
        <Text size="xs" c="dimmed">
          {t('followup.map.hint')}
        </Text>
      </Stack>
    </Paper>
  );
}
