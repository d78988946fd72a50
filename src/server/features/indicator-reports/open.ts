import type { Db } from '../../db/client.js';
import { AppError, notFound } from '../../errors.js';
import type { ReportingUnitItem, ReportSummary } from '../../../shared/api/indicator-reports.js';
import type { ReportingUnitKind } from '../../../shared/api/indicators.js';
import { canReadUnit, reportRefusal } from '../../../shared/auth/indicator-access.js';
import { dueDate, hasStarted, parsePeriod, periodLabel } from '../../../shared/indicators/periods.js';
import { isNationalRole } from '../../../shared/auth/permissions.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/record.js';
import { indicatorReportEvents, indicatorReports } from '../indicators/tables.js';
import { findForm, findReportOfUnit, reportSummaryRow, type FormRow } from './queries.js';
import { todayInVietnam, toSummary, invalidField as invalid } from './report-access.js';
import { findUnit, listUnits, unitKindRefusal, unitKindsOfForm } from './units.js';


const frequencyNames: Record<string, string> = {
  month: 'hằng tháng (ví dụ 2024-M05)',
  quarter: 'hằng quý (ví dụ 2024-Q2)',
  ytd5: '5 tháng đầu năm (ví dụ 2024-YTD05)',
  ytd6: '6 tháng đầu năm (ví dụ 2024-YTD06)',
  ytd9: '9 tháng đầu năm (ví dụ 2024-YTD09)',
  year: 'hằng năm (ví dụ 2024)',
};

async function knownForm(db: Db, formId: string): Promise<FormRow> {
  const form = await findForm(db, formId);
  if (!form) throw invalid('formId', 'Biểu mẫu báo cáo không tồn tại.');
  return form;
}

/** The units the actor may read for a form, a page at a time, each saying whether the actor may report for it. */
export async function listReportingUnits(
  db: Db,
  actor: Actor,
  query: { formId: string; q?: string; provinceCode?: string; period?: string; page: number; pageSize: number },
): Promise<{ items: ReportingUnitItem[]; total: number }> {
  const form = await knownForm(db, query.formId);
  const period = query.period ? parsePeriod(query.period) : null;
  const kinds = unitKindsOfForm(form.unitKind, period);
  // A provincial account reads only its province's units (and the national one).
  const provinceCode = isNationalRole(actor.role) ? query.provinceCode : actor.provinceCode ?? '__none__';
  if (!isNationalRole(actor.role) && query.provinceCode && query.provinceCode !== actor.provinceCode) return { items: [], total: 0 };
  const national = form.unitKind === 'national';
  const page = await listUnits(db, { kinds, provinceCode: national ? null : provinceCode, q: query.q }, query);
  return {
    total: page.total,
    items: page.items.filter((u) => canReadUnit(actor, u)).map((u) => ({ ...u, reportRefusal: reportRefusal(actor, u) })),
  };
}

/**
 * Opens a unit's report of a form for a period: creates the draft if there is none (created:
 * true) or returns the one there is. Checks the form, the unit, that the unit reports the form,
 * the period's shape and that it has started, then who may report (404 when the unit is not
 * even readable).
 */
export async function openReport(
  db: Db,
  actor: Actor,
  input: { formId: string; unitKind: ReportingUnitKind; unitCode: string; period: string },
): Promise<{ created: boolean; report: ReportSummary }> {
  const form = await knownForm(db, input.formId);
  const period = parsePeriod(input.period);
  if (!period) throw invalid('period', 'Kỳ báo cáo không hợp lệ.');
  const unit = await findUnit(db, input.unitKind, input.unitCode);
  if (!unit) throw invalid('unitCode', `Không có đơn vị báo cáo mã ${input.unitCode} (loại ${input.unitKind}).`);
  const kindRefusal = unitKindRefusal(form.unitKind, input.unitKind, period);
  if (kindRefusal) throw invalid('unitKind', kindRefusal);
  if (period.frequency !== form.frequency) {
    throw invalid('period', `Biểu mẫu "${form.name}" báo cáo ${frequencyNames[form.frequency] ?? form.frequency}; kỳ ${input.period} không phù hợp.`);
  }
  if (!hasStarted(period, todayInVietnam())) throw invalid('period', `Kỳ báo cáo chưa bắt đầu: ${periodLabel(period)} bắt đầu từ ngày ${period.start.split('-').reverse().join('/')}.`);
  if (!canReadUnit(actor, unit)) throw notFound('Đơn vị báo cáo');
  const refusal = reportRefusal(actor, unit);
  if (refusal) throw new AppError('FORBIDDEN', refusal);

  const existing = await findReportOfUnit(db, form.id, unit.unitKind, unit.unitCode, period.code);
  if (existing) return { created: false, report: toSummary((await reportSummaryRow(db, existing.id))!) };

  const id = await db.transaction(async (tx) => {
    const inserted = await tx
      .insert(indicatorReports)
      .values({
        formId: form.id,
        unitKind: unit.unitKind,
        unitCode: unit.unitCode,
        provinceCode: unit.provinceCode,
        period: period.code,
        periodYear: period.year,
        periodEnd: period.end,
        dueDate: dueDate(period, form.deadlineDays),
        createdBy: actor.id,
      })
      // Two people opening the same empty report at once: the second gets the first's draft.
      .onConflictDoNothing()
      .returning({ id: indicatorReports.id });
    if (!inserted[0]) return null;
    const reportId = inserted[0].id;
    await tx.insert(indicatorReportEvents).values({ reportId, action: 'created', actorId: actor.id, actorName: actor.fullName });
    await recordAudit(tx, actor, {
      action: 'create',
      entityType: 'indicator_report',
      entityId: reportId,
      provinceCode: unit.provinceCode,
      after: { formId: form.id, unitKind: unit.unitKind, unitCode: unit.unitCode, period: period.code },
    });
    return reportId;
  });
  if (id === null) {
    const raced = await findReportOfUnit(db, form.id, unit.unitKind, unit.unitCode, period.code);
    return { created: false, report: toSummary((await reportSummaryRow(db, raced!.id))!) };
  }
  return { created: true, report: toSummary((await reportSummaryRow(db, id))!) };
}
