import { and, asc, count, desc, eq, inArray, isNull, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { queryRows } from '../../db/query-rows.js';
import { users } from '../accounts/tables.js';
import { connectionPoints } from '../conferences/tables.js';
import { participantCheckIns, participants } from './tables.js';

export type ParticipantRow = typeof participants.$inferSelect;
export type CheckInRow = typeof participantCheckIns.$inferSelect;

/** The method of a participant's latest check-in entry, or null when there is none. */
const latestMethod = sql<string | null>`(select c.method from ${participantCheckIns} c where c.participant_id = ${participants.id} order by c.id desc limit 1)`;

export type ParticipantFilter = {
  conferenceId: string;
  /** Folded words; every one must appear in the search key. */
  words: string[];
  /** A point id, 'none' for people without a point, or undefined for everyone. */
  connectionPoint?: string;
  checkedIn?: boolean;
};

function filterConditions(f: ParticipantFilter): SQL | undefined {
  const conditions: Array<SQL | undefined> = [eq(participants.conferenceId, f.conferenceId)];
  for (const word of f.words) conditions.push(sql`${participants.searchKey} like ${`%${word}%`}`);
  if (f.connectionPoint === 'none') conditions.push(isNull(participants.connectionPointId));
  else if (f.connectionPoint) conditions.push(eq(participants.connectionPointId, f.connectionPoint));
  if (f.checkedIn === true) conditions.push(sql`coalesce(${latestMethod}, 'undo') <> 'undo'`);
  if (f.checkedIn === false) conditions.push(sql`coalesce(${latestMethod}, 'undo') = 'undo'`);
  return and(...conditions);
}

const withPointName = { participant: participants, connectionPointName: connectionPoints.name };

/** A page of a conference's participants, alphabetical by folded name (the same order on both engines). */
export async function listParticipantRows(db: Db, filter: ParticipantFilter, page: number, pageSize: number) {
  const where = filterConditions(filter);
  const [items, totals] = await Promise.all([
    db
      .select(withPointName)
      .from(participants)
      .leftJoin(connectionPoints, eq(connectionPoints.id, participants.connectionPointId))
      .where(where)
      .orderBy(asc(participants.searchKey), asc(participants.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(participants).where(where),
  ]);
  return { items, total: totals[0]?.n ?? 0 };
}

export async function findParticipantRow(db: Db, conferenceId: string, id: string) {
  const rows = await db
    .select(withPointName)
    .from(participants)
    .leftJoin(connectionPoints, eq(connectionPoints.id, participants.connectionPointId))
    .where(and(eq(participants.id, id), eq(participants.conferenceId, conferenceId)))
    .limit(1);
  return rows[0];
}
export type ParticipantWithPoint = NonNullable<Awaited<ReturnType<typeof findParticipantRow>>>;

/** Another participant of the conference with the same identity key, if any. */
export async function findSameIdentity(db: Db, conferenceId: string, identityKey: string, exceptId?: string) {
  const rows = await db
    .select({ id: participants.id })
    .from(participants)
    .where(and(eq(participants.conferenceId, conferenceId), eq(participants.identityKey, identityKey), exceptId ? ne(participants.id, exceptId) : undefined))
    .limit(1);
  return rows[0];
}

export async function insertParticipant(db: Db, values: typeof participants.$inferInsert) {
  const rows = await db.insert(participants).values(values).returning({ id: participants.id });
  return rows[0]!;
}

/** One participant of an import batch, as `participantBatchJson` packs it. */
export type ParticipantBatchRow = Pick<
  typeof participants.$inferInsert,
  'connectionPointId' | 'fullName' | 'agency' | 'position' | 'contact' | 'searchKey' | 'identityKey'
>;

/**
 * A batch as the single JSON parameter `insertParticipantsSkippingPresent` reads: one JSON
 * parameter rather than eight bound parameters a row halves the insert time of a 50.000-row list
 * on both engines. Separate so a caller can build the next batch while the database is busy.
 */
export function participantBatchJson(values: readonly ParticipantBatchRow[]): { json: string; size: number } {
  const rows = values.map((v) => ({
    connection_point_id: v.connectionPointId ?? null,
    full_name: v.fullName,
    agency: v.agency ?? null,
    position: v.position ?? null,
    contact: v.contact ?? null,
    search_key: v.searchKey,
    identity_key: v.identityKey,
  }));
  return { json: JSON.stringify(rows), size: rows.length };
}

/**
 * Inserts a batch into one conference, skipping people already in its list (same identity key);
 * returns how many were added.
 */
export async function insertParticipantsSkippingPresent(db: Db, conferenceId: string, batch: { json: string; size: number }): Promise<number> {
  if (batch.size === 0) return 0;
  // The conference id travels once, not once a row; only the count comes back, not every new id.
  const [result] = await queryRows<{ added: number }>(
    db,
    sql`
    with added as (
      insert into ${participants} (conference_id, connection_point_id, full_name, agency, position, contact, search_key, identity_key)
      select ${conferenceId}::uuid, connection_point_id, full_name, agency, position, contact, search_key, identity_key
      from json_to_recordset(${batch.json}::json) as r(
        connection_point_id uuid, full_name text, agency text, position text, contact text, search_key text, identity_key text
      )
      on conflict (conference_id, identity_key) do nothing
      returning 1
    )
    select count(*)::int as added from added`,
  );
  return Number(result?.added ?? 0);
}

export async function updateParticipantIfVersion(db: Db, id: string, version: number, values: Partial<typeof participants.$inferInsert>) {
  const rows = await db
    .update(participants)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(and(eq(participants.id, id), eq(participants.version, version)))
    .returning({ id: participants.id });
  return rows[0];
}

/** Deletes the row; its check-ins go with it (foreign key cascade). */
export async function deleteParticipantRow(db: Db, id: string) {
  await db.delete(participants).where(eq(participants.id, id));
}

const checkInColumns = {
  checkIn: participantCheckIns,
  connectionPointName: connectionPoints.name,
  recordedByName: users.fullName,
};

/** A participant's whole check-in history, oldest first. */
export async function listCheckIns(db: Db, participantId: string) {
  return db
    .select(checkInColumns)
    .from(participantCheckIns)
    .leftJoin(connectionPoints, eq(connectionPoints.id, participantCheckIns.connectionPointId))
    .leftJoin(users, eq(users.id, participantCheckIns.recordedBy))
    .where(eq(participantCheckIns.participantId, participantId))
    .orderBy(asc(participantCheckIns.id));
}
export type CheckInWithNames = Awaited<ReturnType<typeof listCheckIns>>[number];

/** The latest check-in entry of each of the given participants (undo entries included). */
export async function latestCheckIns(db: Db, participantIds: string[]): Promise<Map<string, CheckInWithNames>> {
  if (participantIds.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([participantCheckIns.participantId], checkInColumns)
    .from(participantCheckIns)
    .leftJoin(connectionPoints, eq(connectionPoints.id, participantCheckIns.connectionPointId))
    .leftJoin(users, eq(users.id, participantCheckIns.recordedBy))
    .where(inArray(participantCheckIns.participantId, participantIds))
    .orderBy(participantCheckIns.participantId, desc(participantCheckIns.id));
  return new Map(rows.map((r) => [r.checkIn.participantId, r]));
}

/**
 * Holds the person's row until the transaction ends (`db` must be one), so that writers of their
 * check-in history act one after another on the latest entry. False when the person is gone.
 */
export async function lockParticipantRow(db: Db, participantId: string): Promise<boolean> {
  const rows = await db.select({ id: participants.id }).from(participants).where(eq(participants.id, participantId)).for('no key update');
  return rows.length > 0;
}

export async function insertCheckIn(db: Db, values: typeof participantCheckIns.$inferInsert) {
  const rows = await db.insert(participantCheckIns).values(values).returning({ id: participantCheckIns.id });
  return rows[0]!;
}

/** How many participants each point has on its list (null: people without a point). */
export async function rosterCountsByPoint(db: Db, conferenceId: string) {
  return db
    .select({ connectionPointId: participants.connectionPointId, n: count() })
    .from(participants)
    .where(eq(participants.conferenceId, conferenceId))
    .groupBy(participants.connectionPointId);
}

/**
 * How many people are checked in at each point, each person once: only their latest entry
 * counts, it places them at that entry's point, and an 'undo' as latest entry means not
 * checked in.
 */
export async function checkedInCountsByPoint(db: Db, conferenceId: string) {
  const latest = db
    .selectDistinctOn([participantCheckIns.participantId], {
      participantId: participantCheckIns.participantId,
      connectionPointId: participantCheckIns.connectionPointId,
      method: participantCheckIns.method,
    })
    .from(participantCheckIns)
    .where(eq(participantCheckIns.conferenceId, conferenceId))
    .orderBy(participantCheckIns.participantId, desc(participantCheckIns.id))
    .as('latest');
  return db
    .select({ connectionPointId: latest.connectionPointId, n: count() })
    .from(latest)
    .where(ne(latest.method, 'undo'))
    .groupBy(latest.connectionPointId);
}
