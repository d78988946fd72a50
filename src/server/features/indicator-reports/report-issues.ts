import type { Db } from '../../db/client.js';
import type { ValidationIssue } from '../../../shared/api/indicator-reports.js';
import { validateReport, type ValidationCell, type ValidationIndicator } from '../../../shared/indicators/validation.js';
import { parsePeriod, type Period } from '../../../shared/indicators/periods.js';
import { checkedIndicators, historyOfUnit, rulesOfForm, valuesOf, type ReportRow, type ValueRow } from './queries.js';

const n = (v: string | null) => (v === null ? null : Number(v));

export const toCell = (v: ValueRow): ValidationCell => ({
  indicatorCode: v.indicatorCode,
  part: v.part,
  value: n(v.value),
  numerator: n(v.numerator),
  denominator: n(v.denominator),
  target: n(v.target),
  comment: v.comment,
});

/** The LIKE pattern of the period codes of the same frequency (`____-Q_` for quarters). */
export function samePatternOf(period: Period): string {
  switch (period.frequency) {
    case 'month':
      return '____-M__';
    case 'quarter':
      return '____-Q_';
    case 'year':
      return '____';
    default:
      return `____-YTD${String(period.index).padStart(2, '0')}`;
  }
}

export type ReportContext = { indicators: ValidationIndicator[]; values: ValueRow[] };

/** The report's current issues, with what the check needs read from the database (unless given). */
export async function issuesOfReport(db: Db, report: ReportRow, context?: Partial<ReportContext>): Promise<{ issues: ValidationIssue[]; cells: ValidationCell[]; values: ValueRow[] }> {
  const indicators = context?.indicators ?? (await checkedIndicators(db, report.formId));
  const period = parsePeriod(report.period)!;
  const [values, rules, history] = await Promise.all([
    context?.values ?? valuesOf(db, report.id),
    rulesOfForm(db, report.formId),
    historyOfUnit(db, report.unitKind, report.unitCode, report.period, samePatternOf(period), report.formId),
  ]);
  const cells = values.map(toCell);
  const issues = validateReport({ indicators, values: cells, rules, history });
  return { issues, cells, values };
}
