import { Box } from '@mantine/core';
import { useEffect, useRef, type RefObject } from 'react';
import { echarts, type ChartOption } from './echarts';

type Props = {
  option: ChartOption;
  height: number;
  /** What the chart shows, for screen readers (the canvas itself says nothing). */
  label: string;
  /** Receives the live chart instance (for the PNG download), and null once it is gone. */
  chartRef?: RefObject<echarts.ECharts | null>;
};

/**
 * One ECharts chart in a box of fixed height and the parent's width: created on mount, fed each
 * new option whole (`notMerge`, so a series that disappears is removed), resized with its box,
 * disposed on unmount.
 */
export function EChart({ option, height, label, chartRef }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const instance = echarts.init(element, null, { renderer: 'canvas' });
    chart.current = instance;
    if (chartRef) chartRef.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
      if (chartRef) chartRef.current = null;
    };
  }, [chartRef]);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <Box ref={box} h={height} w="100%" role="img" aria-label={label} />;
}
