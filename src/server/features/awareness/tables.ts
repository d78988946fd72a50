import { sql } from 'drizzle-orm';
import { bigserial, boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { provinces } from '../admin-units/tables.js';
import { conferences, connectionPoints } from '../conferences/tables.js';

/**
 * Awareness measurement (đo lường nhận thức): a question bank, a per-conference plan, one-time
 * codes and the anonymous answers they carry. See docs/decisions/0004-awareness-tests.md.
 */

/**
 * A multiple-choice question of the bank. `provinceCode` null is the national bank (kept by the
 * Standing Office); otherwise the province that wrote it. A question is never needed by a past
 * test (plans copy the questions they use), so it can be edited, deactivated or deleted freely.
 */
export const awarenessQuestions = pgTable(
  'awareness_questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    provinceCode: text('province_code').references(() => provinces.code),
    theme: text('theme').notNull(),
    text: text('text').notNull(),
    options: jsonb('options').$type<string[]>().notNull(),
    /** Indices into `options` of the right answers (one or more). */
    correct: jsonb('correct').$type<number[]>().notNull(),
    active: boolean('active').notNull().default(true),
    /** Folded text and options: what the bank's diacritic-insensitive search looks in. */
    searchKey: text('search_key').notNull(),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('awareness_questions_owner_theme_idx').on(t.provinceCode, t.theme)],
);

/** A question as a plan froze it: later edits to the bank never change a test already given. */
export type PlannedQuestion = { id: string; theme: string; text: string; options: string[]; correct: number[] };

/**
 * The awareness plan of one conference: the questions (the same for the pre- and post-test, so
 * the two scores compare), the phases the organiser has opened, and the public link's token.
 */
export const awarenessPlans = pgTable('awareness_plans', {
  conferenceId: uuid('conference_id')
    .primaryKey()
    .references(() => conferences.id, { onDelete: 'cascade' }),
  /** The unguessable part of the public link `/k/<token>`; anyone holding it may open the page. */
  publicToken: text('public_token').notNull().unique(),
  questions: jsonb('questions').$type<PlannedQuestion[]>().notNull().default([]),
  preOpen: boolean('pre_open').notNull().default(false),
  postOpen: boolean('post_open').notNull().default(false),
  surveyOpen: boolean('survey_open').notNull().default(false),
  version: integer('version').notNull().default(1),
  updatedBy: uuid('updated_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A one-time code (mã phiếu) handed out on paper. It is deliberately NOT linked to a participant:
 * it pairs one person's pre- and post-test without saying who they are. The code is kept in
 * clear so that the sheet can be printed again; whoever hands the slips out sees codes, never
 * answers, and the results screens show answers, never codes.
 */
export const awarenessCodes = pgTable(
  'awareness_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    conferenceId: uuid('conference_id')
      .notNull()
      .references(() => conferences.id, { onDelete: 'cascade' }),
    /** The point whose seats the code was printed for; null: the whole conference. */
    connectionPointId: uuid('connection_point_id').references(() => connectionPoints.id, { onDelete: 'set null' }),
    code: text('code').notNull(),
    /** Which generation run printed it, so a sheet can be reprinted alone. */
    batch: integer('batch').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('awareness_codes_conference_code_idx').on(t.conferenceId, t.code), index('awareness_codes_point_idx').on(t.connectionPointId)],
);

/**
 * One submission of one code in one phase ('pre', 'post' or 'survey'); the unique index is what
 * makes a code single-use per phase, even when two phones submit at the same instant.
 * `score`/`maxScore` are stored at submission so statistics can average them in SQL.
 */
export const awarenessResponses = pgTable(
  'awareness_responses',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    codeId: uuid('code_id')
      .notNull()
      .references(() => awarenessCodes.id, { onDelete: 'cascade' }),
    conferenceId: uuid('conference_id')
      .notNull()
      .references(() => conferences.id, { onDelete: 'cascade' }),
    phase: text('phase').notNull(),
    /** Tests: question id → chosen option indices. Survey: rating item → 1..5. */
    answers: jsonb('answers').$type<Record<string, number[] | number>>().notNull(),
    score: integer('score'),
    maxScore: integer('max_score'),
    comment: text('comment'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('awareness_responses_code_phase_idx').on(t.codeId, t.phase),
    index('awareness_responses_conference_idx').on(t.conferenceId, t.phase),
    index('awareness_responses_scored_idx').on(t.conferenceId).where(sql`${t.score} is not null`),
  ],
);
