import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import type { Actor } from '../auth/actor.js';
import { getConference } from '../conferences/service.js';

/** The conference a participant request is about, with the points its lists refer to. */
export type ConferenceScope = {
  id: string;
  title: string;
  startDate: string;
  provinceCode: string | null;
  points: Array<{ id: string; name: string; hasInternet: boolean; actualAttendance: number | null; pointCount: number }>;
};

/**
 * Loads the conference for a participant request. Visibility is the conference's own
 * (`getConference`: another province's conference is a 404, as on its detail page); for a
 * change, the caller must also manage the conference.
 *
 * The manage rule repeats the conferences service's `assertCanManage` (not exported): a
 * national administrator manages every conference, a province only the provincial and
 * commune-level conferences it hosts. Keep the two in step.
 */
export async function loadConference(db: Db, actor: Actor, conferenceId: string, intent: 'read' | 'manage'): Promise<ConferenceScope> {
  const c = await getConference(db, actor, conferenceId);
  const provinceCode = c.province?.code ?? null;
  if (intent === 'manage' && actor.role !== 'national_admin') {
    if (c.level === 'national' || c.level === 'regional' || provinceCode !== actor.provinceCode) {
      throw new AppError('FORBIDDEN', 'Bạn chỉ quản lý được đại biểu của hội nghị cấp tỉnh, cấp xã của tỉnh mình.');
    }
  }
  return {
    id: c.id,
    title: c.title,
    startDate: c.startDate,
    provinceCode,
    points: c.connectionPoints.map((p) => ({ id: p.id, name: p.name, hasInternet: p.hasInternet, actualAttendance: p.actualAttendance, pointCount: p.pointCount })),
  };
}

/** A point id sent by the client must be one of the conference's points. */
export function assertPointOfConference(scope: ConferenceScope, pointId: string | null | undefined, path = 'connectionPointId') {
  if (pointId && !scope.points.some((p) => p.id === pointId)) {
    const message = 'Điểm cầu không thuộc hội nghị này.';
    throw new AppError('VALIDATION', message, { errors: [{ path, message }] });
  }
}
