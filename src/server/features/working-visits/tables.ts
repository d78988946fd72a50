import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { provinces } from '../admin-units/tables.js';
import { organisations } from '../organisations/tables.js';

/** A visited unit: an organisation of the registry, or only a name when it is not registered. */
export type VisitedUnit = { organisationId: string | null; name: string };
/** A member of the delegation: officials acting in office, so name and position only. */
export type VisitMember = { name: string; position: string | null; organisationId: string | null };

/**
 * A working visit (đoàn công tác khảo sát, kiểm tra, hướng dẫn) of the Standing Office or a
 * province's Steering Committee. Its recommendations become follow-up items (`followup_items.visit_id`).
 */
export const workingVisits = pgTable(
  'working_visits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    startDate: date('start_date').notNull(),
    endDate: date('end_date'),
    /** The province visited (current code); null for a national-level visit. */
    provinceCode: text('province_code').references(() => provinces.code),
    /** The body that leads the delegation (trưởng đoàn's body). */
    leadOrganisationId: uuid('lead_organisation_id').references(() => organisations.id),
    visitedUnits: jsonb('visited_units').$type<VisitedUnit[]>().notNull().default([]),
    members: jsonb('members').$type<VisitMember[]>().notNull().default([]),
    purpose: text('purpose'),
    findings: text('findings'),
    sample: boolean('sample').notNull().default(false),
    searchKey: text('search_key').notNull(),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('working_visits_province_date_idx').on(t.provinceCode, t.startDate),
    index('working_visits_search_key_trgm_idx').using('gin', sql`${t.searchKey} gin_trgm_ops`),
  ],
);
