import { bigint, date, index, integer, jsonb, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { conferences } from '../conferences/tables.js';

/**
 * One narrow row per conference holding all the statistics read of it, kept current in the same
 * transaction as every write (`refreshConferenceFacts`, called by writeConferenceChildren, which
 * every create and update runs after writing the conference row; a deleted conference takes its
 * row with it). No nightly job, nothing stale.
 *
 * The filter columns carry the conferences table's own names, so the conference list's
 * conditions (`listConditions`: visibility, year, province, level, theme…) apply to this table
 * read under the alias "conferences", unchanged: the statistics count exactly the conferences the
 * list shows. A year's statistics then read a few hundred pages of this table instead of the
 * conferences' wide rows, their connection points and their agenda.
 */
export const conferenceStatFacts = pgTable(
  'conference_stat_facts',
  {
    id: uuid('id')
      .primaryKey()
      .references(() => conferences.id, { onDelete: 'cascade' }),
    level: text('level').notNull(),
    provinceCode: text('province_code'),
    legacyProvinceCode: text('legacy_province_code'),
    communeCode: text('commune_code'),
    startDate: date('start_date').notNull(),
    endDate: date('end_date'),
    format: text('format'),
    status: text('status').notNull(),
    participantsActual: integer('participants_actual'),
    themes: jsonb('themes').$type<string[]>().notNull().default([]),
    /**
     * The connection points' summed actual attendance, null when none recorded one (the
     * delegates rule, participantsActual else this else unknown, is applied when reading).
     */
    attendance: integer('attendance'),
    /** Connection points: the sum of the rows' point_count. */
    points: integer('points').notNull().default(0),
    /** Distinct communes of its connection points (a commune-level conference's own commune is `commune_code`). */
    communes: jsonb('communes').$type<string[]>().notNull().default([]),
    /** Agenda topics per rights theme ({ theme: topics }); a topic with two themes counts under each. */
    topicThemes: jsonb('topic_themes').$type<Record<string, number>>().notNull().default({}),
    /** Per connection-point level: [points, summed actual attendance]. */
    pointLevels: jsonb('point_levels').$type<Record<string, [number, number]>>().notNull().default({}),
  },
  (t) => [index('conference_stat_facts_date_idx').on(t.startDate), index('conference_stat_facts_province_date_idx').on(t.provinceCode, t.startDate)],
);

/**
 * The held conferences' statistics added up per year, kept current by a trigger on
 * conference_stat_facts (migration 0015: `conference_stat_cells_of` says what one facts row adds,
 * the trigger takes the old row's share away and adds the new one's, in the same transaction as
 * the write). A year's national statistics then read a few hundred cells instead of unnesting ten
 * thousand conferences' facts. One cell per year × hosting province (null: national and regional
 * conferences) × `kind` × `key`:
 * - `province` (key ''), `month` (1–12, of the start date), `level`, `format` ('unknown' when
 *   none): conferences, delegates (the known figures' sum), delegates_known, unrecorded, points;
 * - `topics` (key the rights theme): amount = agenda topics; `theme`: conferences per theme;
 * - `point_level`: points and amount = their actual attendance;
 * - `commune` (key a commune code): the conferences reaching it;
 * - `trend`: the year is the start date's (the trend counts each conference once), not every
 *   year the conference overlaps, which the other kinds use as the conference list's year filter does.
 * A cell whose conferences fell to 0 may stay; readers skip it.
 */
export const conferenceStatCells = pgTable(
  'conference_stat_cells',
  {
    year: integer('year').notNull(),
    provinceCode: text('province_code'),
    kind: text('kind').notNull(),
    key: text('key').notNull().default(''),
    conferences: integer('conferences').notNull().default(0),
    delegates: bigint('delegates', { mode: 'number' }).notNull().default(0),
    delegatesKnown: integer('delegates_known').notNull().default(0),
    unrecorded: integer('unrecorded').notNull().default(0),
    points: bigint('points', { mode: 'number' }).notNull().default(0),
    amount: bigint('amount', { mode: 'number' }).notNull().default(0),
  },
  (t) => [unique('conference_stat_cells_key').on(t.kind, t.year, t.key, t.provinceCode).nullsNotDistinct()],
);
