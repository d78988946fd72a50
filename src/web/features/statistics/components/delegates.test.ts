import { describe, expect, it } from 'vitest';
import { compareDelegates, delegatesChartValue, formatDelegates } from './delegates';

describe('delegates on the statistics screen', () => {
  it('writes a known figure in Vietnamese digits and an unknown one as a dash, never 0', () => {
    expect(formatDelegates(3120)).toBe('3.120');
    expect(formatDelegates(0)).toBe('0');
    expect(formatDelegates(null)).toBe('—');
  });

  it("gives the charts ECharts' empty value for an unknown figure, so the line breaks instead of dropping to 0", () => {
    expect(delegatesChartValue(null)).toBe('-');
    expect(delegatesChartValue(0)).toBe(0);
    expect(delegatesChartValue(1500)).toBe(1500);
  });

  it('sorts an unknown figure below zero', () => {
    expect([5, null, 0, 12].sort(compareDelegates)).toEqual([null, 0, 5, 12]);
  });
});
