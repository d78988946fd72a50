import { describe, expect, it } from 'vitest';
import { dueDate, makePeriod, parsePeriod, periodLabel, periodsOfYear, samePeriodLastYear } from './periods.js';

describe('reporting periods', () => {
  it('read every kind of code, with its first and last day', () => {
    expect(parsePeriod('2024-Q2')).toMatchObject({ frequency: 'quarter', start: '2024-04-01', end: '2024-06-30' });
    expect(parsePeriod('2024-m02')).toMatchObject({ frequency: 'month', end: '2024-02-29' });
    expect(parsePeriod('2023-M02')?.end).toBe('2023-02-28');
    expect(parsePeriod('2024-YTD06')).toMatchObject({ frequency: 'ytd6', start: '2024-01-01', end: '2024-06-30' });
    expect(parsePeriod('2024-YTD09')?.end).toBe('2024-09-30');
    expect(parsePeriod('2024')).toMatchObject({ frequency: 'year', end: '2024-12-31' });
  });

  it('refuse what is not a period', () => {
    for (const bad of ['2024-Q5', '2024-M13', '2024-M00', '2024-YTD07', '24', '1999', '2024-Q2x', 'abc', '2024-H1']) {
      expect(parsePeriod(bad), bad).toBeNull();
    }
  });

  it('compare with the same period of the previous year', () => {
    expect(samePeriodLastYear(parsePeriod('2024-YTD06')!).code).toBe('2023-YTD06');
    expect(samePeriodLastYear(parsePeriod('2024-Q1')!).code).toBe('2023-Q1');
  });

  it('set the due date from the end of the period, before or after it', () => {
    expect(dueDate(makePeriod('ytd6', 2024), -15)).toBe('2024-06-15');
    expect(dueDate(makePeriod('year', 2024), 20)).toBe('2025-01-20');
  });

  it('name periods as Vietnamese reports do', () => {
    expect(periodLabel(parsePeriod('2024-Q2')!)).toBe('Quý II/2024');
    expect(periodLabel(parsePeriod('2024-YTD06')!)).toBe('6 tháng đầu năm 2024');
    expect(periodLabel(parsePeriod('2024-M05')!)).toBe('Tháng 5/2024');
    expect(periodLabel(parsePeriod('2024-Q2')!, 'en')).toBe('Q2 2024');
    expect(periodsOfYear('quarter', 2024).map((p) => p.code)).toEqual(['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4']);
  });
});
