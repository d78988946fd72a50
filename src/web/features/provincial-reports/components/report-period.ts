/** The periods a report may cover, as indicator period codes: the year, the first 6 or 9 months, a quarter. */
export const periodKinds = ['year', 'YTD06', 'YTD09', 'Q1', 'Q2', 'Q3', 'Q4'] as const;
export type PeriodKind = (typeof periodKinds)[number];

export function periodCode(year: number, kind: PeriodKind): string {
  return kind === 'year' ? String(year) : `${year}-${kind}`;
}

/** The current year and the six before it, newest first. */
export function recentYears(today = new Date()): number[] {
  const year = today.getFullYear();
  return Array.from({ length: 7 }, (_, i) => year - i);
}
