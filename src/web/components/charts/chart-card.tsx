import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useRef, type ReactNode } from 'react';
import { useT } from '../../lib/use-t';
import { EChart, type ChartHeight } from './echart';
import type { ChartOption, echarts } from './echarts';

type Props = {
  title: string;
  /** File name of the PNG, without extension. */
  fileName: string;
  option: ChartOption;
  height: ChartHeight;
  /** Controls shown beside the title (a metric switch, say). */
  controls?: ReactNode;
  /** A line under the chart: a source credit or a note on how the figures are counted. */
  footer?: ReactNode;
};

/** Saves what the chart shows as a PNG, at twice the screen resolution and on white, for reports. */
function downloadPng(chart: echarts.ECharts, fileName: string) {
  const link = document.createElement('a');
  link.href = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
  link.download = `${fileName}.png`;
  document.body.append(link);
  link.click();
  link.remove();
}

/** A chart with its title and a "download PNG" button. */
export function ChartCard({ title, fileName, option, height, controls, footer }: Props) {
  const t = useT();
  const chart = useRef<echarts.ECharts | null>(null);
  return (
    <Paper withBorder radius="md" p="md" h="100%">
      <Stack gap="xs" h="100%">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Title order={3} fz="md">
            {title}
          </Title>
          <Group gap="xs">
            {controls}
            <Button size="compact-sm" variant="default" onClick={() => chart.current && downloadPng(chart.current, fileName)}>
              {t('statistics.chart.downloadPng')}
            </Button>
          </Group>
        </Group>
        <EChart option={option} height={height} label={title} chartRef={chart} />
        {footer && (
          <Text size="xs" c="dimmed">
            {footer}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
