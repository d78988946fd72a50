import type { Db } from '../../db/client.js';
import { AppError, notFound } from '../../errors.js';
import { checkInInputSchema, type CheckInHistory, type CheckInInput, type Participant } from '../../../shared/api/participants.js';
import type { Actor } from '../auth/actor.js';
import { assertPointOfConference, loadConference } from './access.js';
import { insertCheckIn, latestCheckIns, listCheckIns, lockParticipantRow } from './queries.js';
import { loadParticipant, readParticipant } from './service.js';
import { toCheckIn } from './to-participant.js';

/**
 * Records a check-in (or its cancellation) by appending to the person's history; nothing is
 * ever rewritten, so the desk can always say who checked whom in, when and where.
 *
 * - A check-in happens at the point sent, else at the person's own point (or none).
 * - 'undo' cancels the current check-in: it is refused when the person is not checked in, and
 *   is recorded at the point it cancels.
 * - Checking in again (at another point, say) is allowed: attendance counts a person once, at
 *   their latest check-in.
 * - Writers of one person's history take turns (a lock on the person's row), so the rules hold
 *   when two desks act on the same person at once.
 *
 * Check-ins are not copied to the audit log: the history is their own trail, and it must go
 * with the person when they are erased.
 */
export async function recordCheckIn(db: Db, actor: Actor, conferenceId: string, participantId: string, raw: CheckInInput): Promise<Participant> {
  const scope = await loadConference(db, actor, conferenceId, 'manage');
  const { participant } = await loadParticipant(db, conferenceId, participantId);
  const input = checkInInputSchema.parse(raw);
  if (input.method !== 'undo') assertPointOfConference(scope, input.connectionPointId);
  await db.transaction(async (tx) => {
    // The latest entry is read while holding the person's row: of two undos sent at once, the
    // second sees the first and is refused, instead of both cancelling the same check-in.
    if (!(await lockParticipantRow(tx, participantId))) throw notFound('Đại biểu');
    const latest = (await latestCheckIns(tx, [participantId])).get(participantId);
    const checkedIn = latest !== undefined && latest.checkIn.method !== 'undo';
    let connectionPointId: string | null;
    if (input.method === 'undo') {
      if (!checkedIn) throw new AppError('CONFLICT', 'Người này chưa được điểm danh nên không có gì để hủy.');
      connectionPointId = latest.checkIn.connectionPointId;
    } else {
      connectionPointId = input.connectionPointId ?? participant.connectionPointId;
    }
    await insertCheckIn(tx, { participantId, conferenceId, connectionPointId, recordedBy: actor.id, method: input.method });
  });
  return readParticipant(db, conferenceId, participantId);
}

/** Every check-in entry of one person, oldest first, undo entries included. */
export async function getCheckInHistory(db: Db, actor: Actor, conferenceId: string, participantId: string): Promise<CheckInHistory> {
  await loadConference(db, actor, conferenceId, 'roster');
  await loadParticipant(db, conferenceId, participantId);
  return { items: (await listCheckIns(db, participantId)).map(toCheckIn) };
}
