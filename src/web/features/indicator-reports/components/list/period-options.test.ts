import { describe, expect, it } from 'vitest';
import { openablePeriods, vietnamToday } from './period-options';

describe('openablePeriods', () => {
  it('offers the quarters of this year that have started and all of last year, newest first', () => {
    expect(openablePeriods('quarter', '2026-05-10').map((p) => p.value)).toEqual(['2026-Q2', '2026-Q1', '2025-Q4', '2025-Q3', '2025-Q2', '2025-Q1']);
  });

  it('labels them as reports name them', () => {
    expect(openablePeriods('ytd6', '2026-03-01').map((p) => p.label)).toEqual(['6 tháng đầu năm 2026', '6 tháng đầu năm 2025']);
  });

  it('takes the day in Vietnam, seven hours ahead of UTC', () => {
    expect(vietnamToday(Date.parse('2025-12-31T18:00:00Z'))).toBe('2026-01-01');
  });
});
