import { formatNumber } from '../../lib/format';

/** Conferences in blue, delegates in orange on every chart, so a reader learns it once. */
export const palette = ['#2f6fb3', '#e07b24', '#4a9c6d', '#8a63b8', '#c9504b', '#7f8c99'];

const asNumber = (v: unknown) => (typeof v === 'number' ? v : Number(v) || 0);
/** `1.234` on axes and in tooltips, whatever the UI language. */
export const viNumber = (v: unknown) => formatNumber(asNumber(v));

export const valueAxis = (name: string) => ({
  type: 'value' as const,
  name,
  nameTextStyle: { color: '#5c6670', align: 'left' as const },
  minInterval: 1,
  axisLabel: { formatter: (v: number) => formatNumber(v) },
  splitLine: { lineStyle: { color: '#e9ecef' } },
});

export const baseGrid = { left: 8, right: 16, top: 48, bottom: 8, containLabel: true };
