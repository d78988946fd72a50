import type { CheckIn, CheckInMethod, Participant } from '../../../shared/api/participants.js';
import type { CheckInWithNames, ParticipantWithPoint } from './queries.js';

export function toCheckIn({ checkIn, connectionPointName, recordedByName }: CheckInWithNames): CheckIn {
  return {
    id: checkIn.id,
    at: checkIn.at.toISOString(),
    connectionPointId: checkIn.connectionPointId,
    connectionPointName,
    method: checkIn.method as CheckInMethod,
    recordedBy: checkIn.recordedBy,
    recordedByName,
  };
}

/**
 * The API shape; `latest` is the person's latest check-in entry, if any. The contact is shown
 * only to those who manage the conference (`showContact`); others get null.
 */
export function toParticipant(
  { participant: p, connectionPointName }: ParticipantWithPoint,
  latest: CheckInWithNames | undefined,
  showContact = true,
): Participant {
  const checkedIn = latest !== undefined && latest.checkIn.method !== 'undo';
  return {
    id: p.id,
    conferenceId: p.conferenceId,
    connectionPointId: p.connectionPointId,
    connectionPointName,
    fullName: p.fullName,
    agency: p.agency,
    position: p.position,
    contact: showContact ? p.contact : null,
    checkedIn,
    lastCheckIn: checkedIn ? toCheckIn(latest) : null,
    version: p.version,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}
