import { and, asc, desc, eq, like } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { conferences, connectionPoints } from '../conferences/tables.js';
import { insertCheckIn, lockParticipantRow } from '../participants/queries.js';
import { participantCheckIns, participants } from '../participants/tables.js';

export async function pointsWithTokens(db: Db, conferenceId: string) {
  return db
    .select({ id: connectionPoints.id, name: connectionPoints.name, token: connectionPoints.checkInToken })
    .from(connectionPoints)
    .where(eq(connectionPoints.conferenceId, conferenceId))
    .orderBy(asc(connectionPoints.position));
}

export async function setPointToken(db: Db, conferenceId: string, pointId: string, token: string) {
  const rows = await db
    .update(connectionPoints)
    .set({ checkInToken: token })
    .where(and(eq(connectionPoints.id, pointId), eq(connectionPoints.conferenceId, conferenceId)))
    .returning({ id: connectionPoints.id });
  return rows[0];
}

export async function findPointByToken(db: Db, token: string) {
  const rows = await db
    .select({ pointId: connectionPoints.id, pointName: connectionPoints.name, conferenceId: conferences.id, title: conferences.title, startDate: conferences.startDate })
    .from(connectionPoints)
    .innerJoin(conferences, eq(conferences.id, connectionPoints.conferenceId))
    .where(eq(connectionPoints.checkInToken, token));
  return rows[0];
}

/**
 * People on a point's roster whose identity key starts with the folded name (`name|agency`):
 * the name as people read it, whatever agency they are listed under. The folded name holds only
 * letters, digits and spaces, so it is safe inside LIKE.
 */
export async function rosterMatches(db: Db, pointId: string, foldedName: string) {
  return db
    .select({ id: participants.id, identityKey: participants.identityKey })
    .from(participants)
    .where(and(eq(participants.connectionPointId, pointId), like(participants.identityKey, `${foldedName}|%`)))
    .limit(10);
}

export async function latestMethodOf(db: Db, participantId: string) {
  const rows = await db
    .select({ method: participantCheckIns.method, at: participantCheckIns.at })
    .from(participantCheckIns)
    .where(eq(participantCheckIns.participantId, participantId))
    .orderBy(desc(participantCheckIns.id))
    .limit(1);
  return rows[0];
}

/**
 * Appends a QR check-in unless the person is already checked in (their latest entry is not an
 * 'undo'). The latest entry is read while holding the person's row, so twenty taps of one name
 * at once write one entry. Returns whether an entry was written.
 */
export async function insertQrCheckInUnlessIn(db: Db, values: { participantId: string; conferenceId: string; connectionPointId: string; at: Date }): Promise<boolean> {
  return db.transaction(async (tx) => {
    if (!(await lockParticipantRow(tx, values.participantId))) return false;
    const latest = await latestMethodOf(tx, values.participantId);
    if (latest && latest.method !== 'undo') return false;
    // recordedBy stays empty: the person checked themself in; the method says how.
    await insertCheckIn(tx, { ...values, recordedBy: null, method: 'qr' });
    return true;
  });
}
