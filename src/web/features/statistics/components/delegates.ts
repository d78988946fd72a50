import { formatNumber } from '../../../lib/format';

/**
 * Unknown is not zero: the API gives `delegates: null` for a group whose conferences recorded no
 * figure. The screen writes a dash (with "chưa ghi" as its title) and the charts leave a gap.
 */
export const UNRECORDED_MARK = '—';

/** `3.120`, or `—` when nobody recorded a figure. */
export function formatDelegates(value: number | null): string {
  return value === null ? UNRECORDED_MARK : formatNumber(value);
}

/** ECharts' own "no value" (`'-'`): a line breaks there and a bar is not drawn, rather than dropping to 0. */
export const EMPTY_CHART_VALUE = '-';
export function delegatesChartValue(value: number | null): number | typeof EMPTY_CHART_VALUE {
  return value === null ? EMPTY_CHART_VALUE : value;
}

/** Sorting a column of delegates: an unknown figure goes below every known one, 0 included. */
export function compareDelegates(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a - b;
}
