import { and, eq, inArray } from 'drizzle-orm';
import type { IntakeReport, IntakeReportProposal, IntakeReportSummary } from '../../../shared/api/intake-reports.js';
import { editRefusal } from '../../../shared/auth/followup-access.js';
import { reportRefusal } from '../../../shared/auth/indicator-access.js';
import { parsePeriod, type PeriodFrequency } from '../../../shared/indicators/periods.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { recordAudit } from '../audit/record.js';
import { saveAuditedUpload } from '../audit/uploads.js';
import type { Actor } from '../auth/actor.js';
import { extensionRules } from '../files/sniff.js';
import { loadForm, type LoadedForm } from '../indicator-transfer/form-rows.js';
import { periodRefusal } from '../indicator-transfer/targets.js';
import { findUnit } from '../indicator-reports/units.js';
import { todayInVietnam } from '../indicator-reports/report-access.js';
import { indicatorReports, reportForms } from '../indicators/tables.js';
import type { IntakeLimits } from '../intake/read/limits.js';
import { listReports, loadVisibleReport, mayUseReportIntake, toSummary } from './documents.js';
import { mapFigures } from './map-figures.js';
import { readReportUpload } from './reader.js';
import { intakeReportDocuments } from './tables.js';

/** Who may bring in a report or a list: those who report figures or manage follow-up. */
export function assertMayUpload(actor: Actor): void {
  if (!mayUseReportIntake(actor)) {
    throw new AppError('FORBIDDEN', 'Tài khoản của bạn không nhập được báo cáo hay danh sách khuyến nghị (cần quyền báo cáo chỉ tiêu hoặc quản lý việc theo dõi).');
  }
}

const statusOf: Record<string, 'UNSUPPORTED_MEDIA_TYPE' | 'PAYLOAD_TOO_LARGE' | 'UNREADABLE_DOCUMENT'> = {
  too_large: 'PAYLOAD_TOO_LARGE',
  archive_too_large: 'PAYLOAD_TOO_LARGE',
  too_long: 'PAYLOAD_TOO_LARGE',
  unsupported_type: 'UNSUPPORTED_MEDIA_TYPE',
};

/** The active form a province reports for a period's frequency ("6 tháng đầu năm" → the 6-month form). */
export async function formFor(db: Db, period: string | null): Promise<LoadedForm | null> {
  const p = period ? parsePeriod(period) : null;
  if (!p) return null;
  const [row] = await db
    .select({ id: reportForms.id })
    .from(reportForms)
    .where(and(eq(reportForms.unitKind, 'province'), eq(reportForms.frequency, p.frequency as PeriodFrequency), eq(reportForms.active, true)))
    .orderBy(reportForms.code)
    .limit(1);
  return row ? loadForm(db, row.id) : null;
}

/** The name the original is kept under: with the extension of the type it was read as, so it downloads as such. */
const storedName = (fileName: string, fileKind: string) => (fileName.toLowerCase().endsWith(`.${fileKind}`) ? fileName : `${fileName}.${fileKind}`);

/**
 * Reads an uploaded report or list (in a worker), proposes its figures as the catalogue's
 * indicators of the form its period calls for, and keeps it for review with its original file
 * (readable with the document, see files/access.ts). Nothing is written anywhere else until a
 * person saves the proposal.
 */
export async function uploadReport(db: Db, actor: Actor, upload: { bytes: Uint8Array; fileName: string }, limits: IntakeLimits): Promise<IntakeReportSummary> {
  assertMayUpload(actor);
  const result = await readReportUpload(upload.bytes, upload.fileName, todayInVietnam(), limits);
  if (!result.ok) throw new AppError(statusOf[result.code] ?? 'UNREADABLE_DOCUMENT', result.message);
  let proposal: IntakeReportProposal = result.proposal;
  if (proposal.documentKind === 'provincial_report') {
    const form = await formFor(db, proposal.period);
    if (form) proposal = { ...proposal, figures: mapFigures(proposal.figures, form.indicators) };
    else if (proposal.period) proposal.warnings.push(`Chưa có biểu mẫu báo cáo cấp tỉnh cho kỳ ${proposal.periodLabel}: số liệu chưa gán được chỉ tiêu.`);
  }
  const [row] = await db.transaction(async (tx) => {
    const fileId = await saveAuditedUpload(tx, actor, {
      purpose: 'intake_report',
      fileName: storedName(upload.fileName, result.fileKind),
      // An HTML page is kept but served as bytes, never as a page of this site.
      mediaType: extensionRules[result.fileKind]?.mediaType ?? 'application/octet-stream',
      bytes: upload.bytes,
      provinceCode: proposal.currentProvinceCode ?? actor.provinceCode,
      uploadedBy: actor.id,
    });
    const inserted = await tx
      .insert(intakeReportDocuments)
      .values({
        fileId,
        fileName: upload.fileName,
        fileKind: result.fileKind,
        documentKind: proposal.documentKind,
        sourceText: result.sourceText,
        proposal,
        provinceCode: proposal.currentProvinceCode,
        uploaderProvinceCode: actor.provinceCode,
        period: proposal.period,
        createdBy: actor.id,
      })
      .returning();
    await recordAudit(tx, actor, {
      action: 'create',
      entityType: 'intake_report_document',
      entityId: inserted[0]!.id,
      provinceCode: proposal.currentProvinceCode ?? actor.provinceCode,
      after: { fileName: upload.fileName, documentKind: proposal.documentKind, period: proposal.period, fileId },
    });
    return inserted;
  });
  return toSummary(row!);
}

/** One document with its proposal and the report its figures would go into, as that report stands now. */
export async function getReport(db: Db, actor: Actor, id: string): Promise<IntakeReport> {
  assertMayUpload(actor);
  const row = await loadVisibleReport(db, actor, id);
  const p = row.proposal;
  const form = p.documentKind === 'provincial_report' ? await formFor(db, p.period) : null;
  let target: IntakeReport['target'] = null;
  if (form && p.provinceCode && p.unitKind && p.period) {
    const unit = await findUnit(db, p.unitKind, p.provinceCode);
    const [report] = await db
      .select({ id: indicatorReports.id, status: indicatorReports.status })
      .from(indicatorReports)
      .where(and(eq(indicatorReports.formId, form.id), eq(indicatorReports.unitKind, p.unitKind), eq(indicatorReports.unitCode, p.provinceCode), eq(indicatorReports.period, p.period)));
    const refusal = !unit
      ? `Không có đơn vị mã ${p.provinceCode} trong danh mục.`
      : (reportRefusal(actor, unit) ?? periodRefusal(form, unit, p.period) ?? (report && !['draft', 'returned'].includes(report.status) ? closedReport(unit.unitName, p.periodLabel ?? p.period, report.status) : null));
    target = {
      formId: form.id,
      formCode: form.code,
      formName: form.name,
      reportId: report?.id ?? null,
      status: report?.status ?? null,
      refusal,
      indicators: form.indicators.map((i) => ({ code: i.code, nameVi: i.nameVi, unit: i.unit })),
    };
  }
  const followupRefusal = p.documentKind === 'provincial_report' ? editRefusal(actor, { provinceCode: p.currentProvinceCode }) : null;
  return { ...toSummary(row), sourceText: row.sourceText, proposal: p, target, followupRefusal, fileId: row.fileId, version: row.version, savedReportId: row.savedReportId, savedItemIds: row.savedItemIds };
}

export function closedReport(unitName: string, periodText: string, status: string): string {
  const what = status === 'approved' ? 'đã được phê duyệt' : 'đã nộp';
  return `Báo cáo của ${unitName} kỳ ${periodText} ${what}: chỉ đưa được số liệu vào báo cáo đang soạn hoặc bị trả lại. Đề nghị cấp phê duyệt trả lại hoặc mở lại báo cáo trước.`;
}

/** Sets a document aside without saving anything from it. */
export async function dropReport(db: Db, actor: Actor, id: string, version: number): Promise<IntakeReportSummary> {
  assertMayUpload(actor);
  const row = await loadVisibleReport(db, actor, id);
  if (row.status !== 'ready') throw new AppError('CONFLICT', 'Tài liệu này đã được xử lý trước đó.');
  const [updated] = await db
    .update(intakeReportDocuments)
    .set({ status: 'dropped', reviewedBy: actor.id, reviewedAt: new Date(), version: version + 1 })
    .where(and(eq(intakeReportDocuments.id, id), eq(intakeReportDocuments.version, version), inArray(intakeReportDocuments.status, ['ready'])))
    .returning();
  if (!updated) throw new AppError('CONFLICT', 'Tài liệu này vừa được người khác xử lý. Hãy tải lại trang.');
  return toSummary(updated);
}

/** The documents the person brought in or that concern their province, newest first. */
export async function listUploadedReports(db: Db, actor: Actor) {
  assertMayUpload(actor);
  return listReports(db, actor);
}
