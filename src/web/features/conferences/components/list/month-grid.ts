const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

export type CalendarDay = { date: string; day: number; inMonth: boolean };

/**
 * The weeks of a month as a wall calendar shows them in Vietnam: Monday first (Thứ Hai … Chủ nhật),
 * padded with the neighbouring months' days to whole weeks. Dates are ISO yyyy-mm-dd.
 */
export function monthGrid(year: number, month: number): CalendarDay[][] {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const mondayOffset = (first.getUTCDay() + 6) % 7;
  const start = new Date(Date.UTC(year, month - 1, 1 - mondayOffset));
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const weeks = Math.ceil((mondayOffset + daysInMonth) / 7);
  return Array.from({ length: weeks }, (_, w) =>
    Array.from({ length: 7 }, (_, d) => {
      const date = new Date(start.getTime() + (w * 7 + d) * 86_400_000);
      return { date: iso(date), day: date.getUTCDate(), inMonth: date.getUTCMonth() === month - 1 };
    }),
  );
}

/** The month after (or before, with -1) a year and month. */
export function shiftMonth(year: number, month: number, by: 1 | -1): { year: number; month: number } {
  const index = year * 12 + (month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export { todayInVietnam } from '../../../../../shared/text/calendar';

/** Whether a conference (start and optional end date) is on a day. */
export function isOnDay(day: string, start: string, end: string | null): boolean {
  return day >= start && day <= (end && end > start ? end : start);
}
