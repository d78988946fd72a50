import type { PeriodFrequency } from '../../../../../shared/indicators/periods';
import { hasStarted, periodLabel, periodsOfYear } from '../../../../../shared/indicators/periods';

/** The periods one may open: this year's and last year's of the form's frequency, newest first, never one still to come. */
export function openablePeriods(frequency: PeriodFrequency, today: string, locale: 'vi' | 'en' = 'vi') {
  const year = Number(today.slice(0, 4));
  return [year, year - 1]
    .flatMap((y) => periodsOfYear(frequency, y).reverse())
    .filter((p) => hasStarted(p, today))
    .map((p) => ({ value: p.code, label: periodLabel(p, locale) }));
}

/** Today in Vietnam (UTC+7), `yyyy-mm-dd`. */
export const vietnamToday = (now = Date.now()) => new Date(now + 7 * 3600_000).toISOString().slice(0, 10);
