import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { queryRows } from '../../db/query-rows.js';
import { notFound } from '../../errors.js';
import type { FollowupItem, ProgressEntry } from '../../../shared/api/followup.js';
import { canReadFollowup, editRefusal, progressRefusal, statusRefusal } from '../../../shared/auth/followup-access.js';
import { users } from '../accounts/tables.js';
import type { Actor } from '../auth/actor.js';
import { conferences } from '../conferences/tables.js';
import { storedFiles } from '../files/tables.js';
import { todayInVietnam } from '../indicator-reports/report-access.js';
import { organisations } from '../organisations/tables.js';
import { workingVisits } from '../working-visits/tables.js';
import { linkedFigures } from './figures.js';
import { listRowsSql, rollupsOf, type ListRow } from './list-query.js';
import { toListItem } from './list.js';
import { followupItemBodies, followupItems, followupProgress, followupProgressFiles, followupProgressIndicators } from './tables.js';

export type ItemRow = typeof followupItems.$inferSelect;
const itemWord = 'Việc theo dõi';

/** The item row and its co-operating bodies, or 404 when it does not exist or the actor may not read it (another province's). */
export async function readableItem(db: Db, actor: Actor, id: string, forUpdate = false): Promise<ItemRow & { cooperatingOrganisationIds: string[] }> {
  const query = db.select().from(followupItems).where(eq(followupItems.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  if (!row || !canReadFollowup(actor, row)) throw notFound(itemWord);
  const bodies = await db.select({ id: followupItemBodies.organisationId }).from(followupItemBodies).where(eq(followupItemBodies.itemId, id));
  return { ...row, cooperatingOrganisationIds: bodies.map((b) => b.id) };
}

const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());

async function timelineOf(db: Db, item: ItemRow): Promise<ProgressEntry[]> {
  const entries = await db
    .select({ e: followupProgress, createdByName: users.fullName })
    .from(followupProgress)
    .leftJoin(users, eq(users.id, followupProgress.createdBy))
    .where(eq(followupProgress.itemId, item.id))
    .orderBy(asc(followupProgress.entryDate), asc(followupProgress.createdAt), asc(followupProgress.id));
  const ids = entries.map((r) => r.e.id);
  const [files, links] = ids.length
    ? await Promise.all([
        db
          .select({ progressId: followupProgressFiles.progressId, id: storedFiles.id, fileName: storedFiles.fileName, sizeBytes: storedFiles.sizeBytes })
          .from(followupProgressFiles)
          .innerJoin(storedFiles, eq(storedFiles.id, followupProgressFiles.fileId))
          .where(inArray(followupProgressFiles.progressId, ids))
          .orderBy(asc(storedFiles.fileName)),
        db.select().from(followupProgressIndicators).where(inArray(followupProgressIndicators.progressId, ids)).orderBy(asc(followupProgressIndicators.indicatorCode), asc(followupProgressIndicators.period)),
      ])
    : [[], []];
  const figures = await linkedFigures(db, item.provinceCode, links);
  return entries.map(({ e, createdByName }) => ({
    id: e.id,
    entryDate: e.entryDate,
    eventKind: e.eventKind as ProgressEntry['eventKind'],
    text: e.text,
    fromStatus: e.fromStatus as ProgressEntry['fromStatus'],
    toStatus: e.toStatus as ProgressEntry['toStatus'],
    createdByName: createdByName ?? null,
    createdAt: iso(e.createdAt)!,
    files: files.filter((f) => f.progressId === e.id).map(({ id, fileName, sizeBytes }) => ({ id, fileName, sizeBytes })),
    figures: links.filter((l) => l.progressId === e.id).flatMap((l) => figures.get(`${l.indicatorCode}|${l.period}`) ?? []),
  }));
}

/** One item with everything its page shows, and what the reader may do with it. */
export async function getFollowupItem(db: Db, actor: Actor, id: string, today = todayInVietnam()): Promise<FollowupItem> {
  const item = await readableItem(db, actor, id);
  const [listRows, bodies, conference, visit, parent, copies, rollups, timeline] = await Promise.all([
    queryRows<ListRow>(db, listRowsSql(sql`i.id = ${id}`, today, 'due_asc', 1, 0)),
    item.cooperatingOrganisationIds.length
      ? db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(inArray(organisations.id, item.cooperatingOrganisationIds)).orderBy(asc(organisations.name))
      : [],
    item.conferenceId ? db.select({ title: conferences.title }).from(conferences).where(eq(conferences.id, item.conferenceId)) : [],
    item.visitId ? db.select({ title: workingVisits.title }).from(workingVisits).where(eq(workingVisits.id, item.visitId)) : [],
    item.parentId ? db.select({ id: followupItems.id, reference: followupItems.reference, text: followupItems.text }).from(followupItems).where(eq(followupItems.id, item.parentId)) : [],
    queryRows<ListRow>(db, listRowsSql(sql`i.parent_id = ${id}`, today, 'due_asc', 100, 0)),
    item.provinceCode === null ? rollupsOf(db, [id], today) : new Map(),
    timelineOf(db, item),
  ]);
  const scope = { provinceCode: item.provinceCode, leadOrganisationId: item.leadOrganisationId, cooperatingOrganisationIds: item.cooperatingOrganisationIds };
  return {
    ...toListItem(listRows[0]!, rollups.get(id) ?? null),
    cooperatingOrganisations: bodies,
    visitId: item.visitId,
    visitTitle: visit[0]?.title ?? null,
    conferenceId: item.conferenceId,
    conferenceTitle: conference[0]?.title ?? null,
    conferenceOutcomeId: item.conferenceOutcomeId,
    recommendingStates: item.recommendingStates,
    session: item.session,
    paragraph: item.paragraph,
    planNumber: item.planNumber,
    planDate: item.planDate,
    planTitle: item.planTitle,
    sdgs: item.sdgs,
    affectedPersons: item.affectedPersons,
    closingNote: item.closingNote,
    closedAt: iso(item.closedAt),
    parent: parent[0] ?? null,
    copies: copies
      .filter((c) => canReadFollowup(actor, { provinceCode: c.province_code }))
      .sort((a, b) => (a.province_code ?? '').localeCompare(b.province_code ?? ''))
      .map((c) => ({ id: c.id, provinceCode: c.province_code ?? '', provinceName: c.province_name ?? '', status: c.status as FollowupItem['status'], dueDate: c.due_date, overdue: Boolean(c.overdue) })),
    timeline,
    refusals: { edit: editRefusal(actor, item), status: statusRefusal(actor, scope), progress: progressRefusal(actor, scope) },
  };
}
