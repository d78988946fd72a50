import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { IntakeReportProposal } from '../../../shared/api/intake-reports.js';
import { storedFiles } from '../files/tables.js';

/**
 * A provincial report or a list of recommendations brought in for review. Nothing reaches an
 * indicator report or the follow-up list until a person saves the reviewed proposal; then the
 * document keeps what it became (the report, the items).
 */
export const intakeReportDocuments = pgTable(
  'intake_report_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fileId: uuid('file_id').references(() => storedFiles.id),
    fileName: text('file_name').notNull(),
    /** 'docx', 'pdf', 'xlsx', 'txt', 'html'. */
    fileKind: text('file_kind').notNull(),
    /** 'provincial_report', 'recommendation_list', 'article', 'unknown'. */
    documentKind: text('document_kind').notNull(),
    /** 'ready' (awaiting review), 'saved' or 'dropped'. */
    status: text('status').notNull().default('ready'),
    /** The text the review screen shows; text evidence is offsets into it. */
    sourceText: text('source_text').notNull(),
    proposal: jsonb('proposal').$type<IntakeReportProposal>().notNull(),
    /** The reporting unit's province as read (current or old code) and the uploader's: who may see the document. */
    provinceCode: text('province_code'),
    uploaderProvinceCode: text('uploader_province_code'),
    period: text('period'),
    savedReportId: uuid('saved_report_id'),
    savedItemIds: jsonb('saved_item_ids').$type<string[]>().notNull().default([]),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    reviewedBy: uuid('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('intake_report_documents_status_idx').on(t.status, t.createdAt)],
);
