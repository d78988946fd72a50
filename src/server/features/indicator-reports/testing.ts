import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/client.js';
import { dueDate, parsePeriod } from '../../../shared/indicators/periods.js';
import { indicatorReports, indicatorValues, indicators, reportFormIndicators, reportForms } from '../indicators/tables.js';

/*
 * Arranging indicator reports in tests: indicators, forms and reports are inserted straight into
 * the tables (the catalogue's own API is another feature's and not relied upon here).
 */

export type TestIndicator = Partial<typeof indicators.$inferInsert> & { code: string };

export async function insertIndicators(db: Db, list: TestIndicator[]) {
  await db
    .insert(indicators)
    .values(
      list.map((i, position) => ({
        nameVi: `Chỉ tiêu ${i.code}`,
        unit: 'người',
        valueType: 'count',
        domain: 'work',
        aggregation: 'sum',
        searchKey: i.code.toLowerCase(),
        position,
        ...i,
      })),
    )
    .onConflictDoNothing();
}

/** A form of the unit kind and frequency holding the indicators, in that order. */
export async function insertForm(
  db: Db,
  form: { unitKind: string; frequency: string; deadlineDays?: number; indicators: Array<{ code: string; required?: boolean }> },
): Promise<string> {
  const [row] = await db
    .insert(reportForms)
    .values({ code: `F_${randomBytes(4).toString('hex').toUpperCase()}`, name: `Biểu mẫu thử ${form.unitKind}`, unitKind: form.unitKind, frequency: form.frequency, deadlineDays: form.deadlineDays ?? 15 })
    .returning({ id: reportForms.id });
  await db.insert(reportFormIndicators).values(form.indicators.map((i, position) => ({ formId: row!.id, indicatorCode: i.code, position, required: i.required ?? false })));
  return row!.id;
}

export type TestValue = { indicatorCode: string; part?: string; value?: number | null; numerator?: number | null; denominator?: number | null; target?: number | null; comment?: string | null };

/** A report in any status, with values, as if it had been entered and moved through the workflow. */
export async function insertReport(
  db: Db,
  r: {
    formId: string;
    unitKind: string;
    unitCode: string;
    provinceCode: string | null;
    period: string;
    status?: string;
    submittedBy?: string | null;
    submittedAt?: Date | null;
    deadlineDays?: number;
    values?: TestValue[];
  },
) {
  const period = parsePeriod(r.period)!;
  const status = r.status ?? 'draft';
  const [row] = await db
    .insert(indicatorReports)
    .values({
      formId: r.formId,
      unitKind: r.unitKind,
      unitCode: r.unitCode,
      provinceCode: r.provinceCode,
      period: period.code,
      periodYear: period.year,
      periodEnd: period.end,
      dueDate: dueDate(period, r.deadlineDays ?? 15),
      status,
      submittedBy: r.submittedBy ?? null,
      submittedAt: r.submittedAt ?? (status === 'submitted' || status === 'approved' ? new Date() : null),
      approvedAt: status === 'approved' ? new Date() : null,
    })
    .returning();
  const str = (v: number | null | undefined) => (v === null || v === undefined ? null : String(v));
  if (r.values?.length) {
    await db.insert(indicatorValues).values(
      r.values.map((v) => ({
        reportId: row!.id,
        indicatorCode: v.indicatorCode,
        part: v.part ?? '',
        value: str(v.value),
        numerator: str(v.numerator),
        denominator: str(v.denominator),
        target: str(v.target),
        comment: v.comment ?? null,
      })),
    );
  }
  return row!;
}
