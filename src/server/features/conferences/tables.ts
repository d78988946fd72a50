import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { communes, legacyProvinces, provinces } from '../admin-units/tables.js';
import { organisations } from '../organisations/tables.js';

/**
 * A training conference (hội nghị tập huấn). `provinceCode` is always the current province, so
 * every record rolls up to the 34 provinces; `legacyProvinceCode` keeps the pre-July-2025
 * province a record was reported under.
 */
export const conferences = pgTable(
  'conferences',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    level: text('level').notNull(),
    provinceCode: text('province_code').references(() => provinces.code),
    legacyProvinceCode: text('legacy_province_code').references(() => legacyProvinces.code),
    communeCode: text('commune_code').references(() => communes.code),
    startDate: date('start_date').notNull(),
    startTime: text('start_time'),
    partOfDay: text('part_of_day'),
    endDate: date('end_date'),
    venue: text('venue'),
    format: text('format'),
    status: text('status').notNull(),
    participantsPlanned: integer('participants_planned'),
    participantsActual: integer('participants_actual'),
    participantsQualifier: text('participants_qualifier'),
    audiences: jsonb('audiences').$type<string[]>().notNull().default([]),
    summary: text('summary'),
    /** Folded title, topics, speakers, organisers and venue: what the list's text search looks in. */
    searchKey: text('search_key').notNull(),
    /** Rights themes of the agenda, denormalised for filtering. */
    themes: jsonb('themes').$type<string[]>().notNull().default([]),
    version: integer('version').notNull().default(1),
    /** No foreign key: command-line imports act as the installation, and accounts may be erased; the audit log keeps who. */
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('conferences_province_date_idx').on(t.provinceCode, t.startDate),
    index('conferences_date_idx').on(t.startDate),
    index('conferences_legacy_province_idx').on(t.legacyProvinceCode),
    // Trigram index: `search_key LIKE '%word%'` stays fast over ten years of national data.
    index('conferences_search_key_trgm_idx').using('gin', sql`${t.searchKey} gin_trgm_ops`),
  ],
);

export const conferenceOrganisers = pgTable(
  'conference_organisers',
  {
    conferenceId: uuid('conference_id')
      .notNull()
      .references(() => conferences.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** 'organizer' (chủ trì tổ chức) or 'co_organizer' (phối hợp tổ chức). */
    role: text('role').notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.conferenceId, t.organisationId] }), index('conference_organisers_org_idx').on(t.organisationId)],
);

/** A connection point (điểm cầu) of an online or hybrid conference. */
export const connectionPoints = pgTable(
  'connection_points',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    conferenceId: uuid('conference_id')
      .notNull()
      .references(() => conferences.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
    name: text('name').notNull(),
    /** 'central', 'province', 'district', 'commune' or 'other'. */
    level: text('level').notNull(),
    provinceCode: text('province_code').references(() => provinces.code),
    communeCode: text('commune_code').references(() => communes.code),
    hostOrganisationId: uuid('host_organisation_id').references(() => organisations.id),
    isMain: boolean('is_main').notNull().default(false),
    plannedAttendance: integer('planned_attendance'),
    actualAttendance: integer('actual_attendance'),
    hasInternet: boolean('has_internet').notNull().default(true),
    /**
     * How many points this row stands for. Reports often give only counts ("10 điểm cầu cấp
     * huyện và 161 điểm cầu xã"), so one row may record a group of same-level points with their
     * summed attendance; every count of connection points sums this, never the rows.
     */
    pointCount: integer('point_count').notNull().default(1),
    /**
     * The unguessable part of the point's QR check-in link `/d/<token>`, issued on demand by the
     * awareness feature; conference edits never touch it (they update points in place).
     */
    checkInToken: text('check_in_token').unique(),
  },
  (t) => [index('connection_points_conference_idx').on(t.conferenceId), check('connection_points_point_count_check', sql`${t.pointCount} >= 1`)],
);

/** Officials present, with rank (cấp hàm), title (chức vụ) and role at the conference. */
export const conferenceOfficials = pgTable(
  'conference_officials',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    conferenceId: uuid('conference_id')
      .notNull()
      .references(() => conferences.id, { onDelete: 'cascade' }),
    connectionPointId: uuid('connection_point_id').references(() => connectionPoints.id, { onDelete: 'set null' }),
    position: integer('position').notNull().default(0),
    name: text('name').notNull(),
    rank: text('rank'),
    title: text('title'),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    role: text('role').notNull(),
  },
  (t) => [index('conference_officials_conference_idx').on(t.conferenceId)],
);

/** An agenda topic (chuyên đề) with its speaker. */
export const agendaItems = pgTable(
  'agenda_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    conferenceId: uuid('conference_id')
      .notNull()
      .references(() => conferences.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
    title: text('title').notNull(),
    themes: jsonb('themes').$type<string[]>().notNull().default([]),
    speakerName: text('speaker_name'),
    speakerRank: text('speaker_rank'),
    speakerTitle: text('speaker_title'),
    speakerOrganisationId: uuid('speaker_organisation_id').references(() => organisations.id),
    durationMinutes: integer('duration_minutes'),
  },
  (t) => [index('agenda_items_conference_idx').on(t.conferenceId)],
);

/** Materials: uploaded files, films shown, links; attached to the conference or to one topic. */
export const conferenceMaterials = pgTable(
  'conference_materials',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    conferenceId: uuid('conference_id')
      .notNull()
      .references(() => conferences.id, { onDelete: 'cascade' }),
    agendaItemId: uuid('agenda_item_id').references(() => agendaItems.id, { onDelete: 'set null' }),
    position: integer('position').notNull().default(0),
    /** 'file', 'film' or 'link'. */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    url: text('url'),
    fileId: uuid('file_id'),
  },
  (t) => [index('conference_materials_conference_idx').on(t.conferenceId)],
);

/**
 * What the conference concluded: limitations noted and directions given, each its own item with
 * a responsible body and a due date, so that follow-up can track it later.
 */
export const conferenceOutcomes = pgTable(
  'conference_outcomes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    conferenceId: uuid('conference_id')
      .notNull()
      .references(() => conferences.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
    /** 'limitation' (hạn chế) or 'direction' (chỉ đạo, đề nghị). */
    kind: text('kind').notNull(),
    text: text('text').notNull(),
    responsibleOrganisationId: uuid('responsible_organisation_id').references(() => organisations.id),
    responsibleText: text('responsible_text'),
    dueDate: date('due_date'),
  },
  (t) => [index('conference_outcomes_conference_idx').on(t.conferenceId)],
);

/** Press articles and reports about the conference. */
export const conferenceSources = pgTable(
  'conference_sources',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    conferenceId: uuid('conference_id')
      .notNull()
      .references(() => conferences.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
    url: text('url'),
    title: text('title'),
    publisher: text('publisher'),
    publishedDate: date('published_date'),
    /** The original document (intake keeps it); no foreign key so a file can outlive its source row. */
    fileId: uuid('file_id'),
  },
  (t) => [index('conference_sources_conference_idx').on(t.conferenceId)],
);

/**
 * What deleting a conference removed, kept for a short while so that "Hoàn tác" can put it back:
 * every row that went with it (points, participants, topics, outcomes, awareness tests…) and the
 * links other records lost (a follow-up item's outcome). Rows older than the undo window are purged
 * on the next delete, so participants' personal data does not linger here.
 */
export const conferenceTrash = pgTable(
  'conference_trash',
  {
    conferenceId: uuid('conference_id').primaryKey(),
    /** Who may restore it: the conference's level, province and organisers when it was deleted. */
    access: jsonb('access').notNull(),
    /** Table name → the rows removed with the conference, as `to_jsonb` gave them. */
    rows: jsonb('rows').notNull(),
    /** Links set to null by the delete: table, primary key, columns and their old values. */
    links: jsonb('links').notNull(),
    title: text('title').notNull(),
    deletedBy: uuid('deleted_by'),
    deletedAt: timestamp('deleted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('conference_trash_deleted_at_idx').on(t.deletedAt)],
);
