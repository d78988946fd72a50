import { describe, expect, it } from 'vitest';
import { choosablePeriods, choosableYears, partsOfPeriod, periodOfYear } from './period-choices';

describe('period choices', () => {
  it('offer the years from this one back to 2015', () => {
    const years = choosableYears('2026-12-06');
    expect([years[0], years.at(-1), years.length]).toEqual([2026, 2015, 12]);
  });

  it('name the started quarters and months of a year in Vietnamese, latest first, never one to come', () => {
    expect(choosablePeriods('quarter', 2026, '2026-05-02')).toEqual([
      { value: '2026-Q2', label: 'Quý II/2026' },
      { value: '2026-Q1', label: 'Quý I/2026' },
    ]);
    expect(choosablePeriods('month', 2026, '2026-02-01').map((p) => p.label)).toEqual(['Tháng 2/2026', 'Tháng 1/2026']);
    expect(choosablePeriods('quarter', 2025, '2026-05-02', 'en').map((p) => p.label)).toEqual(['Q4 2025', 'Q3 2025', 'Q2 2025', 'Q1 2025']);
  });

  it('make a year or a from-the-start-of-the-year period from the year alone, once it has started', () => {
    expect(periodOfYear('ytd6', 2024, '2026-01-01')).toBe('2024-YTD06');
    expect(periodOfYear('year', 2026, '2026-01-01')).toBe('2026');
    expect(periodOfYear('year', 2027, '2026-12-31')).toBeNull();
    expect(periodOfYear('quarter', 2024, '2026-01-01')).toBeNull();
  });

  it('read a code back into its frequency and year', () => {
    expect(partsOfPeriod('2024-YTD09')).toEqual({ frequency: 'ytd9', year: 2024 });
    expect(partsOfPeriod('2024-M05')).toEqual({ frequency: 'month', year: 2024 });
    expect(partsOfPeriod('nonsense')).toEqual({ frequency: null, year: null });
    expect(partsOfPeriod(null)).toEqual({ frequency: null, year: null });
  });
});
