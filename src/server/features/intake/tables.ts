import { index, integer, jsonb, numeric, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { provinces } from '../admin-units/tables.js';
import { conferences } from '../conferences/tables.js';
import { storedFiles } from '../files/tables.js';
import type { Evidence, IntakeExtraction } from '../../../shared/intake/extraction.js';

/**
 * One document brought in for intake, from upload to the person's decision. Nothing becomes a
 * conference until a person confirms the draft; until then the document waits in the queue.
 */
export const intakeDocuments = pgTable(
  'intake_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Documents uploaded together share a batch id (a folder, a multi-file pick). */
    batchId: uuid('batch_id').notNull(),
    fileId: uuid('file_id').references(() => storedFiles.id),
    fileName: text('file_name').notNull(),
    /** 'txt', 'html', 'docx', 'pdf' or 'pasted'. */
    kind: text('kind').notNull(),
    sourceUrl: text('source_url'),
    /** sha256 of the text the reader produced: the same article uploaded twice is found at once. */
    textSha256: text('text_sha256'),
    /** 'ready' (awaiting review), 'confirmed' or 'dropped'. */
    status: text('status').notNull(),
    errorCode: text('error_code'),
    errorMessage: text('error_message'),
    /** The text the review screen shows; evidence spans point into it. */
    sourceText: text('source_text'),
    extraction: jsonb('extraction').$type<IntakeExtraction>(),
    /** Province the draft names (current code), for visibility and duplicate search. */
    provinceCode: text('province_code').references(() => provinces.code),
    eventDate: text('event_date'),
    /** Another document of the queue reporting the same event. */
    duplicateOfDocumentId: uuid('duplicate_of_document_id'),
    /** An existing conference the draft appears to describe. */
    matchedConferenceId: uuid('matched_conference_id').references(() => conferences.id, { onDelete: 'set null' }),
    /** The conference the confirmed draft created or completed. */
    conferenceId: uuid('conference_id').references(() => conferences.id, { onDelete: 'set null' }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    reviewedBy: uuid('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('intake_documents_status_idx').on(t.status, t.createdAt),
    index('intake_documents_batch_idx').on(t.batchId),
    index('intake_documents_text_sha_idx').on(t.textSha256),
  ],
);

/**
 * A figure reported in a confirmed document ("17.670 lao động … đạt 117,8% kế hoạch"), kept with
 * its evidence so it can become an indicator value once indicator reporting exists.
 */
export const reportedFigures = pgTable(
  'reported_figures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => intakeDocuments.id, { onDelete: 'cascade' }),
    conferenceId: uuid('conference_id').references(() => conferences.id, { onDelete: 'set null' }),
    provinceCode: text('province_code').references(() => provinces.code),
    position: integer('position').notNull().default(0),
    label: text('label').notNull(),
    value: numeric('value', { mode: 'number' }).notNull(),
    unit: text('unit'),
    qualifier: text('qualifier'),
    valueVnd: numeric('value_vnd', { mode: 'number' }),
    target: numeric('target', { mode: 'number' }),
    percentOfTarget: numeric('percent_of_target', { mode: 'number' }),
    computedPercent: numeric('computed_percent', { mode: 'number' }),
    inconsistency: text('inconsistency'),
    period: text('period'),
    evidence: jsonb('evidence').$type<Record<string, Evidence>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('reported_figures_document_idx').on(t.documentId), index('reported_figures_conference_idx').on(t.conferenceId)],
);
