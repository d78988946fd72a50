import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import type { Actor } from '../auth/actor.js';
import { assertCanManageConference, canReadRoster, canSeeContacts } from '../conferences/access.js';
import { getConference } from '../conferences/service.js';

/** The conference a participant request is about, with the points its lists refer to. */
export type ConferenceScope = {
  id: string;
  title: string;
  startDate: string;
  provinceCode: string | null;
  /** Whether the actor may see participants' contact details (only those who manage the conference). */
  showContacts: boolean;
  points: Array<{ id: string; name: string; hasInternet: boolean; actualAttendance: number | null; pointCount: number }>;
};

const refusals = {
  roster: 'Danh sách đại biểu chỉ dành cho người quản lý hội nghị, Văn phòng Thường trực và các tài khoản của tỉnh đăng cai.',
} as const;

/**
 * Loads the conference for a participant request. Visibility is the conference's own
 * (`getConference`: another province's conference is a 404, as on its detail page); reading the
 * roster of people needs `canReadRoster`, a change needs `canManageConference` (conferences/access.ts).
 */
export async function loadConference(db: Db, actor: Actor, conferenceId: string, intent: 'read' | 'roster' | 'manage'): Promise<ConferenceScope> {
  const c = await getConference(db, actor, conferenceId);
  const provinceCode = c.province?.code ?? null;
  const target = { level: c.level, provinceCode, organisers: c.organisers };
  if (intent === 'manage') assertCanManageConference(actor, target);
  if (intent === 'roster' && !canReadRoster(actor, target)) throw new AppError('FORBIDDEN', refusals.roster);
  return {
    id: c.id,
    title: c.title,
    startDate: c.startDate,
    provinceCode,
    showContacts: canSeeContacts(actor, target),
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
