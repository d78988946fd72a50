import { hasStarted, makePeriod, parsePeriod, periodLabel, periodsOfYear, type PeriodFrequency } from '../../../shared/indicators/periods';

/** The first year a period picker offers: reports before it are not kept in this system. */
export const FIRST_PERIOD_YEAR = 2015;

/** The years one may choose, this year first, back to FIRST_PERIOD_YEAR. */
export function choosableYears(today: string): number[] {
  const year = Number(today.slice(0, 4));
  return Array.from({ length: Math.max(1, year - FIRST_PERIOD_YEAR + 1) }, (_, i) => year - i);
}

/** Whether a frequency needs a third choice (which month, which quarter) once the year is known. */
export const needsIndex = (frequency: PeriodFrequency) => frequency === 'month' || frequency === 'quarter';

/** The periods of a frequency in a year that have started by `today`, latest first, named as reports name them. */
export function choosablePeriods(frequency: PeriodFrequency, year: number, today: string, locale: 'vi' | 'en' = 'vi') {
  return periodsOfYear(frequency, year)
    .filter((p) => hasStarted(p, today))
    .reverse()
    .map((p) => ({ value: p.code, label: periodLabel(p, locale) }));
}

/**
 * The period a frequency and a year make by themselves (a year, the first 5, 6 or 9 months), or
 * null when a month or a quarter still has to be chosen, or when it has not started yet.
 */
export function periodOfYear(frequency: PeriodFrequency, year: number, today: string): string | null {
  if (needsIndex(frequency)) return null;
  const period = makePeriod(frequency, year);
  return hasStarted(period, today) ? period.code : null;
}

/** A period code's frequency and year, or nulls when there is none. */
export function partsOfPeriod(code: string | null): { frequency: PeriodFrequency | null; year: number | null } {
  const period = code ? parsePeriod(code) : null;
  return { frequency: period?.frequency ?? null, year: period?.year ?? null };
}
