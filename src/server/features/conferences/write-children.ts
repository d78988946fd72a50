import { and, eq, inArray, notInArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { refreshConferenceFacts } from '../conference-stats/facts.js';
import type { ConferenceData } from '../../../shared/api/conferences.js';
import {
  agendaItems,
  conferenceMaterials,
  conferenceOfficials,
  conferenceOrganisers,
  conferenceOutcomes,
  conferenceSources,
  connectionPoints,
} from './tables.js';

/**
 * Writes a conference's children inside the caller's transaction. Connection points keep their
 * ids across edits (participants, check-ins and headcounts hang off them), so they are updated
 * in place, added, or removed; the simple lists (organisers, officials, agenda, materials,
 * sources) are replaced as a whole. Outcomes keep their ids too: follow-up items point at them.
 */
export async function writeConferenceChildren(db: Db, conferenceId: string, data: ConferenceData): Promise<void> {
  await db.delete(conferenceOfficials).where(eq(conferenceOfficials.conferenceId, conferenceId));
  await db.delete(conferenceMaterials).where(eq(conferenceMaterials.conferenceId, conferenceId));
  await db.delete(conferenceOrganisers).where(eq(conferenceOrganisers.conferenceId, conferenceId));
  await db.delete(conferenceSources).where(eq(conferenceSources.conferenceId, conferenceId));
  await db.delete(agendaItems).where(eq(agendaItems.conferenceId, conferenceId));

  const keptIds = data.connectionPoints.flatMap((p) => (p.id ? [p.id] : []));
  await db
    .delete(connectionPoints)
    .where(and(eq(connectionPoints.conferenceId, conferenceId), keptIds.length ? notInArray(connectionPoints.id, keptIds) : undefined));
  const pointIds: string[] = [];
  for (const [position, { id, ...point }] of data.connectionPoints.entries()) {
    if (id) {
      await db.update(connectionPoints).set({ ...point, position }).where(and(eq(connectionPoints.id, id), eq(connectionPoints.conferenceId, conferenceId)));
      pointIds.push(id);
    } else {
      const [row] = await db.insert(connectionPoints).values({ ...point, position, conferenceId }).returning({ id: connectionPoints.id });
      pointIds.push(row!.id);
    }
  }

  if (data.organisers.length) {
    await db.insert(conferenceOrganisers).values(data.organisers.map((o, position) => ({ ...o, position, conferenceId })));
  }
  const agendaIds = data.agenda.length
    ? (await db.insert(agendaItems).values(data.agenda.map((a, position) => ({ ...a, position, conferenceId }))).returning({ id: agendaItems.id, position: agendaItems.position }))
        .sort((a, b) => a.position - b.position)
        .map((r) => r.id)
    : [];
  if (data.officials.length) {
    await db.insert(conferenceOfficials).values(
      data.officials.map(({ connectionPointIndex, ...o }, position) => ({
        ...o,
        position,
        conferenceId,
        connectionPointId: connectionPointIndex === null ? null : (pointIds[connectionPointIndex] ?? null),
      })),
    );
  }
  if (data.materials.length) {
    await db.insert(conferenceMaterials).values(
      data.materials.map(({ agendaItemIndex, ...m }, position) => ({
        ...m,
        position,
        conferenceId,
        agendaItemId: agendaItemIndex === null ? null : (agendaIds[agendaItemIndex] ?? null),
      })),
    );
  }
  await writeOutcomes(db, conferenceId, data.outcomes);
  if (data.sources.length) {
    await db.insert(conferenceSources).values(data.sources.map((s, position) => ({ ...s, position, conferenceId })));
  }
  // In the same transaction: the statistics read these facts, never a stale copy.
  await refreshConferenceFacts(db, conferenceId);
}

/** Ids of connection points that belong to a conference (to check ids sent in an edit). */
export async function connectionPointIdsOf(db: Db, conferenceId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: connectionPoints.id })
    .from(connectionPoints)
    .where(and(eq(connectionPoints.conferenceId, conferenceId), inArray(connectionPoints.id, ids)));
  return new Set(rows.map((r) => r.id));
}

/**
 * Outcomes given back with their id are updated in place; an id that is not one of this
 * conference's outcomes is ignored (the outcome is added as new), so nobody rewrites another
 * conference's outcome by sending its id.
 */
async function writeOutcomes(db: Db, conferenceId: string, outcomes: ConferenceData['outcomes']): Promise<void> {
  const existing = new Set(
    (await db.select({ id: conferenceOutcomes.id }).from(conferenceOutcomes).where(eq(conferenceOutcomes.conferenceId, conferenceId))).map((r) => r.id),
  );
  const keptIds = outcomes.flatMap((o) => (o.id && existing.has(o.id) ? [o.id] : []));
  await db
    .delete(conferenceOutcomes)
    .where(and(eq(conferenceOutcomes.conferenceId, conferenceId), keptIds.length ? notInArray(conferenceOutcomes.id, keptIds) : undefined));
  const seen = new Set<string>();
  for (const [position, { id, ...outcome }] of outcomes.entries()) {
    if (id && existing.has(id) && !seen.has(id)) {
      seen.add(id);
      await db.update(conferenceOutcomes).set({ ...outcome, position }).where(eq(conferenceOutcomes.id, id));
    } else {
      await db.insert(conferenceOutcomes).values({ ...outcome, position, conferenceId });
    }
  }
}
