import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { dueDate, parsePeriod } from '../../../shared/indicators/periods.js';
import { refreshProvinceAggregates } from '../indicators/aggregates.js';
import { indicatorReports, indicatorValues, indicators, reportForms } from '../indicators/tables.js';

/*
 * Arranging dashboard tests: catalogue entries, a form and province reports inserted straight
 * into the tables, then the aggregates refreshed as the workflow would in its transaction.
 */

export type DashboardTestIndicator = Partial<typeof indicators.$inferInsert> & { code: string };

export async function addIndicators(db: Db, list: DashboardTestIndicator[]) {
  await db
    .insert(indicators)
    .values(list.map((i, position) => ({ nameVi: `Chỉ tiêu ${i.code}`, unit: 'người', valueType: 'count', domain: 'work', aggregation: 'sum', searchKey: i.code.toLowerCase(), position, ...i })))
    .onConflictDoNothing();
}

export async function addProvinceForm(db: Db, frequency = 'year'): Promise<string> {
  const [row] = await db
    .insert(reportForms)
    .values({ code: `DB_${randomBytes(4).toString('hex').toUpperCase()}`, name: 'Biểu mẫu thử của tỉnh', unitKind: 'province', frequency })
    .returning({ id: reportForms.id });
  return row!.id;
}

export type DashboardTestValue = { code: string; value?: number | null; numerator?: number | null; denominator?: number | null; target?: number | null };

/** A province (or old province) report in the status given, with its totals, and the aggregates refreshed. */
export async function addProvinceReport(
  db: Db,
  r: { formId: string; unitKind?: 'province' | 'legacy_province'; unitCode?: string; provinceCode: string; period: string; status: string; approvedAt?: Date; values: DashboardTestValue[] },
): Promise<string> {
  const period = parsePeriod(r.period)!;
  const [report] = await db
    .insert(indicatorReports)
    .values({
      formId: r.formId,
      unitKind: r.unitKind ?? 'province',
      unitCode: r.unitCode ?? r.provinceCode,
      provinceCode: r.provinceCode,
      period: period.code,
      periodYear: period.year,
      periodEnd: period.end,
      dueDate: dueDate(period, 15),
      status: r.status,
      approvedAt: r.status === 'approved' ? (r.approvedAt ?? new Date()) : null,
    })
    .returning({ id: indicatorReports.id });
  if (r.values.length) {
    await db.insert(indicatorValues).values(
      r.values.map((v) => ({
        reportId: report!.id,
        indicatorCode: v.code,
        value: v.value == null ? null : String(v.value),
        numerator: v.numerator == null ? null : String(v.numerator),
        denominator: v.denominator == null ? null : String(v.denominator),
        target: v.target == null ? null : String(v.target),
      })),
    );
  }
  await refreshProvinceAggregates(db, r.provinceCode, period.code);
  return report!.id;
}

/** Moves a report to another status and refreshes its province-period, as the workflow does. */
export async function setReportStatus(db: Db, reportId: string, status: string) {
  const rows = (await db.execute(
    sql`update ${indicatorReports} set status = ${status}, approved_at = ${status === 'approved' ? new Date().toISOString() : null} where id = ${reportId} returning province_code, period`,
  )) as unknown as { rows: Array<{ province_code: string; period: string }> };
  const row = rows.rows[0]!;
  await refreshProvinceAggregates(db, row.province_code, row.period);
}
