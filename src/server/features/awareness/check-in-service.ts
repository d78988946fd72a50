import type { Db } from '../../db/client.js';
import { AppError, notFound } from '../../errors.js';
import {
  publicCheckInInputSchema,
  type CheckInLinks,
  type PublicCheckInInput,
  type PublicCheckInPoint,
  type PublicCheckInResult,
} from '../../../shared/api/awareness.js';
import { recordAudit } from '../audit/record.js';
import type { Actor } from '../auth/actor.js';
import type { AttemptThrottle } from '../auth/throttle.js';
import { loadConference } from '../participants/access.js';
import { identityKeyOf } from '../participants/participant-text.js';
import { findPointByToken, insertQrCheckInUnlessIn, pointsWithTokens, rosterMatches, setPointToken } from './check-in-queries.js';
import { newPublicToken } from './tokens.js';

/**
 * QR check-in per connection point. Each point gets its own link `/d/<token>`; a person at the
 * point opens it, types their name, and is checked in if the point's roster has them. The
 * public side never sees the roster: it learns "recorded" or "not found", nothing else.
 */

export async function listCheckInLinks(db: Db, actor: Actor, conferenceId: string): Promise<CheckInLinks> {
  await loadConference(db, actor, conferenceId, 'manage');
  const points = await pointsWithTokens(db, conferenceId);
  return { items: points.map((p) => ({ connectionPointId: p.id, name: p.name, token: p.token })) };
}

/** Issues the point's link, replacing any earlier one (a leaked QR is revoked by issuing again). */
export async function issueCheckInLink(db: Db, actor: Actor, conferenceId: string, pointId: string): Promise<CheckInLinks> {
  const scope = await loadConference(db, actor, conferenceId, 'manage');
  if (!scope.points.some((p) => p.id === pointId)) throw notFound('Điểm cầu');
  await db.transaction(async (tx) => {
    await setPointToken(tx, conferenceId, pointId, newPublicToken());
    await recordAudit(tx, actor, { action: 'issue_link', entityType: 'check_in_link', entityId: pointId, provinceCode: scope.provinceCode, after: { conferenceId, pointId } });
  });
  return listCheckInLinks(db, actor, conferenceId);
}

const linkNotFound = () => new AppError('NOT_FOUND', 'Đường dẫn điểm danh không đúng hoặc đã bị thay. Hãy quét lại mã QR tại điểm cầu.');

export async function getPublicCheckInPoint(db: Db, token: string): Promise<PublicCheckInPoint> {
  const point = await findPointByToken(db, token);
  if (!point) throw linkNotFound();
  return { conferenceTitle: point.title, startDate: point.startDate, pointName: point.pointName };
}

/**
 * Matches the typed name against the point's roster the way the roster itself tells people
 * apart (`identityKeyOf`: case, spacing and tone-mark placement ignored, diacritics kept). A
 * unique name match is enough, since an agency typed on a phone rarely matches the list word for
 * word; the agency only settles two people with the same name.
 *
 * The page is public, so it must not become a roster oracle:
 * - Every attempt costs one place in the (address, link) throttle, a name on the list exactly as
 *   much as one that is not, and it is counted before the roster is read (`take`), so parallel
 *   requests cannot slip past a check made before any of them counted. Counting only misses let
 *   a caller test names for free once they knew one, and made "not refused" itself an answer.
 * - A first and a repeated check-in answer alike: the time is the time of this answer and
 *   `alreadyCheckedIn` is always false. Telling a repeat apart, or giving the earlier time, would
 *   let anyone holding the QR link learn whether and when a named person arrived. The person
 *   standing at the point only needs to know they are recorded; the desk sees the history.
 *   (The response keeps both fields so the phone page and API clients read it unchanged.)
 * - A miss says only "not found here" (the same words for nobody and for two people of that
 *   name), with the hints a real delegate needs; it names no one and no agency.
 */
export async function publicCheckIn(db: Db, throttle: AttemptThrottle, clientKey: string, token: string, raw: PublicCheckInInput): Promise<PublicCheckInResult> {
  const point = await findPointByToken(db, token);
  if (!point) throw linkNotFound();
  const taken = await throttle.take(`${clientKey}|${token}`);
  if (taken.waitMs > 0) {
    const wait = Math.ceil(taken.waitMs / 1000);
    throw new AppError('RATE_LIMITED', `Bạn đã thử quá nhiều lần. Hãy thử lại sau ${wait} giây hoặc gặp bàn đón tiếp.`, { retryAfterSeconds: wait });
  }
  const input = publicCheckInInputSchema.parse(raw);
  const wanted = identityKeyOf(input.fullName, input.agency);
  const foldedName = wanted.split('|')[0]!;
  let matches = foldedName ? await rosterMatches(db, point.pointId, foldedName) : [];
  if (matches.length > 1) matches = matches.filter((m) => m.identityKey === wanted);
  if (matches.length !== 1) {
    throw new AppError(
      'NOT_FOUND',
      `Không tìm thấy tên trong danh sách của điểm cầu này (${point.pointName}). Hãy kiểm tra lại họ tên (có dấu); nếu đã đúng, ghi thêm cơ quan, đơn vị như trên giấy mời, hoặc gặp bàn đón tiếp để được điểm danh.`,
      { errors: [{ path: 'fullName', message: 'Không có trong danh sách' }] },
    );
  }
  const participantId = matches[0]!.id;
  const at = new Date();
  // Already in (and not undone): nothing new to record, and nothing about the earlier check-in said.
  await insertQrCheckInUnlessIn(db, { participantId, conferenceId: point.conferenceId, connectionPointId: point.pointId, at });
  return { pointName: point.pointName, at: at.toISOString(), alreadyCheckedIn: false };
}
