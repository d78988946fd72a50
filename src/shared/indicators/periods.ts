/**
 * Reporting periods as Vietnamese reports state them: a month, a quarter, the first 5, 6 or 9
 * months of the year ("6 tháng đầu năm", counted from 1 January), or the whole year.
 *
 * A period is written as a code that sorts and reads well in files other systems exchange:
 * `2024-M05`, `2024-Q2`, `2024-YTD06` (first six months), `2024`.
 */
export const periodFrequencies = ['month', 'quarter', 'ytd5', 'ytd6', 'ytd9', 'year'] as const;
export type PeriodFrequency = (typeof periodFrequencies)[number];

export interface Period {
  code: string;
  frequency: PeriodFrequency;
  year: number;
  /** Month (1–12) for a month, quarter (1–4) for a quarter, months counted for a ytd period. */
  index: number;
  /** First and last day, `yyyy-mm-dd`. */
  start: string;
  end: string;
}

const ytdMonths: Record<'ytd5' | 'ytd6' | 'ytd9', number> = { ytd5: 5, ytd6: 6, ytd9: 9 };
const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const monthEnd = (year: number, month: number) => `${year}-${pad(month)}-${pad(lastDay(year, month))}`;

export const periodYears = { min: 2000, max: 2100 } as const;

/** Builds a period; `index` is ignored for 'year' and the ytd frequencies. */
export function makePeriod(frequency: PeriodFrequency, year: number, index = 1): Period {
  switch (frequency) {
    case 'month':
      return { code: `${year}-M${pad(index)}`, frequency, year, index, start: `${year}-${pad(index)}-01`, end: monthEnd(year, index) };
    case 'quarter':
      return { code: `${year}-Q${index}`, frequency, year, index, start: `${year}-${pad(index * 3 - 2)}-01`, end: monthEnd(year, index * 3) };
    case 'year':
      return { code: String(year), frequency, year, index: 12, start: `${year}-01-01`, end: `${year}-12-31` };
    default: {
      const months = ytdMonths[frequency];
      return { code: `${year}-YTD${pad(months)}`, frequency, year, index: months, start: `${year}-01-01`, end: monthEnd(year, months) };
    }
  }
}

const codePattern = /^(\d{4})(?:-(M(0[1-9]|1[0-2])|Q([1-4])|YTD(05|06|09)))?$/;

/** Reads a period code; null when it is not one. */
export function parsePeriod(code: string): Period | null {
  const m = codePattern.exec(code.trim().toUpperCase());
  if (!m) return null;
  const year = Number(m[1]);
  if (year < periodYears.min || year > periodYears.max) return null;
  if (m[3]) return makePeriod('month', year, Number(m[3]));
  if (m[4]) return makePeriod('quarter', year, Number(m[4]));
  if (m[5]) return makePeriod(`ytd${Number(m[5])}` as PeriodFrequency, year);
  return makePeriod('year', year);
}

/** The same period of the previous year: what "tăng 1,2% so với cùng kỳ" compares against. */
export function samePeriodLastYear(period: Period): Period {
  return makePeriod(period.frequency, period.year - 1, period.index);
}

/** The periods of one frequency in a year, in order. */
export function periodsOfYear(frequency: PeriodFrequency, year: number): Period[] {
  if (frequency === 'month') return Array.from({ length: 12 }, (_, i) => makePeriod('month', year, i + 1));
  if (frequency === 'quarter') return [1, 2, 3, 4].map((q) => makePeriod('quarter', year, q));
  return [makePeriod(frequency, year)];
}

/** The day a report of this period is due: `deadlineDays` after its last day (may be negative). */
export function dueDate(period: Period, deadlineDays: number): string {
  const end = new Date(`${period.end}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + deadlineDays);
  return end.toISOString().slice(0, 10);
}

/** Whether the period has started by `today` (`yyyy-mm-dd`): nobody reports a period still to come. */
export function hasStarted(period: Period, today: string): boolean {
  return period.start <= today;
}

const romanQuarters = ['I', 'II', 'III', 'IV'];

/** How a report names the period: "Quý II/2024", "6 tháng đầu năm 2024", "Tháng 5/2024", "Năm 2024". */
export function periodLabel(period: Period, locale: 'vi' | 'en' = 'vi'): string {
  if (locale === 'en') {
    switch (period.frequency) {
      case 'month':
        return `${new Date(Date.UTC(period.year, period.index - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })} ${period.year}`;
      case 'quarter':
        return `Q${period.index} ${period.year}`;
      case 'year':
        return `Year ${period.year}`;
      default:
        return `First ${period.index} months of ${period.year}`;
    }
  }
  switch (period.frequency) {
    case 'month':
      return `Tháng ${period.index}/${period.year}`;
    case 'quarter':
      return `Quý ${romanQuarters[period.index - 1]}/${period.year}`;
    case 'year':
      return `Năm ${period.year}`;
    default:
      return `${period.index} tháng đầu năm ${period.year}`;
  }
}
