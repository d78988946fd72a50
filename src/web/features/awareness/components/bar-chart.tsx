import { Box } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { echarts, type ChartOption } from './echarts';

type Props = { option: ChartOption; height: number; label: string };

/** One ECharts chart at the parent's width: created on mount, fed each option whole, resized with its box. */
export function BarChart({ option, height, label }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    if (!box.current) return;
    const instance = echarts.init(box.current, null, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);
  return <Box ref={box} h={height} w="100%" role="img" aria-label={label} />;
}
