import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client.js';
import { AppError, notFound, type FieldIssue } from '../../errors.js';
import { reportFormInputSchema, reportFormUpdateSchema, type ReportForm, type ReportFormInput } from '../../../shared/api/indicators.js';
import { recordAudit } from '../audit/record.js';
import type { Actor } from '../auth/actor.js';
import { formsWithIndicators, indicatorRowsByCodes, writeFormIndicators } from './queries.js';
import { reportForms } from './tables.js';
import { toReportForm } from './to-indicator.js';

type FormIndicators = z.infer<typeof reportFormInputSchema>['indicators'];

/**
 * Every indicator of a form must be in the catalogue, active, and listed once. An indicator made
 * inactive after it was put on the form may stay on it (removing it is the admin's choice), but
 * is not added anew.
 */
async function checkFormIndicators(db: Db, list: FormIndicators, alreadyOnForm: Set<string>) {
  const issues: FieldIssue[] = [];
  const rows = new Map((await indicatorRowsByCodes(db, [...new Set(list.map((i) => i.indicatorCode))])).map((r) => [r.code, r]));
  const seen = new Set<string>();
  list.forEach(({ indicatorCode: code }, i) => {
    const path = `indicators.${i}.indicatorCode`;
    const row = rows.get(code);
    if (!row) issues.push({ path, message: `Không có chỉ tiêu mã ${code} trong danh mục.` });
    else if (!row.active && !alreadyOnForm.has(code)) issues.push({ path, message: `Chỉ tiêu ${code} („${row.nameVi}”) đang ngừng sử dụng, không thêm vào biểu mẫu được.` });
    if (seen.has(code)) issues.push({ path, message: `Chỉ tiêu ${code} có hai lần trong biểu mẫu; mỗi chỉ tiêu chỉ một dòng.` });
    seen.add(code);
  });
  if (issues.length) throw new AppError('VALIDATION', issues.map((i) => i.message).join(' '), { errors: issues });
}

async function loadForm(db: Db, id: string) {
  const [form] = await formsWithIndicators(db, [id]);
  if (!form) throw notFound('Biểu mẫu báo cáo');
  return form;
}

export async function listReportForms(db: Db): Promise<{ items: ReportForm[] }> {
  return { items: (await formsWithIndicators(db)).map(toReportForm) };
}

export async function getReportForm(db: Db, id: string): Promise<ReportForm> {
  return toReportForm(await loadForm(db, id));
}

export async function createReportForm(db: Db, actor: Actor, raw: ReportFormInput): Promise<ReportForm> {
  const data = reportFormInputSchema.parse(raw);
  await checkFormIndicators(db, data.indicators, new Set());
  const id = await db.transaction(async (tx) => {
    const { indicators: list, ...columns } = data;
    const [row] = await tx.insert(reportForms).values(columns).onConflictDoNothing().returning({ id: reportForms.id });
    if (!row) {
      const message = `Mã biểu mẫu ${data.code} đã được dùng; hãy chọn mã khác.`;
      throw new AppError('CONFLICT', message, { errors: [{ path: 'code', message }] });
    }
    await writeFormIndicators(tx, row.id, list);
    await recordAudit(tx, actor, { action: 'create', entityType: 'report_form', entityId: row.id, provinceCode: null, after: data });
    return row.id;
  });
  return getReportForm(db, id);
}

/** Changes a form while `version` is current; its code stays (reports and imported files name it). */
export async function updateReportForm(db: Db, actor: Actor, id: string, raw: z.input<typeof reportFormUpdateSchema>): Promise<ReportForm> {
  const data = reportFormUpdateSchema.parse(raw);
  const before = await loadForm(db, id);
  await checkFormIndicators(db, data.indicators, new Set(before.indicators.map((i) => i.indicatorCode)));
  await db.transaction(async (tx) => {
    const { indicators: list, version, ...columns } = data;
    const updated = await tx
      .update(reportForms)
      .set({ ...columns, version: version + 1, updatedAt: new Date() })
      .where(and(eq(reportForms.id, id), eq(reportForms.version, version)))
      .returning({ id: reportForms.id });
    if (updated.length === 0) throw new AppError('CONFLICT', `Biểu mẫu ${before.row.code} vừa được người khác sửa. Hãy tải lại để xem thay đổi rồi sửa tiếp.`);
    await writeFormIndicators(tx, id, list);
    await recordAudit(tx, actor, { action: 'update', entityType: 'report_form', entityId: id, provinceCode: null, before: toReportForm(before), after: data });
  });
  return getReportForm(db, id);
}
