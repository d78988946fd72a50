import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { searchKey } from '../../../../shared/text/index.js';
import { participants } from '../tables.js';
import type { ConferenceScope } from '../access.js';

/** One printed list: a connection point (or the people not assigned to one) and its people in order. */
export type SheetGroup = { pointName: string | null; people: Array<{ fullName: string; agency: string | null; position: string | null }> };

/** `point`: a point id, 'unassigned' for those without one, or undefined for every group. */
export type SheetSelection = string | 'unassigned' | undefined;

/**
 * The people of a conference grouped by connection point, in the points' order, each group in
 * the order Vietnamese lists use: by given name (the last word), then by the whole name.
 */
export async function sheetGroups(db: Db, scope: ConferenceScope, point: SheetSelection): Promise<SheetGroup[]> {
  const where =
    point === 'unassigned'
      ? and(eq(participants.conferenceId, scope.id), isNull(participants.connectionPointId))
      : point
        ? and(eq(participants.conferenceId, scope.id), eq(participants.connectionPointId, point))
        : eq(participants.conferenceId, scope.id);
  const rows = await db
    .select({ fullName: participants.fullName, agency: participants.agency, position: participants.position, pointId: participants.connectionPointId })
    .from(participants)
    .where(where)
    .orderBy(asc(participants.searchKey));
  const byGivenName = (a: { fullName: string }, b: { fullName: string }) => {
    const given = (n: string) => searchKey(n.trim().split(/\s+/).at(-1) ?? '');
    return given(a.fullName).localeCompare(given(b.fullName), 'vi') || searchKey(a.fullName).localeCompare(searchKey(b.fullName), 'vi');
  };
  const groups: SheetGroup[] = [];
  const pointsInOrder: Array<{ id: string | null; name: string | null }> = [...scope.points.map((p) => ({ id: p.id, name: p.name })), { id: null, name: null }];
  for (const p of pointsInOrder) {
    if (point && point !== 'unassigned' && p.id !== point) continue;
    if (point === 'unassigned' && p.id !== null) continue;
    const people = rows.filter((r) => r.pointId === p.id).sort(byGivenName);
    if (people.length || point) groups.push({ pointName: p.name, people: people.map(({ pointId: _, ...person }) => person) });
  }
  return groups;
}
