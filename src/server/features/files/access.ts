import { and, eq, sql } from 'drizzle-orm';
import { can } from '../../../shared/auth/permissions.js';
import type { Db } from '../../db/client.js';
import type { Actor } from '../auth/actor.js';
import { visibilityFor } from '../conferences/access.js';
import { visibilityCondition } from '../conferences/queries.js';
import { conferenceMaterials, conferenceSources, conferences } from '../conferences/tables.js';
import { visibleDocuments } from '../intake/documents.js';
import { intakeDocuments } from '../intake/tables.js';
import { storedFiles } from './tables.js';

/**
 * May the actor read this stored file (and so point a record at it)? A file is readable by its
 * uploader and by whoever may see a record that refers to it: a conference that lists it as a
 * source or material, or an intake document. An original brought in through intake is for those
 * who may use intake, wherever it is referred to. A file that does not exist is readable by nobody.
 */
export async function canReadFile(db: Db, actor: Actor, fileId: string): Promise<boolean> {
  const [file] = await db
    .select({ purpose: storedFiles.purpose, uploadedBy: storedFiles.uploadedBy })
    .from(storedFiles)
    .where(eq(storedFiles.id, fileId));
  if (!file) return false;
  if (file.purpose === 'intake' && !can(actor.role, 'conferences.manage')) return false;
  if (file.uploadedBy === actor.id) return true;
  const [doc] = await db
    .select({ id: intakeDocuments.id })
    .from(intakeDocuments)
    .where(and(eq(intakeDocuments.fileId, fileId), visibleDocuments(actor)))
    .limit(1);
  if (doc) return true;
  const refersToFile = sql`(exists (select 1 from ${conferenceMaterials} m where m.conference_id = ${conferences.id} and m.file_id = ${fileId})
    or exists (select 1 from ${conferenceSources} s where s.conference_id = ${conferences.id} and s.file_id = ${fileId}))`;
  const [conference] = await db
    .select({ id: conferences.id })
    .from(conferences)
    .where(and(refersToFile, visibilityCondition(visibilityFor(actor))))
    .limit(1);
  return conference !== undefined;
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
        and not exists (select 1 from ${intakeDocuments} d where d.file_id = ${storedFiles.id})`,
    )
    .returning({ id: storedFiles.id });
  return removed.length;
}
