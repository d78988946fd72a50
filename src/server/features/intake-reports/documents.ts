import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { IntakeReportSummary } from '../../../shared/api/intake-reports.js';
import { can, isNationalRole } from '../../../shared/auth/permissions.js';
import type { Db } from '../../db/client.js';
import { notFound } from '../../errors.js';
import type { Actor } from '../auth/actor.js';
import { intakeReportDocuments } from './tables.js';

export type IntakeReportRow = typeof intakeReportDocuments.$inferSelect;

/** Who may bring in a report or a list, and so read them: those who report figures or manage follow-up. */
export const mayUseReportIntake = (actor: Pick<Actor, 'role'>): boolean => can(actor.role, 'indicators.report') || can(actor.role, 'followup.manage');

/** National staff see every document; others what their province's people uploaded and reports of their province. */
export function visibleReports(actor: Actor): SQL | undefined {
  if (isNationalRole(actor.role)) return undefined;
  if (!actor.provinceCode) return sql`false`;
  return sql`(${intakeReportDocuments.provinceCode} = ${actor.provinceCode} or ${intakeReportDocuments.uploaderProvinceCode} = ${actor.provinceCode})`;
}

export async function loadVisibleReport(db: Db, actor: Actor, id: string): Promise<IntakeReportRow> {
  const [row] = await db
    .select()
    .from(intakeReportDocuments)
    .where(and(eq(intakeReportDocuments.id, id), visibleReports(actor)));
  if (!row) throw notFound('Tài liệu');
  return row;
}

export const toSummary = (r: IntakeReportRow): IntakeReportSummary => ({
  id: r.id,
  fileName: r.fileName,
  fileKind: r.fileKind,
  documentKind: r.documentKind as IntakeReportSummary['documentKind'],
  status: r.status as IntakeReportSummary['status'],
  provinceCode: r.provinceCode,
  period: r.period,
  createdAt: r.createdAt.toISOString(),
});

/** The documents waiting for review (and the last ones handled), newest first. */
export async function listReports(db: Db, actor: Actor): Promise<{ items: IntakeReportSummary[] }> {
  const rows = await db.select().from(intakeReportDocuments).where(visibleReports(actor)).orderBy(desc(intakeReportDocuments.createdAt)).limit(50);
  return { items: rows.map(toSummary) };
}
