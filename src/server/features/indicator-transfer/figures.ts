import { and, eq, inArray, sql } from 'drizzle-orm';
import type { ReportedFigure, SendFiguresBody } from '../../../shared/api/indicator-transfer.js';
import type { IndicatorImportResult } from '../../../shared/api/indicator-transfer.js';
import { isNationalRole } from '../../../shared/auth/permissions.js';
import { reportRefusal } from '../../../shared/auth/indicator-access.js';
import { figuresUnit, type FiguresUnitProblem } from '../../../shared/indicators/figures-unit.js';
import type { Db } from '../../db/client.js';
import { queryRows } from '../../db/query-rows.js';
import { AppError, notFound } from '../../errors.js';
import { legacyProvinces, provinces } from '../admin-units/tables.js';
import { conferences } from '../conferences/tables.js';
import type { Actor } from '../auth/actor.js';
import { indicators, indicatorValues } from '../indicators/tables.js';
import { intakeDocuments, reportedFigures } from '../intake/tables.js';
import { valueTypeProblem } from './cell-numbers.js';
import { loadForm, partsOf } from './form-rows.js';
import { importResult } from './import-common.js';
import { toArray } from '../../db/sql-array.js';
import { prepareCatalogue, suggestIndicator } from './suggest-indicator.js';
import { resolveTargets, targetKey } from './targets.js';
import { recordImportEvents } from './write-values.js';

type Evidence = { spans?: { start: number; end: number }[] };

/** The sentence of the article that states the figure, from its first evidence span. */
function quoteOf(text: string | null, evidence: Record<string, Evidence>): string | null {
  const span = Object.values(evidence).flatMap((e) => e.spans ?? [])[0];
  if (!text || !span) return null;
  const from = Math.max(text.lastIndexOf('.', span.start - 1) + 1, text.lastIndexOf('\n', span.start - 1) + 1, span.start - 200);
  const stops = ['.', '\n'].map((c) => text.indexOf(c, span.end)).filter((i) => i >= 0);
  const to = Math.min(stops.length ? Math.min(...stops) + 1 : text.length, span.end + 200);
  return text.slice(from, to).trim();
}

/**
 * Figures go into a province's (or an old province's) report: only those who report for a
 * province map them (national administrators, a province's secretariat), not agency reporters.
 */
export function requireProvinceReporter(actor: Actor): void {
  const refusal = reportRefusal(actor, { unitKind: 'province', unitCode: actor.provinceCode ?? '', provinceCode: actor.provinceCode });
  if (refusal) throw new AppError('FORBIDDEN', `${refusal} Số liệu từ tài liệu được đưa vào báo cáo của tỉnh.`);
}

/** Figures a person may see: everyone's for the national roles, their province's for the others. */
const visible = (actor: Actor) => (isNationalRole(actor.role) ? undefined : actor.provinceCode ? eq(reportedFigures.provinceCode, actor.provinceCode) : sql`false`);

async function figuresWhere(db: Db, actor: Actor, where: ReturnType<typeof eq>) {
  return db
    .select({
      id: reportedFigures.id,
      documentId: reportedFigures.documentId,
      documentName: intakeDocuments.fileName,
      sourceText: intakeDocuments.sourceText,
      conferenceId: reportedFigures.conferenceId,
      provinceCode: reportedFigures.provinceCode,
      provinceName: provinces.fullName,
      legacyProvinceCode: legacyProvinces.code,
      legacyProvinceName: legacyProvinces.fullName,
      label: reportedFigures.label,
      value: reportedFigures.value,
      unit: reportedFigures.unit,
      target: reportedFigures.target,
      period: reportedFigures.period,
      evidence: reportedFigures.evidence,
    })
    .from(reportedFigures)
    .innerJoin(intakeDocuments, eq(intakeDocuments.id, reportedFigures.documentId))
    .leftJoin(provinces, eq(provinces.code, reportedFigures.provinceCode))
    .leftJoin(conferences, eq(conferences.id, reportedFigures.conferenceId))
    // The old province a figure was reported under: where its conference was held, or the only
    // old province its current one was formed from (none when it was formed from several).
    .leftJoin(
      legacyProvinces,
      and(
        eq(legacyProvinces.successorCode, reportedFigures.provinceCode),
        sql`${legacyProvinces.code} = coalesce(${conferences.legacyProvinceCode},
          (select min(l.code) from legacy_provinces l where l.successor_code = ${reportedFigures.provinceCode} having count(*) = 1))`,
      ),
    )
    .where(and(where, visible(actor)))
    .orderBy(reportedFigures.documentId, reportedFigures.position);
}

/**
 * The figures intake saved with a conference or a document, each with the catalogue indicator it
 * most likely is and the reports it was already sent into. Another province's figures are not
 * shown (404 when nothing is visible for the id asked).
 */
export async function listReportedFigures(db: Db, actor: Actor, query: { conferenceId?: string; documentId?: string }): Promise<{ items: ReportedFigure[] }> {
  requireProvinceReporter(actor);
  const where = query.documentId ? eq(reportedFigures.documentId, query.documentId) : eq(reportedFigures.conferenceId, query.conferenceId!);
  const rows = await figuresWhere(db, actor, where);
  if (rows.length === 0) {
    const exists = await db.select({ id: reportedFigures.id }).from(reportedFigures).where(where).limit(1);
    if (exists.length) throw notFound('Tài liệu');
  }
  const catalogue = prepareCatalogue(await db.select({ code: indicators.code, nameVi: indicators.nameVi, unit: indicators.unit, valueType: indicators.valueType }).from(indicators).where(eq(indicators.active, true)));
  const sent = rows.length
    ? await queryRows<{ figure_id: string; report_id: string; indicator_code: string; period: string }>(
        db,
        sql`select v.source->>'figureId' as figure_id, v.report_id, v.indicator_code, r.period
            from indicator_reports r join indicator_values v on v.report_id = r.id
            where r.province_code = any(${toArray([...new Set(rows.map((r) => r.provinceCode ?? ''))])}::text[])
              and v.source->>'kind' = 'intake' and v.source->>'figureId' = any(${toArray(rows.map((r) => r.id))}::text[])`,
      )
    : [];
  return {
    items: rows.map((r) => ({
      id: r.id,
      documentId: r.documentId,
      documentName: r.documentName,
      conferenceId: r.conferenceId,
      provinceCode: r.provinceCode,
      provinceName: r.provinceName,
      legacyProvinceCode: r.legacyProvinceCode,
      legacyProvinceName: r.legacyProvinceName,
      label: r.label,
      value: r.value,
      unit: r.unit,
      target: r.target,
      period: r.period,
      quote: quoteOf(r.sourceText, r.evidence as Record<string, Evidence>),
      suggestion: suggestIndicator(r.label, r.unit, catalogue),
      sentTo: sent.filter((s) => s.figure_id === r.id).map((s) => ({ reportId: s.report_id, indicatorCode: s.indicator_code, period: s.period })),
    })),
  };
}

const unitProblems: Record<FiguresUnitProblem, string> = {
  mixed: 'Các số liệu không cùng một tỉnh; hãy chọn đơn vị nhận.',
  legacyUnknown: 'Kỳ kết thúc trước ngày 01/07/2025 được báo cáo theo tỉnh cũ, nhưng không rõ số liệu thuộc tỉnh cũ nào; hãy chọn tỉnh cũ nhận số liệu.',
  noProvince: 'Số liệu chưa gắn với tỉnh nào; hãy chọn đơn vị nhận.',
};

/**
 * Sends mapped figures into a province's draft of a form for a period (created if missing,
 * with the same checks as any import), each value keeping its source: the intake document, the
 * figure and its evidence. Without a unit named, the figures go to the unit of the period
 * (`figuresUnit`): their old province for a period ending before 1 July 2025, their current
 * province after; the actor must be allowed to report for it (`reportRefusal`, in `resolveTargets`).
 * All of them or none: a figure not visible, an indicator not in the form, or a value its
 * indicator cannot take refuses the whole request, naming the mapping.
 */
export async function sendFigures(db: Db, actor: Actor, input: SendFiguresBody): Promise<IndicatorImportResult> {
  requireProvinceReporter(actor);
  const form = await loadForm(db, input.formId);
  const ids = [...new Set(input.mappings.map((m) => m.figureId))];
  const figures = new Map(
    (await figuresWhere(db, actor, inArray(reportedFigures.id, ids) as ReturnType<typeof eq>)).map((f) => [f.id, f]),
  );
  const errors: { path: string; message: string }[] = [];
  input.mappings.forEach((m, i) => {
    const f = figures.get(m.figureId);
    const indicator = form.byCode.get(m.indicatorCode.toUpperCase());
    if (!f) errors.push({ path: `mappings.${i}.figureId`, message: 'Số liệu không tồn tại hoặc bạn không có quyền xem.' });
    else if (!indicator) errors.push({ path: `mappings.${i}.indicatorCode`, message: `Chỉ tiêu ${m.indicatorCode} không có trong biểu mẫu ${form.code}.` });
    else if (!partsOf(indicator).includes(m.part ?? '')) errors.push({ path: `mappings.${i}.part`, message: `Chỉ tiêu ${indicator.code} không có phân tổ này.` });
    else {
      const problem = valueTypeProblem(f.value, indicator);
      if (problem) errors.push({ path: `mappings.${i}.indicatorCode`, message: `“${f.label}” = ${String(f.value).replace('.', ',')}: ${problem}` });
    }
  });
  const keys = new Set(input.mappings.map((m) => `${m.indicatorCode.toUpperCase()}|${m.part ?? ''}`));
  if (keys.size < input.mappings.length) errors.push({ path: 'mappings', message: 'Hai số liệu được gán cho cùng một chỉ tiêu; mỗi chỉ tiêu chỉ nhận một giá trị.' });
  const chosen = input.unitCode ? { unit: { unitKind: input.unitKind ?? 'province', unitCode: input.unitCode } } : figuresUnit(input.period, [...figures.values()]);
  if ('problem' in chosen && figures.size) errors.push({ path: 'unitCode', message: unitProblems[chosen.problem] });
  if (errors.length) throw new AppError('VALIDATION', errors.map((e) => e.message).join(' '), { errors });
  const { unitKind, unitCode } = (chosen as Extract<typeof chosen, { unit: unknown }>).unit;

  return db.transaction(async (tx) => {
    const key = { unitKind, unitCode, period: input.period };
    const { targets, refusals } = await resolveTargets(tx, actor, form, [key]);
    const refusal = refusals.get(targetKey(key));
    if (refusal) throw new AppError(refusal.forbidden ? 'FORBIDDEN' : 'VALIDATION', refusal.message, { errors: [{ path: refusal.on === 'period' ? 'period' : 'unitCode', message: refusal.message }] });
    const target = targets.get(targetKey(key))!;
    for (const m of input.mappings) {
      const f = figures.get(m.figureId)!;
      const source = { kind: 'intake', documentId: f.documentId, figureId: f.id, conferenceId: f.conferenceId, label: f.label, evidence: f.evidence, quote: quoteOf(f.sourceText, f.evidence as Record<string, Evidence>) };
      const row = { value: String(f.value), target: f.target === null ? null : String(f.target), source, updatedBy: actor.id, updatedAt: new Date() };
      await tx
        .insert(indicatorValues)
        .values({ reportId: target.reportId, indicatorCode: m.indicatorCode.toUpperCase(), part: m.part ?? '', ...row })
        .onConflictDoUpdate({ target: [indicatorValues.reportId, indicatorValues.indicatorCode, indicatorValues.part], set: row });
    }
    const counts = new Map([[target.reportId, input.mappings.length]]);
    await recordImportEvents(tx, actor, counts, { via: 'intake', documents: [...new Set([...figures.values()].map((f) => f.documentId))] });
    return importResult('intake', form, [target], counts);
  });
}

