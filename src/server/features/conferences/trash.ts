/**
 * Deleting a conference, and undoing it. The delete keeps everything it removed (the conference,
 * its points, officials, topics, outcomes, materials, participants, awareness tests and answers…)
 * and the links other records lost (a follow-up item's conference and outcome) in `conference_trash`
 * for `conferenceUndoMinutes`; `restoreConference` puts all of it back with the same ids, so
 * whatever points at them (follow-up items, intake documents, links in the audit log) finds them again.
 */
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Conference } from '../../../shared/api/conferences.js';
import { conferenceUndoMinutes } from '../../../shared/conferences/undo.js';
import type { Db } from '../../db/client.js';
import { AppError, notFound } from '../../errors.js';
import { recordAudit } from '../audit/record.js';
import type { Actor } from '../auth/actor.js';
import { assertCanManageConference, canSeeConference, type ConferenceAccessTarget } from './access.js';
import { findConferenceTree, type ConferenceTree } from './queries.js';
import { captureRowGraph, capturedRowsJson, restoreRowGraph, type ClearedLink } from './row-graph.js';
import { conferences, conferenceTrash } from './tables.js';
import { toConference } from './to-conference.js';

const accessTargetOf = (tree: ConferenceTree): ConferenceAccessTarget => ({
  level: tree.row.level,
  provinceCode: tree.row.provinceCode,
  organisers: tree.organisers.map((o) => ({ id: o.id, provinceCode: o.provinceCode })),
});

const undoCutoff = (now: Date) => new Date(now.getTime() - conferenceUndoMinutes * 60_000);

/**
 * Deletes a conference the actor may manage (404 when they cannot see it, 403 when they may only
 * read it) and keeps what went with it for the undo. Older trash is purged on the way, so the
 * participants' personal data of a deleted conference is gone for good once its undo has expired.
 */
export async function deleteConference(db: Db, actor: Actor, id: string, now = new Date()): Promise<void> {
  const before = await findConferenceTree(db, id);
  const access = before && accessTargetOf(before);
  if (!before || !access || !canSeeConference(actor, access)) throw notFound('Hội nghị');
  assertCanManageConference(actor, access);
  await db.transaction(async (tx) => {
    await tx.delete(conferenceTrash).where(lt(conferenceTrash.deletedAt, undoCutoff(now)));
    const { rows, links } = await captureRowGraph(tx, 'conferences', 'id', id);
    await tx.delete(conferenceTrash).where(eq(conferenceTrash.conferenceId, id));
    await tx.insert(conferenceTrash).values({
      conferenceId: id,
      access,
      rows: sql`${capturedRowsJson(rows)}::jsonb`,
      links,
      title: before.row.title,
      deletedBy: actor.id,
      deletedAt: now,
    });
    await tx.delete(conferences).where(eq(conferences.id, id));
    await recordAudit(tx, actor, { action: 'delete', entityType: 'conference', entityId: id, provinceCode: before.row.provinceCode, before: toConference(before) });
  });
}

/**
 * Undoes a delete made less than `conferenceUndoMinutes` ago, by anyone who may manage the
 * conference as it was. Follow-up items and documents that pointed at it or its outcomes point at
 * them again, unless they were linked elsewhere meanwhile.
 */
export async function restoreConference(db: Db, actor: Actor, id: string, now = new Date()): Promise<Conference> {
  const [trash] = await db
    .select({ access: conferenceTrash.access, links: conferenceTrash.links, deletedAt: conferenceTrash.deletedAt })
    .from(conferenceTrash)
    .where(eq(conferenceTrash.conferenceId, id));
  const access = trash?.access as ConferenceAccessTarget | undefined;
  if (!trash || !access || !canSeeConference(actor, access)) {
    throw new AppError('NOT_FOUND', 'Không còn hội nghị đã xóa nào để khôi phục: hội nghị này chưa bị xóa, đã được khôi phục, hoặc đã quá thời gian hoàn tác.');
  }
  assertCanManageConference(actor, access);
  if (trash.deletedAt < undoCutoff(now)) {
    throw new AppError('NOT_FOUND', `Đã quá ${conferenceUndoMinutes} phút kể từ khi xóa nên không thể hoàn tác; hãy nhập lại hội nghị nếu cần.`);
  }
  try {
    await db.transaction(async (tx) => {
      const stored = sql`(select ${conferenceTrash.rows} from ${conferenceTrash} where ${conferenceTrash.conferenceId} = ${id})`;
      await restoreRowGraph(tx, stored, trash.links as ClearedLink[]);
      await tx.delete(conferenceTrash).where(and(eq(conferenceTrash.conferenceId, id)));
      const after = await findConferenceTree(tx, id);
      await recordAudit(tx, actor, { action: 'restore', entityType: 'conference', entityId: id, provinceCode: after?.row.provinceCode ?? null, after: after && toConference(after) });
    });
  } catch (error) {
    const code = pgCode(error);
    if (code === '23505') throw new AppError('CONFLICT', 'Hội nghị này đã được khôi phục rồi; hãy tải lại trang.');
    if (code === '23503') {
      throw new AppError('CONFLICT', 'Không khôi phục được: một cơ quan, tệp hoặc đơn vị mà hội nghị dùng đã bị xóa sau đó. Hãy nhập lại hội nghị.');
    }
    throw error;
  }
  return toConference((await findConferenceTree(db, id))!);
}

function pgCode(error: unknown): string | undefined {
  for (let e = error; typeof e === 'object' && e !== null; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^\d{5}$/.test(code)) return code;
  }
  return undefined;
}
