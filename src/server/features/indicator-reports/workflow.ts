import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import type { ReportSummary, ValidationIssue } from '../../../shared/api/indicator-reports.js';
import { approveRefusal, reportRefusal } from '../../../shared/auth/indicator-access.js';
import { issuePath, issuesBlockingSubmit } from '../../../shared/indicators/validation.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/record.js';
import { refreshProvinceAggregates } from '../indicators/aggregates.js';
import { indicatorReportEvents, indicatorReports } from '../indicators/tables.js';
import { reportSummaryRow, type ReportRow } from './queries.js';
import { assertVersion, readableReport, statusName, toSummary, unitOfReport } from './report-access.js';
import { issuesOfReport } from './report-issues.js';
import { assertEditable } from './save-values.js';

/*
 * draft → submitted → approved, or submitted → returned (with a reason) → submitted again;
 * approved → returned when the approver reopens it (with a reason). Each change locks the
 * report's row (two approvers cannot both act on it), checks the version the person saw, writes
 * the history and the audit log, and — for a province's or an old province's report — brings the
 * dashboard aggregates up to date in the same transaction, so dashboards are current when the
 * answer is sent.
 */

/** A submission refused for its issues: 422 REPORT_HAS_ERRORS with every blocking cell in `errors`. */
export class SubmitBlocked extends AppError {
  constructor(readonly issues: ValidationIssue[]) {
    const errors = issues.map((i) => ({ path: issuePath(i), message: i.message }));
    super('REPORT_HAS_ERRORS', `Báo cáo còn ${issues.length} ô cần sửa (lỗi) hoặc cần ghi chú giải thích (cảnh báo) trước khi nộp.`, { errors });
  }
}

type Action = 'submitted' | 'returned' | 'approved' | 'reopened';
const auditActions: Record<Action, string> = { submitted: 'submit', returned: 'return', approved: 'approve', reopened: 'reopen' };

const provinceLevel = (r: ReportRow) => r.unitKind === 'province' || r.unitKind === 'legacy_province';

async function transition(
  db: Db,
  actor: Actor,
  id: string,
  version: number,
  action: Action,
  check: (tx: Db, row: ReportRow) => Promise<Partial<typeof indicatorReports.$inferInsert>>,
  reason: string | null = null,
): Promise<ReportSummary> {
  await db.transaction(async (tx) => {
    const row = await readableReport(tx, actor, id, true);
    const changes = await check(tx, row);
    assertVersion(row, version);
    const now = new Date();
    await tx
      .update(indicatorReports)
      .set({ ...changes, version: row.version + 1, updatedAt: now })
      .where(eq(indicatorReports.id, id));
    await tx.insert(indicatorReportEvents).values({ reportId: id, action, actorId: actor.id, actorName: actor.fullName, reason, at: now, details: { from: row.status, to: changes.status } });
    await recordAudit(tx, actor, {
      action: auditActions[action],
      entityType: 'indicator_report',
      entityId: id,
      provinceCode: row.provinceCode,
      before: { status: row.status, version: row.version },
      after: { status: changes.status, version: row.version + 1, reason },
    });
    if (provinceLevel(row) && row.provinceCode) await refreshProvinceAggregates(tx, row.provinceCode, row.period);
  });
  return toSummary((await reportSummaryRow(db, id))!);
}

function requireStatus(row: ReportRow, allowed: string[], verb: string) {
  if (!allowed.includes(row.status)) throw new AppError('CONFLICT', `Không thể ${verb} báo cáo đang ở trạng thái "${statusName(row.status)}". Hãy tải lại báo cáo.`);
}

function requireApprover(actor: Actor, row: ReportRow, submittedBy: string | null) {
  const refusal = approveRefusal(actor, unitOfReport(row), submittedBy);
  if (refusal) throw new AppError('FORBIDDEN', refusal);
}

/** Submits a draft or returned report: errors block (422), warnings need a comment on their value. */
export function submitReport(db: Db, actor: Actor, id: string, version: number) {
  return transition(db, actor, id, version, 'submitted', async (tx, row) => {
    const refusal = reportRefusal(actor, unitOfReport(row));
    if (refusal) throw new AppError('FORBIDDEN', refusal);
    assertEditable(row.status);
    assertVersion(row, version);
    const { issues, cells } = await issuesOfReport(tx, row);
    const blocking = issuesBlockingSubmit(issues, cells);
    if (blocking.length) throw new SubmitBlocked(blocking);
    return { status: 'submitted', submittedAt: new Date(), submittedBy: actor.id };
  });
}

/** Returns a submitted report to its unit with a reason. */
export function returnReport(db: Db, actor: Actor, id: string, version: number, reason: string) {
  return transition(
    db,
    actor,
    id,
    version,
    'returned',
    async (_tx, row) => {
      requireApprover(actor, row, row.submittedBy);
      requireStatus(row, ['submitted'], 'trả lại');
      return { status: 'returned', lastReason: reason };
    },
    reason,
  );
}

/** Approves a submitted report; its figures are locked from then on. Nobody approves what they submitted. */
export function approveReport(db: Db, actor: Actor, id: string, version: number) {
  return transition(db, actor, id, version, 'approved', async (_tx, row) => {
    requireApprover(actor, row, row.submittedBy);
    requireStatus(row, ['submitted'], 'phê duyệt');
    return { status: 'approved', approvedAt: new Date(), approvedBy: actor.id };
  });
}

/** Reopens an approved report (back to returned, so its unit can correct it), by the approving level, with a reason. */
export function reopenReport(db: Db, actor: Actor, id: string, version: number, reason: string) {
  return transition(
    db,
    actor,
    id,
    version,
    'reopened',
    async (_tx, row) => {
      requireApprover(actor, row, null);
      requireStatus(row, ['approved'], 'mở lại');
      return { status: 'returned', lastReason: reason, approvedAt: null, approvedBy: null };
    },
    reason,
  );
}
