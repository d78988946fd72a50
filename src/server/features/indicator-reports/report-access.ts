import type { Db } from '../../db/client.js';
import { AppError, notFound } from '../../errors.js';
import type { ReportingUnitKind } from '../../../shared/api/indicators.js';
import type { ReportStatus, ReportSummary } from '../../../shared/api/indicator-reports.js';
import { canReadUnit, type IndicatorUnit } from '../../../shared/auth/indicator-access.js';
import type { Actor } from '../auth/actor.js';
import { findReport, lockReport, type ReportListRow, type ReportRow } from './queries.js';
import { todayInVietnam } from '../../../shared/text/calendar.js';

export { todayInVietnam };
/** The calendar day in Vietnam of an instant. */
export const vietnamDay = (at: Date | string) => new Date(new Date(at).getTime() + 7 * 3600_000).toISOString().slice(0, 10);
const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());

export const unitOfReport = (r: Pick<ReportRow, 'unitKind' | 'unitCode' | 'provinceCode'>): IndicatorUnit => ({
  unitKind: r.unitKind as ReportingUnitKind,
  unitCode: r.unitCode,
  provinceCode: r.provinceCode,
});

/** Late: submitted after its due date, or not submitted and the due date has passed (days in Vietnam). */
export function isLate(status: string, submittedAt: Date | string | null, dueDate: string, today = todayInVietnam()): boolean {
  if (status === 'submitted' || status === 'approved') return submittedAt !== null && vietnamDay(submittedAt) > dueDate;
  return today > dueDate;
}

export function toSummary(r: ReportListRow): ReportSummary {
  return {
    id: r.id,
    formId: r.form_id,
    formCode: r.form_code,
    formName: r.form_name,
    unitKind: r.unit_kind as ReportingUnitKind,
    unitCode: r.unit_code,
    unitName: r.unit_name ?? r.unit_code,
    provinceCode: r.province_code,
    period: r.period,
    dueDate: r.due_date,
    status: r.status as ReportStatus,
    version: Number(r.version),
    submittedAt: iso(r.submitted_at),
    approvedAt: iso(r.approved_at),
    lastReason: r.last_reason,
    updatedAt: iso(r.updated_at)!,
    late: isLate(r.status, r.submitted_at, r.due_date),
  };
}

/** The report if the actor may read its unit; 404 otherwise (another province's drafts are never revealed). */
export async function readableReport(db: Db, actor: Actor, id: string, lock = false): Promise<ReportRow> {
  const row = lock ? await lockReport(db, id) : await findReport(db, id);
  if (!row || !canReadUnit(actor, unitOfReport(row))) throw notFound('Báo cáo chỉ tiêu');
  return row;
}

/** A 400 naming the field at fault, as the forms show it beside the field. */
export const invalidField = (path: string, message: string) => new AppError('VALIDATION', message, { errors: [{ path, message }] });

export const staleVersion = () =>
  new AppError('CONFLICT', 'Người khác vừa lưu báo cáo này sau khi bạn mở. Hãy tải lại báo cáo để xem số liệu mới nhất rồi nhập lại phần thay đổi của bạn.');

export function assertVersion(row: ReportRow, version: number) {
  if (row.version !== version) throw staleVersion();
}

const statusNames: Record<string, string> = { draft: 'đang soạn', submitted: 'đã nộp', returned: 'bị trả lại', approved: 'đã phê duyệt' };
export const statusName = (s: string) => statusNames[s] ?? s;
