import type { Db } from '../../db/client.js';
import { AppError, notFound } from '../../errors.js';
import {
  participantInputSchema,
  type Participant,
  type ParticipantData,
  type ParticipantExport,
  type ParticipantInput,
  type ParticipantList,
  type ParticipantListQuery,
  type ParticipantUpdate,
} from '../../../shared/api/participants.js';
import { searchKey } from '../../../shared/text/index.js';
import { recordAudit } from '../audit/record.js';
import type { Actor } from '../auth/actor.js';
import { assertPointOfConference, loadConference, type ConferenceScope } from './access.js';
import { cleanOptional, cleanText, identityKeyOf, participantSearchKey } from './participant-text.js';
import {
  deleteParticipantRow,
  findParticipantRow,
  findSameIdentity,
  insertParticipant,
  latestCheckIns,
  listCheckIns,
  listParticipantRows,
  updateParticipantIfVersion,
  type ParticipantWithPoint,
} from './queries.js';
import { toCheckIn, toParticipant } from './to-participant.js';

/*
 * Audit entries about participants hold ids and counts only, never a name, agency, position or
 * contact: the audit log is append-only (a trigger refuses DELETE), so anything personal copied
 * into it could never be erased, and erasing a person must leave nothing of them behind.
 */

export async function listParticipants(db: Db, actor: Actor, conferenceId: string, query: ParticipantListQuery): Promise<ParticipantList> {
  const scope = await loadConference(db, actor, conferenceId, 'roster');
  const words = query.q ? searchKey(query.q).split(' ').filter(Boolean) : [];
  const checkedIn = query.checkedIn === undefined ? undefined : query.checkedIn === 'true';
  const { items, total } = await listParticipantRows(db, { conferenceId, words, connectionPoint: query.connectionPoint, checkedIn }, query.page, query.pageSize);
  const latest = await latestCheckIns(db, items.map((i) => i.participant.id));
  return { items: items.map((row) => toParticipant(row, latest.get(row.participant.id), scope.showContacts)), total };
}

export async function loadParticipant(db: Db, conferenceId: string, participantId: string): Promise<ParticipantWithPoint> {
  const row = await findParticipantRow(db, conferenceId, participantId);
  if (!row) throw notFound('Đại biểu');
  return row;
}

/** The participant as the API shows it, with their current check-in state. */
export async function readParticipant(db: Db, conferenceId: string, participantId: string): Promise<Participant> {
  const row = await loadParticipant(db, conferenceId, participantId);
  return toParticipant(row, (await latestCheckIns(db, [participantId])).get(participantId));
}

function columnsOf(data: ParticipantData) {
  const fullName = cleanText(data.fullName);
  const agency = cleanOptional(data.agency);
  const position = cleanOptional(data.position);
  return {
    fullName,
    agency,
    position,
    contact: cleanOptional(data.contact),
    connectionPointId: data.connectionPointId,
    searchKey: participantSearchKey(fullName, agency, position),
    identityKey: identityKeyOf(fullName, agency),
  };
}

const duplicate = () =>
  new AppError('CONFLICT', 'Danh sách đã có một người cùng họ tên và cơ quan, đơn vị.', {
    errors: [{ path: 'fullName', message: 'Đã có người cùng họ tên và cơ quan trong danh sách.' }],
  });

/** A unique-index violation from either engine (PostgreSQL error 23505), possibly wrapped by Drizzle. */
function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}

async function parseFor(db: Db, scope: ConferenceScope, raw: ParticipantInput, selfId?: string) {
  const columns = columnsOf(participantInputSchema.parse(raw));
  assertPointOfConference(scope, columns.connectionPointId);
  if (await findSameIdentity(db, scope.id, columns.identityKey, selfId)) throw duplicate();
  return columns;
}

export async function createParticipant(db: Db, actor: Actor, conferenceId: string, raw: ParticipantInput): Promise<Participant> {
  const scope = await loadConference(db, actor, conferenceId, 'manage');
  const columns = await parseFor(db, scope, raw);
  try {
    const id = await db.transaction(async (tx) => {
      const { id } = await insertParticipant(tx, { ...columns, conferenceId });
      await recordAudit(tx, actor, {
        action: 'create',
        entityType: 'participant',
        entityId: id,
        provinceCode: scope.provinceCode,
        after: { participantId: id, conferenceId, connectionPointId: columns.connectionPointId },
      });
      return id;
    });
    return readParticipant(db, conferenceId, id);
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicate();
    throw error;
  }
}

/** Saves the changes when `version` is still current; 409 when someone saved first. */
export async function updateParticipant(db: Db, actor: Actor, conferenceId: string, participantId: string, raw: ParticipantUpdate): Promise<Participant> {
  const scope = await loadConference(db, actor, conferenceId, 'manage');
  const before = await loadParticipant(db, conferenceId, participantId);
  const columns = await parseFor(db, scope, raw, participantId);
  try {
    await db.transaction(async (tx) => {
      const updated = await updateParticipantIfVersion(tx, participantId, raw.version, columns);
      if (!updated) throw new AppError('CONFLICT', 'Thông tin đại biểu này vừa được người khác sửa. Hãy tải lại rồi sửa tiếp.');
      await recordAudit(tx, actor, {
        action: 'update',
        entityType: 'participant',
        entityId: participantId,
        provinceCode: scope.provinceCode,
        before: { participantId, conferenceId, connectionPointId: before.participant.connectionPointId, version: before.participant.version },
        after: { participantId, conferenceId, connectionPointId: columns.connectionPointId, version: raw.version + 1 },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicate();
    throw error;
  }
  return readParticipant(db, conferenceId, participantId);
}

/**
 * Erases one person: the row and every check-in (cascade). Not a soft delete: nothing of the
 * person remains, and the audit entry says only that an erasure happened.
 */
export async function eraseParticipant(db: Db, actor: Actor, conferenceId: string, participantId: string): Promise<void> {
  const scope = await loadConference(db, actor, conferenceId, 'manage');
  await loadParticipant(db, conferenceId, participantId);
  await db.transaction(async (tx) => {
    await deleteParticipantRow(tx, participantId);
    await recordAudit(tx, actor, {
      action: 'erase',
      entityType: 'participant',
      entityId: participantId,
      provinceCode: scope.provinceCode,
      after: { participantId, conferenceId, erased: true },
    });
  });
}

/** Everything stored about one person, to hand to them (data portability). */
export async function exportParticipant(db: Db, actor: Actor, conferenceId: string, participantId: string, now = new Date()): Promise<ParticipantExport> {
  const scope = await loadConference(db, actor, conferenceId, 'manage');
  const row = await loadParticipant(db, conferenceId, participantId);
  const history = await listCheckIns(db, participantId);
  const { checkedIn: _checkedIn, lastCheckIn: _lastCheckIn, ...participant } = toParticipant(row, history.at(-1));
  return {
    exportedAt: now.toISOString(),
    notice:
      'Toàn bộ dữ liệu rights-desk lưu về người này trong hội nghị: họ tên, cơ quan, chức vụ, liên hệ, điểm cầu và lịch sử điểm danh. Hệ thống không lưu thông tin nào khác về người này.',
    conference: { id: scope.id, title: scope.title, startDate: scope.startDate },
    participant,
    checkIns: history.map(toCheckIn),
  };
}
