import { and, eq, inArray, sql } from 'drizzle-orm';
import { can, isNationalRole } from '../../../shared/auth/permissions.js';
import type { Db } from '../../db/client.js';
import type { Actor } from '../auth/actor.js';
import { visibilityFor } from '../conferences/access.js';
import { visibilityCondition } from '../conferences/queries.js';
import { conferenceMaterials, conferenceSources, conferences } from '../conferences/tables.js';
import { visibleDocuments } from '../intake/documents.js';
import { intakeDocuments } from '../intake/tables.js';
import { mayUseReportIntake, visibleReports } from '../intake-reports/documents.js';
import { intakeReportDocuments } from '../intake-reports/tables.js';
import { followupItems, followupProgressFiles, followupProgress } from '../followup/tables.js';
import { storedFiles } from './tables.js';

/**
 * May the actor read this stored file (and so point a record at it)? A file is readable by its
 * uploader and by whoever may see a record that refers to it: a conference that lists it as a
 * source or material, an intake document, or a follow-up item's progress entry. An original brought in through intake is for those
 * who may use intake, wherever it is referred to. The original of a provincial report or a
 * recommendation list has exactly its document's reach (who may bring in reports, and sees the
 * document), its uploader included only while that holds. A file that does not exist is readable by nobody.
 */
export async function canReadFile(db: Db, actor: Actor, fileId: string): Promise<boolean> {
  return (await readableFileIds(db, actor, [fileId])).has(fileId);
}

/**
 * Which of these stored files the actor may read (the rule of `canReadFile`), in at most six
 * queries however many files a record lists: each step asks only about the files still undecided.
 */
export async function readableFileIds(db: Db, actor: Actor, fileIds: readonly string[]): Promise<Set<string>> {
  const readable = new Set<string>();
  const ids = [...new Set(fileIds)];
  if (!ids.length) return readable;
  const files = await db
    .select({ id: storedFiles.id, purpose: storedFiles.purpose, uploadedBy: storedFiles.uploadedBy })
    .from(storedFiles)
    .where(inArray(storedFiles.id, ids));
  let undecided: string[] = [];
  const reportOriginals: string[] = [];
  for (const file of files) {
    if (file.purpose === 'intake' && !can(actor.role, 'conferences.manage')) continue;
    if (file.purpose === 'intake_report') reportOriginals.push(file.id);
    else if (file.uploadedBy === actor.id) readable.add(file.id);
    else undecided.push(file.id);
  }
  if (reportOriginals.length && mayUseReportIntake(actor)) {
    const docs = await db
      .select({ fileId: intakeReportDocuments.fileId })
      .from(intakeReportDocuments)
      .where(and(inArray(intakeReportDocuments.fileId, reportOriginals), visibleReports(actor)));
    for (const d of docs) if (d.fileId) readable.add(d.fileId);
  }
  if (undecided.length) {
    const docs = await db
      .select({ fileId: intakeDocuments.fileId })
      .from(intakeDocuments)
      .where(and(inArray(intakeDocuments.fileId, undecided), visibleDocuments(actor)));
    for (const d of docs) if (d.fileId) readable.add(d.fileId);
    undecided = undecided.filter((id) => !readable.has(id));
  }
  const visible = visibilityCondition(visibilityFor(actor));
  for (const table of [conferenceMaterials, conferenceSources]) {
    if (!undecided.length) break;
    const rows = await db
      .selectDistinct({ fileId: table.fileId })
      .from(table)
      .innerJoin(conferences, eq(conferences.id, table.conferenceId))
      .where(and(inArray(table.fileId, undecided), visible));
    for (const r of rows) if (r.fileId) readable.add(r.fileId);
    undecided = undecided.filter((id) => !readable.has(id));
  }
  if (undecided.length && can(actor.role, 'followup.read')) {
    // A follow-up item is readable when it is national or of the actor's province (followup-access.ts).
    const itemVisible = isNationalRole(actor.role) ? sql`true` : sql`(${followupItems.provinceCode} is null or ${followupItems.provinceCode} = ${actor.provinceCode})`;
    const rows = await db
      .selectDistinct({ fileId: followupProgressFiles.fileId })
      .from(followupProgressFiles)
      .innerJoin(followupProgress, eq(followupProgress.id, followupProgressFiles.progressId))
      .innerJoin(followupItems, eq(followupItems.id, followupProgress.itemId))
      .where(and(inArray(followupProgressFiles.fileId, undecided), itemVisible));
    for (const r of rows) readable.add(r.fileId);
  }
  return readable;
}

/** How long an uploaded file may wait for a record to refer to it before it is removed. */
export const unreferencedFileGraceHours = 24;

/**
 * Removes files that nothing refers to (a material uploaded but never saved with its conference,
 * a source removed from every record) once the grace period has passed. Returns how many went.
 */
export async function removeUnreferencedFiles(db: Db, now = new Date(), graceHours = unreferencedFileGraceHours): Promise<number> {
  const before = new Date(now.getTime() - graceHours * 3600_000);
  const removed = await db
    .delete(storedFiles)
    .where(
      sql`${storedFiles.uploadedAt} < ${before.toISOString()}::timestamptz
        and not exists (select 1 from ${conferenceMaterials} m where m.file_id = ${storedFiles.id})
        and not exists (select 1 from ${conferenceSources} s where s.file_id = ${storedFiles.id})
        and not exists (select 1 from ${intakeDocuments} d where d.file_id = ${storedFiles.id})
        and not exists (select 1 from ${intakeReportDocuments} r where r.file_id = ${storedFiles.id})
        and not exists (select 1 from ${followupProgressFiles} f where f.file_id = ${storedFiles.id})`,
    )
    .returning({ id: storedFiles.id });
  return removed.length;
}
