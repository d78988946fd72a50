import { dueDate, makePeriod, type PeriodFrequency } from '../../../../shared/indicators/periods';
import { formatDate } from '../../../lib/format';

/**
 * The first period's due date of a form as a person reads it ("15/06"), for the year given:
 * a yearly or 6-month form shows day and month, since it recurs each year on that day.
 */
export function firstDeadline(frequency: PeriodFrequency, deadlineDays: number, year = new Date().getFullYear()): string {
  const due = dueDate(makePeriod(frequency, year, 1), deadlineDays);
  return formatDate(due).slice(0, 5);
}
