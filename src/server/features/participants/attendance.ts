import type { Db } from '../../db/client.js';
import type { Attendance, PointAttendance } from '../../../shared/api/participants.js';
import type { Actor } from '../auth/actor.js';
import { countPoints } from '../../../shared/conferences/point-count.js';
import { loadConference } from './access.js';
import { checkedInCountsByPoint, rosterCountsByPoint } from './queries.js';

/**
 * How many people attended, per connection point and in total ("3.100 đại biểu tại 114 điểm
 * cầu"), counting nobody twice.
 *
 * A point reports attendance one of two ways: it checks people in from its roster, or, without
 * internet or a roster, it reports a headcount (the point's `actualAttendance`) afterwards. Per
 * point, `counted = max(checked in, headcount)`: a headcount normally includes the people
 * checked in there, so adding the two would count those people twice, and the larger number
 * is the better-informed one.
 *
 * Each person is counted at most once in the whole conference: only their latest check-in entry
 * counts, and it places them at that entry's point (someone who moved from one point to another
 * counts at the second); an 'undo' as latest entry means not checked in. People checked in
 * without a point form a row of their own (`connectionPointId: null`), shown only when it has
 * someone. The total is the sum of `counted` over the rows.
 */
export async function getAttendance(db: Db, actor: Actor, conferenceId: string): Promise<Attendance> {
  const scope = await loadConference(db, actor, conferenceId, 'read');
  const [roster, checkedIn] = await Promise.all([rosterCountsByPoint(db, conferenceId), checkedInCountsByPoint(db, conferenceId)]);
  const rosterOf = new Map(roster.map((r) => [r.connectionPointId, r.n]));
  const checkedInOf = new Map(checkedIn.map((r) => [r.connectionPointId, r.n]));

  const byPoint: PointAttendance[] = scope.points.map((p) => {
    const here = checkedInOf.get(p.id) ?? 0;
    return {
      connectionPointId: p.id,
      name: p.name,
      hasInternet: p.hasInternet,
      pointCount: p.pointCount,
      rosterCount: rosterOf.get(p.id) ?? 0,
      checkedIn: here,
      headcount: p.actualAttendance,
      counted: Math.max(here, p.actualAttendance ?? 0),
    };
  });
  const unassignedRoster = rosterOf.get(null) ?? 0;
  const unassignedCheckedIn = checkedInOf.get(null) ?? 0;
  if (unassignedRoster > 0 || unassignedCheckedIn > 0) {
    byPoint.push({
      connectionPointId: null,
      name: null,
      hasInternet: null,
      pointCount: 0,
      rosterCount: unassignedRoster,
      checkedIn: unassignedCheckedIn,
      headcount: null,
      counted: unassignedCheckedIn,
    });
  }
  const sum = (pick: (p: PointAttendance) => number) => byPoint.reduce((acc, p) => acc + pick(p), 0);
  return {
    byPoint,
    total: sum((p) => p.counted),
    // A row recorded as a group ("161 điểm cầu cấp xã") counts as that many points.
    pointsCount: countPoints(scope.points),
    rosterTotal: sum((p) => p.rosterCount),
    checkedInTotal: sum((p) => p.checkedIn),
  };
}
