import { bigserial, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { conferences, connectionPoints } from '../conferences/tables.js';

/**
 * A person invited to (or present at) a training conference.
 *
 * Personal data stays minimal on purpose: name, agency and position, which the invitation list
 * already carries, and an optional contact. Nothing else about the person is stored, and every
 * trace of them (this row and its check-ins) goes when they are erased; the audit log records
 * only ids, never these fields, so erasure really erases.
 */
export const participants = pgTable(
  'participants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    conferenceId: uuid('conference_id')
      .notNull()
      .references(() => conferences.id, { onDelete: 'cascade' }),
    /** Where the person is expected; a point removed from the conference leaves them unassigned. */
    connectionPointId: uuid('connection_point_id').references(() => connectionPoints.id, { onDelete: 'set null' }),
    /** As written in the list, NFC, every diacritic kept. */
    fullName: text('full_name').notNull(),
    agency: text('agency'),
    position: text('position'),
    contact: text('contact'),
    /** Folded name, agency and position: what the list's diacritic-insensitive search looks in. */
    searchKey: text('search_key').notNull(),
    /**
     * Name and agency compared the way people read them (case, spacing, punctuation and the
     * old/new tone-mark placement ignored, diacritics kept: Hòa is not Hoa). One person per
     * conference: importing the same list twice adds nobody.
     */
    identityKey: text('identity_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('participants_conference_identity_idx').on(t.conferenceId, t.identityKey),
    index('participants_conference_name_idx').on(t.conferenceId, t.searchKey),
    index('participants_connection_point_idx').on(t.connectionPointId),
    // No trigram index on search_key: every search is within one conference (a few thousand
    // rows reached through the index above), and searching people across conferences is not
    // something rights-desk does. The index would cost more than half of a large import.
  ],
);

/**
 * Every check-in event, appended and never rewritten: who recorded it, when, where and how. An
 * 'undo' is one more entry, so the history of a morning's registration desk stays readable. A
 * person is checked in when their latest entry is not an 'undo'.
 */
export const participantCheckIns = pgTable(
  'participant_check_ins',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    conferenceId: uuid('conference_id')
      .notNull()
      .references(() => conferences.id, { onDelete: 'cascade' }),
    connectionPointId: uuid('connection_point_id').references(() => connectionPoints.id, { onDelete: 'set null' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /** No foreign key: accounts may be erased, and the entry must survive them. */
    recordedBy: uuid('recorded_by'),
    /** 'qr', 'manual', 'paper_list' or 'undo'. */
    method: text('method').notNull(),
  },
  (t) => [
    index('participant_check_ins_participant_idx').on(t.participantId, t.id),
    index('participant_check_ins_conference_idx').on(t.conferenceId, t.participantId, t.id),
  ],
);
