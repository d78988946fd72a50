import { sql } from 'drizzle-orm';
import { type AnyPgColumn, boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { provinces } from '../admin-units/tables.js';
import { conferenceOutcomes, conferences } from '../conferences/tables.js';
import { storedFiles } from '../files/tables.js';
import { indicators } from '../indicators/tables.js';
import { organisations } from '../organisations/tables.js';
import { workingVisits } from '../working-visits/tables.js';

/**
 * A follow-up item (việc theo dõi thực hiện): a direction or limitation of a conference, a finding
 * or recommendation of a working visit, a UPR recommendation, a treaty body's concluding
 * observation or a task of an implementation plan, tracked to closure.
 *
 * `provinceCode` null is a national item. Assigning a national item to provinces makes one
 * tracked copy per province (`parentId` = the national item), each with its own status; the
 * national item shows their roll-up. "Quá hạn" is never stored: it is `due_date < today` while
 * the item is still open.
 */
export const followupItems = pgTable(
  'followup_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** 'conference', 'visit', 'upr', 'treaty', 'plan'. */
    kind: text('kind').notNull(),
    /** What the text is: 'direction' / 'limitation' (conference), 'finding' / 'recommendation' (visit), null otherwise. */
    nature: text('nature'),
    parentId: uuid('parent_id').references((): AnyPgColumn => followupItems.id, { onDelete: 'cascade' }),
    /** A short reference shown in lists: "UPR IV 45.12", "CERD/C/VNM/CO/15-17 §23", "KH 123/KH-UBND nhiệm vụ 4". */
    reference: text('reference'),
    text: text('text').notNull(),
    leadOrganisationId: uuid('lead_organisation_id').references(() => organisations.id),
    provinceCode: text('province_code').references(() => provinces.code),
    /** The day the item was given: the conference, the visit, the adoption of the recommendation or plan. */
    itemDate: date('item_date').notNull(),
    dueDate: date('due_date'),
    /** 'not_started' (chưa thực hiện), 'in_progress' (đang thực hiện), 'done' (đã hoàn thành), 'not_done' (không thực hiện). */
    status: text('status').notNull().default('not_started'),
    /** Why the item will not be carried out ('not_done'), or the closing note ('done'). */
    closingNote: text('closing_note'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: uuid('closed_by'),
    // Conference items
    conferenceId: uuid('conference_id').references(() => conferences.id, { onDelete: 'set null' }),
    conferenceOutcomeId: uuid('conference_outcome_id').references(() => conferenceOutcomes.id, { onDelete: 'set null' }),
    // Working-visit items
    visitId: uuid('visit_id').references(() => workingVisits.id, { onDelete: 'set null' }),
    // UPR recommendations
    uprCycle: integer('upr_cycle'),
    /** 'accepted' (chấp thuận) or 'noted' (ghi nhận). */
    uprPosition: text('upr_position'),
    recommendingStates: jsonb('recommending_states').$type<string[]>().notNull().default([]),
    // Treaty bodies' concluding observations
    /** 'CERD', 'CCPR', 'CAT', 'CESCR', 'CEDAW', 'CRC', 'CRPD'. */
    treaty: text('treaty'),
    session: text('session'),
    /** Paragraph number in the source document (UPR report or concluding observations). */
    paragraph: text('paragraph'),
    // Plan tasks
    planNumber: text('plan_number'),
    planDate: date('plan_date'),
    planTitle: text('plan_title'),
    /** Rights themes (same vocabulary as conference themes), SDG targets ('1.2') and affected persons. */
    themes: jsonb('themes').$type<string[]>().notNull().default([]),
    sdgs: jsonb('sdgs').$type<string[]>().notNull().default([]),
    affectedPersons: jsonb('affected_persons').$type<string[]>().notNull().default([]),
    /** Demo data loaded by `seed-demo`, shown with a "dữ liệu mẫu" badge. */
    sample: boolean('sample').notNull().default(false),
    /** Folded text, reference, lead body and plan: what the list's search looks in. */
    searchKey: text('search_key').notNull(),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('followup_items_province_status_idx').on(t.provinceCode, t.status, t.dueDate),
    // Counts by kind and status ("UPR, đang thực hiện") read the index alone.
    index('followup_items_kind_status_idx').on(t.kind, t.status),
    index('followup_items_parent_idx').on(t.parentId),
    index('followup_items_lead_idx').on(t.leadOrganisationId),
    // One index per sort of the list, in the sort's full order (list-query.ts `orders`): a page is
    // the first rows of the index, and a search for a common word walks it and stops at the page.
    index('followup_items_due_order_idx').on(t.dueDate.asc().nullsLast(), t.itemDate.desc().nullsFirst(), t.id),
    index('followup_items_date_order_idx').on(t.itemDate.desc().nullsFirst(), t.id),
    index('followup_items_updated_order_idx').on(t.updatedAt.desc().nullsFirst(), t.id),
    index('followup_items_conference_idx').on(t.conferenceId),
    index('followup_items_visit_idx').on(t.visitId),
    // One tracked item per conference outcome (its copies for provinces hang under it).
    uniqueIndex('followup_items_outcome_uq').on(t.conferenceOutcomeId).where(sql`${t.parentId} is null`),
    index('followup_items_search_key_trgm_idx').using('gin', sql`${t.searchKey} gin_trgm_ops`),
    // The theme filter ("trẻ em" in a province) combines this with the province's index instead of reading every row of the province.
    index('followup_items_themes_idx').using('gin', sql`${t.themes} jsonb_path_ops`),
  ],
);

/** Co-operating bodies (cơ quan phối hợp) of an item. */
export const followupItemBodies = pgTable(
  'followup_item_bodies',
  {
    itemId: uuid('item_id')
      .notNull()
      .references(() => followupItems.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.organisationId] }), index('followup_item_bodies_org_idx').on(t.organisationId)],
);

/**
 * The item's timeline: progress notes and every change of status (closing, reopening, not
 * carrying out, assigning). Entries are never edited or deleted, so reopening keeps the history.
 */
export const followupProgress = pgTable(
  'followup_progress',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => followupItems.id, { onDelete: 'cascade' }),
    /** The day the work described happened (a user may record it later). */
    entryDate: date('entry_date').notNull(),
    /** 'progress', 'status', 'closed', 'reopened', 'assigned', 'created'. */
    eventKind: text('event_kind').notNull(),
    text: text('text').notNull().default(''),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('followup_progress_item_idx').on(t.itemId, t.entryDate)],
);

/** Files attached to a progress entry (uploaded through the materials upload, purpose 'followup'). */
export const followupProgressFiles = pgTable(
  'followup_progress_files',
  {
    progressId: uuid('progress_id')
      .notNull()
      .references(() => followupProgress.id, { onDelete: 'cascade' }),
    fileId: uuid('file_id')
      .notNull()
      .references(() => storedFiles.id),
  },
  (t) => [primaryKey({ columns: [t.progressId, t.fileId] })],
);

/**
 * Indicators a progress entry points at, for a period: the item shows the province's approved
 * figure of that indicator and period with its target, % of plan and change on the year before,
 * always computed from approved data (indicator_aggregates), never copied.
 */
export const followupProgressIndicators = pgTable(
  'followup_progress_indicators',
  {
    progressId: uuid('progress_id')
      .notNull()
      .references(() => followupProgress.id, { onDelete: 'cascade' }),
    indicatorCode: text('indicator_code')
      .notNull()
      .references(() => indicators.code),
    period: text('period').notNull(),
  },
  (t) => [primaryKey({ columns: [t.progressId, t.indicatorCode, t.period] }), index('followup_progress_indicators_code_idx').on(t.indicatorCode)],
);

/** Reminders already sent, so an item due soon (or overdue) is e-mailed once per person and kind. */
export const followupReminders = pgTable(
  'followup_reminders',
  {
    itemId: uuid('item_id')
      .notNull()
      .references(() => followupItems.id, { onDelete: 'cascade' }),
    /** 'due_soon' (within 14 days) or 'overdue'. */
    reminderKind: text('reminder_kind').notNull(),
    accountId: uuid('account_id').notNull(),
    /** The due date the reminder was about: moving the due date makes a new reminder due. */
    dueDate: date('due_date').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.reminderKind, t.accountId, t.dueDate] })],
);
