import { date, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
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
