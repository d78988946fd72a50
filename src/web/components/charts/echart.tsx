import { Box } from '@mantine/core';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { echarts, type ChartOption } from './echarts';

/** A fixed height, or one computed from the chart's width (a map on a phone is as tall as it needs, no taller). */
export type ChartHeight = number | ((width: number) => number);

type Props = {
  option: ChartOption;
  height: ChartHeight;
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
  const [width, setWidth] = useState<number | null>(null);
  const h = typeof height === 'number' ? height : width === null ? null : height(width);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const instance = echarts.init(element, null, { renderer: 'canvas' });
    chart.current = instance;
    if (chartRef) chartRef.current = instance;
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(() => {
      setWidth(element.clientWidth);
      instance.resize();
    });
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

  // A height computed from the width changes the box, not the width: resize the canvas to it.
  useEffect(() => {
    chart.current?.resize();
  }, [h]);

  return <Box ref={box} h={h ?? (typeof height === 'number' ? height : 360)} w="100%" role="img" aria-label={label} />;
}
