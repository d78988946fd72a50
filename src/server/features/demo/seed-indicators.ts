import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { dueDate, parsePeriod } from '../../../shared/indicators/periods.js';
import type { ReportingUnitKind } from '../../../shared/api/indicators.js';
import type { Actor } from '../auth/actor.js';
import { legacyProvinces, provinces } from '../admin-units/tables.js';
import { refreshProvinceAggregates } from '../indicators/aggregates.js';
import { installStarterCatalogue } from '../indicators/starter-catalogue.js';
import { indicatorReportEvents, indicatorReports, indicatorValues, reportFormIndicators, reportForms } from '../indicators/tables.js';
import { demoIndicatorFigures, demoPeriods, demoProvinces, illustrativeValues, type DemoValue } from './indicator-figures.js';
import { provinceReformDay } from '../../../shared/admin-units/reform-day.js';

/** Who the demo reports' history names. */
export const demoActorName = 'Dữ liệu mẫu';
/** Provinces merged on this day; a figure of an earlier period belongs to the old province. */
const mergerDay = provinceReformDay;

type DemoUnit = { unitKind: ReportingUnitKind; unitCode: string; provinceCode: string };

/**
 * Writes one approved report with its values and an 'approved' event, unless the unit already
 * has a report of that form and period (then nothing is touched: the demo never overwrites).
 */
async function writeApprovedReport(tx: Db, actor: Actor, unit: DemoUnit, formCode: string, periodCode: string, values: DemoValue[], source: Record<string, unknown>) {
  const period = parsePeriod(periodCode);
  if (!period) throw new Error(`demo data: bad period ${periodCode}`);
  const [form] = await tx.select().from(reportForms).where(eq(reportForms.code, formCode));
  if (!form) throw new Error(`demo data: no report form ${formCode}`);
  const onForm = new Set(
    (await tx.select({ code: reportFormIndicators.indicatorCode }).from(reportFormIndicators).where(eq(reportFormIndicators.formId, form.id))).map((r) => r.code),
  );
  const due = dueDate(period, form.deadlineDays);
  const approvedAt = new Date(`${due}T09:00:00+07:00`);
  const [report] = await tx
    .insert(indicatorReports)
    .values({
      formId: form.id,
      ...unit,
      period: period.code,
      periodYear: period.year,
      periodEnd: period.end,
      dueDate: due,
      status: 'approved',
      submittedAt: approvedAt,
      approvedAt,
      createdAt: approvedAt,
      updatedAt: approvedAt,
    })
    .onConflictDoNothing()
    .returning({ id: indicatorReports.id });
  if (!report) return false;
  const rows = values.filter((v) => onForm.has(v.indicator));
  await tx.insert(indicatorValues).values(
    rows.map((v) => ({
      reportId: report.id,
      indicatorCode: v.indicator,
      value: String(v.value),
      numerator: v.numerator === undefined ? null : String(v.numerator),
      denominator: v.denominator === undefined ? null : String(v.denominator),
      target: v.target === undefined ? null : String(v.target),
      comment: v.comment ?? null,
      source,
      updatedBy: null,
      updatedAt: approvedAt,
    })),
  );
  await tx.insert(indicatorReportEvents).values({ reportId: report.id, action: 'approved', actorId: null, actorName: demoActorName, details: { ...source, by: actor.email }, at: approvedAt });
  return true;
}

/**
 * The units that report a province's figures for a period: the province itself from 1 July 2025
 * (and for a province no merger touched), else each old province merged into it.
 */
async function unitsOf(db: Db, provinceCode: string, periodEnd: string): Promise<Array<DemoUnit & { share: number }>> {
  const olds = await db.select({ code: legacyProvinces.code }).from(legacyProvinces).where(eq(legacyProvinces.successorCode, provinceCode));
  const merged = olds.length > 1 || (olds.length === 1 && olds[0]!.code !== provinceCode);
  if (periodEnd >= mergerDay || !merged) return [{ unitKind: 'province', unitCode: provinceCode, provinceCode, share: 1 }];
  return olds.map((o) => ({ unitKind: 'legacy_province' as const, unitCode: o.code, provinceCode, share: 1 / olds.length }));
}

/**
 * Demo indicator reports, all approved: the seed articles' figures under their old provinces and
 * periods, and illustrative figures for a few provinces and periods (marked as such in each
 * comment). Installs the starter catalogue first. Idempotent: a unit's report of a form and
 * period already there is left alone. Each province-period's dashboard aggregates are refreshed.
 */
export async function seedDemoIndicators(db: Db, actor: Actor): Promise<{ created: number; skipped: number }> {
  await installStarterCatalogue(db);
  let created = 0;
  let skipped = 0;
  const touched = new Set<string>();
  const count = (written: boolean, provinceCode: string, period: string) => {
    if (written) {
      created++;
      touched.add(`${provinceCode}|${period}`);
    } else skipped++;
  };
  await db.transaction(async (tx) => {
    for (const report of demoIndicatorFigures.reports) {
      const [old] = await tx.select().from(legacyProvinces).where(eq(legacyProvinces.code, report.legacyProvinceCode));
      if (!old) throw new Error(`demo data: no old province ${report.legacyProvinceCode}`);
      const unit: DemoUnit = { unitKind: 'legacy_province', unitCode: old.code, provinceCode: old.successorCode };
      const source = { kind: 'demo', seedFile: report.seedFile };
      count(await writeApprovedReport(tx, actor, unit, report.form, report.period, report.values, source), unit.provinceCode, report.period);
    }
    const present = new Set((await tx.select({ code: provinces.code }).from(provinces).where(inArray(provinces.code, demoProvinces))).map((p) => p.code));
    for (const provinceCode of demoProvinces.filter((c) => present.has(c))) {
      for (const { period, form } of demoPeriods) {
        const p = parsePeriod(period)!;
        for (const unit of await unitsOf(tx, provinceCode, p.end)) {
          const values = illustrativeValues(unit.unitCode, period, unit.share * (0.6 + (Number(provinceCode) % 7) / 5), p.frequency !== 'year');
          const { share: _s, ...where } = unit;
          count(await writeApprovedReport(tx, actor, where, form, period, values, { kind: 'demo' }), provinceCode, period);
        }
      }
    }
    for (const key of touched) {
      const [provinceCode, period] = key.split('|') as [string, string];
      await refreshProvinceAggregates(tx, provinceCode, period);
    }
  });
  return { created, skipped };
}

