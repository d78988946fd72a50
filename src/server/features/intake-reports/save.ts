import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import {
  defaultReportItemKind,
  reportDueDateIssue,
  reportItemDate,
  reportItemNature,
  type IntakeReportSaveResult,
  type saveRecommendationsSchema,
  type saveReportSchema,
} from '../../../shared/api/intake-reports.js';
import { editRefusal } from '../../../shared/auth/followup-access.js';
import { isNationalRole } from '../../../shared/auth/permissions.js';
import type { Db } from '../../db/client.js';
import { AppError, type FieldIssue } from '../../errors.js';
import { recordAudit } from '../audit/record.js';
import type { Actor } from '../auth/actor.js';
import { assertFollowupReferences, emptyFollowupFields, insertFollowupItems, type FollowupItemWrite } from '../followup/write-item.js';
import { duplicateKey, existingKeys } from '../followup-transfer/duplicates.js';
import { romanCycle } from '../followup-transfer/lexicon.js';
import { commitImport } from '../followup-transfer/service.js';
import { valueTypeProblem } from '../indicator-transfer/cell-numbers.js';
import { partsOf } from '../indicator-transfer/form-rows.js';
import { resolveTargets, targetKey } from '../indicator-transfer/targets.js';
import { recordImportEvents } from '../indicator-transfer/write-values.js';
import { indicatorValues } from '../indicators/tables.js';
import { todayInVietnam } from '../indicator-reports/report-access.js';
import { loadVisibleReport, type IntakeReportRow } from './documents.js';
import { assertMayUpload, formFor } from './service.js';
import { intakeReportDocuments } from './tables.js';

const invalid = (errors: FieldIssue[]) => new AppError('VALIDATION', errors.slice(0, 5).map((e) => e.message).join(' '), { errors });

async function reviewable(db: Db, actor: Actor, id: string, kind: string, version: number): Promise<IntakeReportRow> {
  assertMayUpload(actor);
  const row = await loadVisibleReport(db, actor, id);
  if (row.documentKind !== kind) {
    throw new AppError('CONFLICT', kind === 'provincial_report' ? 'Tài liệu này không phải báo cáo của tỉnh.' : 'Tài liệu này không phải danh sách khuyến nghị.');
  }
  if (row.status !== 'ready') throw new AppError('CONFLICT', 'Tài liệu này đã được lưu hoặc bỏ qua trước đó.');
  if (row.version !== version) throw new AppError('CONFLICT', 'Tài liệu vừa được người khác xử lý. Hãy tải lại trang.');
  return row;
}

/** Marks the document saved, with what it became; fails (rolling everything back) when someone else got there first. */
async function markSaved(tx: Db, actor: Actor, row: IntakeReportRow, saved: { reportId: string | null; itemIds: string[] }): Promise<void> {
  const [updated] = await tx
    .update(intakeReportDocuments)
    .set({ status: 'saved', savedReportId: saved.reportId, savedItemIds: saved.itemIds, reviewedBy: actor.id, reviewedAt: new Date(), version: row.version + 1 })
    .where(and(eq(intakeReportDocuments.id, row.id), eq(intakeReportDocuments.version, row.version)))
    .returning({ id: intakeReportDocuments.id });
  if (!updated) throw new AppError('CONFLICT', 'Tài liệu vừa được người khác xử lý. Hãy tải lại trang.');
  await recordAudit(tx, actor, {
    action: 'save',
    entityType: 'intake_report_document',
    entityId: row.id,
    provinceCode: row.provinceCode,
    after: { reportId: saved.reportId, items: saved.itemIds.length },
  });
}

/**
 * Saves the reviewed figures into the reporting unit's draft (created when missing) and the ticked
 * limitations and directions as follow-up items of the province, in one transaction: all of it or
 * nothing. The indicator rules apply to the figures (only who reports for the unit, only into a
 * draft or returned report, only the form's indicators, values their type allows); the follow-up
 * rules to the items (the province's managers).
 */
export async function saveReportProposal(db: Db, actor: Actor, id: string, body: z.output<typeof saveReportSchema>): Promise<IntakeReportSaveResult> {
  const row = await reviewable(db, actor, id, 'provincial_report', body.version);
  const p = row.proposal;
  if (body.figures.length === 0 && body.followups.length === 0) throw invalid([{ path: 'figures', message: 'Chưa chọn số liệu hay việc theo dõi nào để lưu.' }]);

  const errors: FieldIssue[] = [];
  const form = body.figures.length ? await formFor(db, p.period) : null;
  if (body.figures.length) {
    if (!p.provinceCode || !p.unitKind || !p.period) errors.push({ path: 'figures', message: 'Chưa xác định được tỉnh và kỳ của báo cáo nên chưa lưu được số liệu.' });
    else if (!form) errors.push({ path: 'figures', message: `Chưa có biểu mẫu báo cáo cấp tỉnh cho kỳ ${p.periodLabel}.` });
  }
  const proposed = new Map(p.figures.map((f) => [f.key, f]));
  const seen = new Set<string>();
  body.figures.forEach((f, i) => {
    const indicator = form?.byCode.get(f.indicatorCode.toUpperCase());
    if (!proposed.has(f.key)) errors.push({ path: `figures.${i}.key`, message: 'Số liệu không có trong đề xuất của tài liệu.' });
    if (form && !indicator) errors.push({ path: `figures.${i}.indicatorCode`, message: `Chỉ tiêu ${f.indicatorCode} không có trong biểu mẫu ${form.code}.` });
    if (indicator) {
      const problem = valueTypeProblem(f.value, indicator) ?? (f.target !== null ? valueTypeProblem(f.target, indicator) : null);
      if (problem) errors.push({ path: `figures.${i}.value`, message: `${indicator.code} = ${String(f.value).replace('.', ',')}: ${problem}` });
      if (!partsOf(indicator).includes('')) errors.push({ path: `figures.${i}.indicatorCode`, message: `Chỉ tiêu ${indicator.code} không nhận giá trị tổng.` });
    }
    const code = f.indicatorCode.toUpperCase();
    if (seen.has(code)) errors.push({ path: `figures.${i}.indicatorCode`, message: `Hai số liệu được gán cho chỉ tiêu ${code}; mỗi chỉ tiêu chỉ nhận một giá trị.` });
    seen.add(code);
  });
  const followupProvince = p.currentProvinceCode;
  if (body.followups.length) {
    const refusal = editRefusal(actor, { provinceCode: followupProvince });
    if (refusal) throw new AppError('FORBIDDEN', `${refusal} Việc theo dõi từ báo cáo thuộc tỉnh báo cáo.`);
  }
  const proposedItems = new Map(p.followups.map((f) => [f.key, f]));
  const today = todayInVietnam();
  body.followups.forEach((f, i) => {
    if (!proposedItems.has(f.key)) errors.push({ path: `followups.${i}.key`, message: 'Việc theo dõi không có trong đề xuất của tài liệu.' });
    const dueIssue = f.dueDate ? reportDueDateIssue(f.dueDate, p, today) : null;
    if (dueIssue) errors.push({ path: `followups.${i}.dueDate`, message: dueIssue });
  });
  if (errors.length) throw invalid(errors);

  const itemDate = reportItemDate(p, today);
  const reference = [p.reportNumber ? `Báo cáo số ${p.reportNumber}` : 'Báo cáo', p.periodLabel].filter(Boolean).join(', ');
  const items: FollowupItemWrite[] = body.followups.map((f) => {
    // A direction is a task of the province's plan, a limitation what a review conference found, unless the reviewer chose otherwise.
    const kind = f.kind ?? defaultReportItemKind(f.nature);
    const item: FollowupItemWrite = {
      ...emptyFollowupFields(kind, f.text, itemDate),
      nature: reportItemNature(kind, f.nature),
      provinceCode: followupProvince,
      dueDate: f.dueDate,
      reference: `${reference}, mục ${proposedItems.get(f.key)!.section}`.slice(0, 200),
    };
    if (kind !== 'plan') return item;
    return {
      ...item,
      planNumber: (p.reportNumber ?? `BC ${p.periodLabel ?? row.fileName}`).slice(0, 100),
      planDate: p.reportDate && p.reportDate <= itemDate ? p.reportDate : null,
      planTitle: (p.title ?? row.fileName).slice(0, 500),
    };
  });
  if (items.length) await assertFollowupReferences(db, items, (i) => `followups.${i}.`);

  return db.transaction(async (tx) => {
    let reportId: string | null = null;
    if (form && body.figures.length) {
      const key = { unitKind: p.unitKind!, unitCode: p.provinceCode!, period: p.period! };
      const { targets, refusals } = await resolveTargets(tx, actor, form, [key]);
      const refusal = refusals.get(targetKey(key));
      if (refusal) {
        const code = refusal.forbidden ? 'FORBIDDEN' : refusal.on === 'status' ? 'CONFLICT' : 'VALIDATION';
        throw new AppError(code, refusal.message, { errors: [{ path: 'figures', message: refusal.message }] });
      }
      const target = targets.get(targetKey(key))!;
      reportId = target.reportId;
      for (const f of body.figures) {
        const figure = proposed.get(f.key)!;
        const source = {
          kind: 'intake-report',
          documentId: row.id,
          figureKey: f.key,
          label: figure.label,
          evidence: figure.evidence,
          quote: figure.evidence.quote,
          ...(f.value !== figure.value ? { proposedValue: figure.value } : {}),
        };
        const values = { value: String(f.value), target: f.target === null ? null : String(f.target), source, updatedBy: actor.id, updatedAt: new Date() };
        await tx
          .insert(indicatorValues)
          .values({ reportId, indicatorCode: f.indicatorCode.toUpperCase(), part: '', ...values })
          .onConflictDoUpdate({ target: [indicatorValues.reportId, indicatorValues.indicatorCode, indicatorValues.part], set: values });
      }
      await recordImportEvents(tx, actor, new Map([[reportId, body.figures.length]]), { via: 'intake-report', documentId: row.id, fileName: row.fileName });
    }
    // The same report brought in twice (a corrected copy) does not repeat its items: same report number, province and text.
    const saved = items.length ? await existingKeys(tx, items) : new Set<string>();
    const fresh = items.filter((i) => !saved.has(duplicateKey(i)));
    const itemIds = fresh.length ? await insertFollowupItems(tx, fresh, actor.id, `Từ báo cáo “${row.fileName}”.`) : [];
    await markSaved(tx, actor, row, { reportId, itemIds });
    return { reportId, values: reportId ? body.figures.length : 0, itemIds, skipped: items.length - fresh.length };
  });
}

/** A list's paragraph as the reviewer files it: another kind drops the fields of the kind proposed (a UPR cycle, a treaty). */
function listItem(item: FollowupItemWrite, kind: FollowupItemWrite['kind'], body: z.output<typeof saveRecommendationsSchema>) {
  const same = kind === item.kind;
  const upr = kind === 'upr';
  return {
    ...item,
    kind,
    nature: kind === 'visit' ? ('recommendation' as const) : same ? item.nature : null,
    uprCycle: upr ? body.uprCycle : same ? item.uprCycle : null,
    uprPosition: upr && same ? item.uprPosition : null,
    treaty: kind === 'treaty' ? item.treaty : null,
    session: kind === 'treaty' ? item.session : null,
    reference: upr && body.uprCycle ? `UPR ${romanCycle(body.uprCycle)} ${item.paragraph ?? ''}`.trim() : same ? item.reference : null,
  };
}

/**
 * Saves the ticked recommendations of a list as follow-up items, each under the kind the reviewer
 * chose and with its due date: UPR and treaty recommendations through followup-transfer's commit
 * (its rights, checks and duplicate rule), a working visit's through the single insert path, in
 * the same transaction as marking the document. A province's people file them under their
 * province; the Standing Office as national items.
 */
export async function saveRecommendationList(db: Db, actor: Actor, id: string, body: z.output<typeof saveRecommendationsSchema>): Promise<IntakeReportSaveResult> {
  const row = await reviewable(db, actor, id, 'recommendation_list', body.version);
  const rows = new Map(row.proposal.recommendations.map((r) => [r.rowNumber, r]));
  const missing = [...body.rows, ...body.details.map((d) => d.row)].filter((n) => !rows.has(n));
  if (missing.length) throw invalid([...new Set(missing)].map((n) => ({ path: 'rows', message: `Không có khuyến nghị số thứ tự ${n} trong tài liệu.` })));
  const details = new Map(body.details.map((d) => [d.row, d]));
  const provinceCode = isNationalRole(actor.role) ? null : actor.provinceCode;
  const items = body.rows.map((n) => {
    const proposed = rows.get(n)!.item as FollowupItemWrite;
    const item = { ...proposed, provinceCode, itemDate: body.itemDate, dueDate: details.get(n)?.dueDate ?? proposed.dueDate };
    return { ...listItem(item, details.get(n)?.kind ?? item.kind, body), rowNumber: n };
  });
  const visits = items.filter((i) => i.kind === 'visit');
  const others = items.filter((i) => i.kind !== 'visit');
  if (visits.length) await assertMayFileVisitItems(db, actor, visits);
  return db.transaction(async (tx) => {
    const imported = others.length ? await commitImport(tx, actor, { source: 'document', fileName: row.fileName, items: others }) : { itemIds: [], skipped: [] };
    const visited = visits.length ? await insertVisitItems(tx, actor, row, visits) : { itemIds: [], skipped: 0 };
    const itemIds = [...imported.itemIds, ...visited.itemIds];
    await markSaved(tx, actor, row, { reportId: null, itemIds });
    return { reportId: null, values: 0, itemIds, skipped: imported.skipped.length + visited.skipped };
  });
}

/**
 * A working visit's recommendations: the follow-up import takes UPR, treaty and plan items only, so
 * these go through the single insert path themselves, with the item form's rights (the province's
 * managers, or the Standing Office for national items), field rules and the import's duplicate rule.
 */
async function assertMayFileVisitItems(db: Db, actor: Actor, rows: Array<FollowupItemWrite & { rowNumber: number }>): Promise<void> {
  const refusal = editRefusal(actor, { provinceCode: rows[0]?.provinceCode ?? null });
  if (refusal) throw new AppError('FORBIDDEN', refusal);
  await assertFollowupReferences(
    db,
    rows.map(({ rowNumber: _n, ...item }) => item),
    (i) => `rows.${rows[i]!.rowNumber}.`,
  );
}

async function insertVisitItems(tx: Db, actor: Actor, row: IntakeReportRow, rows: Array<FollowupItemWrite & { rowNumber: number }>): Promise<{ itemIds: string[]; skipped: number }> {
  const items = rows.map(({ rowNumber: _n, ...item }) => item);
  const saved = await existingKeys(tx, items);
  const fresh = items.filter((i) => !saved.has(duplicateKey(i)));
  const itemIds = fresh.length ? await insertFollowupItems(tx, fresh, actor.id, `Từ văn bản “${row.fileName}”.`) : [];
  return { itemIds, skipped: items.length - fresh.length };
}
