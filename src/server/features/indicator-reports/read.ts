import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { IndicatorValue, ReportDetail, ReportSort, ReportSummary } from '../../../shared/api/indicator-reports.js';
import { approveRefusal, reportRefusal } from '../../../shared/auth/indicator-access.js';
import { parsePeriod, samePeriodLastYear } from '../../../shared/indicators/periods.js';
import type { Actor } from '../auth/actor.js';
import { readableSql, waitingSql } from './access-sql.js';
import { eventsOf, formIndicators, listReportRows, provinceAggregatesOf, reportSummaryRow, totalsOfUnitPeriod, type ValueRow } from './queries.js';
import { readableReport, toSummary, unitOfReport } from './report-access.js';
import { issuesOfReport } from './report-issues.js';

export type ReportListQuery = {
  page: number;
  pageSize: number;
  sort?: ReportSort;
  formId?: string;
  period?: string;
  status?: string;
  provinceCode?: string;
  unitKind?: string;
  waiting?: boolean;
};

/** Reports the actor may read, filtered and paged in SQL; `waiting` keeps what waits for the actor. */
export async function listReports(db: Db, actor: Actor, query: ReportListQuery): Promise<{ items: ReportSummary[]; total: number }> {
  const conditions: SQL[] = [readableSql(actor)];
  if (query.formId) conditions.push(sql`r.form_id = ${query.formId}`);
  if (query.period) conditions.push(sql`r.period = ${query.period}`);
  if (query.status) conditions.push(sql`r.status = ${query.status}`);
  if (query.provinceCode) conditions.push(sql`r.province_code = ${query.provinceCode}`);
  if (query.unitKind) conditions.push(sql`r.unit_kind = ${query.unitKind}`);
  if (query.waiting) conditions.push(waitingSql(actor));
  const { rows, total } = await listReportRows(db, sql.join(conditions, sql` and `), query);
  return { items: rows.map(toSummary), total };
}

const n = (v: string | null) => (v === null ? null : Number(v));

export const toValue = (v: ValueRow): IndicatorValue => ({
  indicatorCode: v.indicatorCode,
  part: v.part,
  value: n(v.value),
  numerator: n(v.numerator),
  denominator: n(v.denominator),
  target: n(v.target),
  comment: v.comment,
  source: v.source ?? null,
  updatedAt: v.updatedAt.toISOString(),
});

/** One report as the entry grid shows it: rows in the form's order, last year's figures, issues, history and what the actor may do. */
export async function getReport(db: Db, actor: Actor, id: string): Promise<ReportDetail> {
  const row = await readableReport(db, actor, id);
  const unit = unitOfReport(row);
  const period = parsePeriod(row.period)!;
  const indicators = await formIndicators(db, row.formId);
  const [summary, checked, events] = await Promise.all([reportSummaryRow(db, id), issuesOfReport(db, row, { indicators }), eventsOf(db, id)]);
  const codes = indicators.map((i) => i.code);
  const lastYear = await totalsOfUnitPeriod(db, row.unitKind, row.unitCode, samePeriodLastYear(period).code, codes);
  const previous = new Map<string, { value: number | null; target: number | null }>();
  for (const v of lastYear) {
    if (previous.has(v.indicatorCode)) continue;
    const ind = indicators.find((i) => i.code === v.indicatorCode)!;
    const value = v.value !== null ? Number(v.value) : v.numerator !== null && v.denominator !== null && Number(v.denominator) !== 0 ? (Number(v.numerator) / Number(v.denominator)) * ind.ratioScale : null;
    previous.set(v.indicatorCode, { value, target: n(v.target) });
  }
  // A province formed on 1 July 2025 has no report of its own for earlier periods: its old provinces' roll-up stands in.
  const missing = codes.filter((c) => !previous.has(c));
  if (row.unitKind === 'province' && row.provinceCode && missing.length) {
    for (const a of await provinceAggregatesOf(db, row.provinceCode, samePeriodLastYear(period).code, missing)) {
      previous.set(a.indicatorCode, { value: n(a.value), target: n(a.target) });
    }
  }
  const editable = row.status === 'draft' || row.status === 'returned';
  const mayReport = reportRefusal(actor, unit) === null;
  const mayApprove = approveRefusal(actor, unit, row.submittedBy) === null;
  return {
    ...toSummary(summary!),
    rows: indicators.map(({ required, ...indicator }) => ({
      indicator,
      required,
      values: checked.values.filter((v) => v.indicatorCode === indicator.code).map(toValue),
      previousYear: previous.get(indicator.code) ?? null,
    })),
    issues: checked.issues,
    events: events.map((e) => ({ action: e.action, actorName: e.actorName, reason: e.reason, at: e.at.toISOString(), details: e.details ?? null })),
    can: {
      edit: editable && mayReport,
      submit: editable && mayReport,
      approve: row.status === 'submitted' && mayApprove,
      return: row.status === 'submitted' && mayApprove,
      reopen: row.status === 'approved' && approveRefusal(actor, unit, null) === null,
    },
  };
}
