import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { queryRows } from '../../db/query-rows.js';
import type { Indicator } from '../../../shared/api/indicators.js';
import type { ValidationIndicator } from '../../../shared/indicators/validation.js';
import { toIndicator } from '../indicators/to-indicator.js';
import {
  indicatorAggregates,
  indicatorImports,
  indicatorReportEvents,
  indicatorReports,
  indicatorRules,
  indicatorValues,
  indicators,
  reportFormIndicators,
  reportForms,
} from '../indicators/tables.js';
import { unitsRelation } from './units.js';

/*
 * Plain reads and writes of indicator reports. The catalogue tables are read directly (the
 * catalogue feature's service is written alongside this one and not depended upon).
 */

export type FormRow = typeof reportForms.$inferSelect;
export type ReportRow = typeof indicatorReports.$inferSelect;
export type ValueRow = typeof indicatorValues.$inferSelect;
export type FormIndicator = Indicator & { required: boolean };

export async function findForm(db: Db, formId: string): Promise<FormRow | undefined> {
  const rows = await db.select().from(reportForms).where(eq(reportForms.id, formId)).limit(1);
  return rows[0];
}

/** The form's indicators in the form's order. */
export async function formIndicators(db: Db, formId: string): Promise<FormIndicator[]> {
  const rows = await db
    .select({ indicator: indicators, required: reportFormIndicators.required })
    .from(reportFormIndicators)
    .innerJoin(indicators, eq(indicators.code, reportFormIndicators.indicatorCode))
    .where(eq(reportFormIndicators.formId, formId))
    .orderBy(asc(reportFormIndicators.position), asc(indicators.position), asc(indicators.code));
  return rows.map((r) => ({ ...toIndicator(r.indicator), required: r.required }));
}

/**
 * The form's indicators with only what the checks read: half the time of the full rows on
 * PGlite, which matters on every save of the grid.
 */
export async function checkedIndicators(db: Db, formId: string): Promise<ValidationIndicator[]> {
  const rows = await queryRows<{ code: string; name_vi: string; value_type: string; decimals: number; max_value: string | null; ratio_scale: number; disaggregations: string[]; required: boolean }>(
    db,
    sql`select i.code, i.name_vi, i.value_type, i.decimals, i.max_value, i.ratio_scale, i.disaggregations, f.required
        from ${reportFormIndicators} f join ${indicators} i on i.code = f.indicator_code
        where f.form_id = ${formId} order by f.position, i.position, i.code`,
  );
  return rows.map((r) => ({
    code: r.code,
    nameVi: r.name_vi,
    valueType: r.value_type as Indicator['valueType'],
    decimals: Number(r.decimals),
    maxValue: r.max_value === null ? null : Number(r.max_value),
    ratioScale: Number(r.ratio_scale),
    disaggregations: (r.disaggregations ?? []) as Indicator['disaggregations'],
    required: r.required,
  }));
}

/** Rules whose two indicators are both on the form (one parameter, not the form's codes twice: this runs on every save). */
export async function rulesOfForm(db: Db, formId: string) {
  const onForm = sql`(select indicator_code from ${reportFormIndicators} where form_id = ${formId})`;
  const rows = await db
    .select()
    .from(indicatorRules)
    .where(and(sql`${indicatorRules.leftCode} in ${onForm}`, sql`${indicatorRules.rightCode} in ${onForm}`));
  return rows.map((r) => ({
    leftCode: r.leftCode,
    operator: r.operator as '<=' | '<' | '=' | '>=' | '>',
    rightCode: r.rightCode,
    factor: Number(r.factor),
    severity: r.severity as 'error' | 'warning',
    message: r.message,
  }));
}

export async function findReport(db: Db, id: string): Promise<ReportRow | undefined> {
  const rows = await db.select().from(indicatorReports).where(eq(indicatorReports.id, id)).limit(1);
  return rows[0];
}

/** The report row under a row lock, for a change that must not race another (two approvers, two saves). */
export async function lockReport(db: Db, id: string): Promise<ReportRow | undefined> {
  const rows = await db.select().from(indicatorReports).where(eq(indicatorReports.id, id)).for('update');
  return rows[0];
}

export async function findReportOfUnit(db: Db, formId: string, unitKind: string, unitCode: string, period: string): Promise<ReportRow | undefined> {
  const rows = await db
    .select()
    .from(indicatorReports)
    .where(and(eq(indicatorReports.formId, formId), eq(indicatorReports.unitKind, unitKind), eq(indicatorReports.unitCode, unitCode), eq(indicatorReports.period, period)))
    .limit(1);
  return rows[0];
}

/** A report's values; an imported value's `source` is read from its import (`importSource`). */
export async function valuesOf(db: Db, reportId: string): Promise<ValueRow[]> {
  const rows = await db
    .select({ value: indicatorValues, imported: indicatorImports })
    .from(indicatorValues)
    .leftJoin(indicatorImports, eq(indicatorImports.id, indicatorValues.importId))
    .where(eq(indicatorValues.reportId, reportId))
    .orderBy(asc(indicatorValues.indicatorCode), asc(indicatorValues.part));
  return rows.map(({ value, imported }) => ({ ...value, source: value.source ?? (imported ? importSource(imported) : null) }));
}

/** What a value written by an import says of its source: the same shape a value once kept itself. */
export const importSource = (i: typeof indicatorImports.$inferSelect): Record<string, unknown> => ({
  kind: 'import',
  fileKind: i.fileKind,
  fileName: i.fileName,
  at: i.at.toISOString(),
  importId: i.id,
  by: i.actorName,
});

export async function eventsOf(db: Db, reportId: string) {
  return db.select().from(indicatorReportEvents).where(eq(indicatorReportEvents.reportId, reportId)).orderBy(asc(indicatorReportEvents.at));
}

/**
 * The same unit's totals of the given period (any form), per indicator: what "cùng kỳ năm
 * trước" compares against.
 */
export async function totalsOfUnitPeriod(db: Db, unitKind: string, unitCode: string, period: string, codes: string[]) {
  if (!codes.length) return [];
  return db
    .select({ indicatorCode: indicatorValues.indicatorCode, value: indicatorValues.value, numerator: indicatorValues.numerator, denominator: indicatorValues.denominator, target: indicatorValues.target })
    .from(indicatorValues)
    .innerJoin(indicatorReports, eq(indicatorReports.id, indicatorValues.reportId))
    .where(
      and(
        eq(indicatorReports.unitKind, unitKind),
        eq(indicatorReports.unitCode, unitCode),
        eq(indicatorReports.period, period),
        eq(indicatorValues.part, ''),
        inArray(indicatorValues.indicatorCode, codes),
      ),
    )
    .orderBy(desc(indicatorReports.updatedAt));
}

/**
 * The unit's totals of earlier periods of the same frequency (period codes of the same shape,
 * before this one), most recent first, at most `limit` per indicator of the form: the outlier check's history.
 */
export async function historyOfUnit(db: Db, unitKind: string, unitCode: string, period: string, periodPattern: string, formId: string, limit = 4) {
  // One text row (`code:v1,v2,…;code:…`) rather than a row per value: every save of the grid
  // runs this, and PGlite's cost is per row returned (200 rows took ten times a 50-row read).
  // Codes are [A-Z0-9_.-] and values plain numbers, so neither separator can occur in them.
  const [row] = await queryRows<{ history: string | null }>(
    db,
    sql`select string_agg(h.indicator_code || ':' || array_to_string((h.vals)[1:${limit}::int], ','), ';') as history from (
          select v.indicator_code,
            array_agg(coalesce(v.value, case when v.denominator <> 0 then v.numerator / v.denominator * i.ratio_scale end) order by r.period desc) as vals
          from ${indicatorValues} v
          join ${indicatorReports} r on r.id = v.report_id
          join ${indicators} i on i.code = v.indicator_code
          where r.unit_kind = ${unitKind} and r.unit_code = ${unitCode} and r.period < ${period} and r.period like ${periodPattern}
            and v.part = '' and v.indicator_code in (select indicator_code from ${reportFormIndicators} where form_id = ${formId})
            and (v.value is not null or (v.numerator is not null and v.denominator <> 0))
          group by v.indicator_code
        ) h`,
  );
  const history: Record<string, number[]> = {};
  for (const entry of row?.history ? row.history.split(';') : []) {
    const at = entry.indexOf(':');
    history[entry.slice(0, at)] = entry.slice(at + 1).split(',').map(Number);
  }
  return history;
}

export type ReportListRow = {
  id: string;
  form_id: string;
  form_code: string;
  form_name: string;
  unit_kind: string;
  unit_code: string;
  unit_name: string | null;
  province_code: string | null;
  period: string;
  due_date: string;
  status: string;
  version: number;
  submitted_at: string | Date | null;
  approved_at: string | Date | null;
  last_reason: string | null;
  updated_at: string | Date;
};

/** The summary columns of reports with their form's and unit's names, filtered by `where` (over `r`). */
export function reportSummarySql(where: SQL): SQL {
  return sql`
    select r.id, r.form_id, f.code as form_code, f.name as form_name, r.unit_kind, r.unit_code, u.unit_name, r.province_code, r.period,
      r.due_date::text as due_date, r.status, r.version, r.submitted_at, r.approved_at, r.last_reason, r.updated_at
    from ${indicatorReports} r
    join ${reportForms} f on f.id = r.form_id
    left join (${unitsRelation(['national', 'province', 'legacy_province', 'commune', 'agency'])}) u on u.unit_kind = r.unit_kind and u.unit_code = r.unit_code
    where ${where}`;
}

const listOrders = {
  updated: sql`r.updated_at desc, r.id`,
  period: sql`r.period desc, r.unit_kind, r.unit_code, r.id`,
  due: sql`r.due_date, r.unit_kind, r.unit_code, r.id`,
} as const;

export async function listReportRows(db: Db, where: SQL, page: { page: number; pageSize: number; sort?: keyof typeof listOrders }) {
  const order = listOrders[page.sort ?? 'updated'];
  const [rows, totals] = await Promise.all([
    queryRows<ReportListRow>(db, sql`${reportSummarySql(where)} order by ${order} limit ${page.pageSize} offset ${(page.page - 1) * page.pageSize}`),
    queryRows<{ total: number }>(db, sql`select count(*)::int as total from ${indicatorReports} r where ${where}`),
  ]);
  return { rows, total: Number(totals[0]?.total ?? 0) };
}

export async function reportSummaryRow(db: Db, id: string): Promise<ReportListRow | undefined> {
  const rows = await queryRows<ReportListRow>(db, reportSummarySql(sql`r.id = ${id}`));
  return rows[0];
}

/**
 * A province's rolled-up totals of a period (submitted and approved reports, old provinces merged
 * into it included): last year's figures of a province whose earlier periods were reported by
 * the old provinces it was formed from.
 */
export async function provinceAggregatesOf(db: Db, provinceCode: string, period: string, codes: string[]) {
  if (!codes.length) return [];
  return db
    .select({ indicatorCode: indicatorAggregates.indicatorCode, value: indicatorAggregates.value, target: indicatorAggregates.target })
    .from(indicatorAggregates)
    .where(
      and(
        eq(indicatorAggregates.stage, 'submitted'),
        eq(indicatorAggregates.provinceCode, provinceCode),
        eq(indicatorAggregates.period, period),
        inArray(indicatorAggregates.indicatorCode, codes),
      ),
    );
}
