import { type AnyPgColumn, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { provinces } from '../admin-units/tables.js';

/** Bodies that appear in the work: the Standing Office, Steering Committees, departments, police units… */
export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    kind: text('kind').notNull(),
    provinceCode: text('province_code').references(() => provinces.code),
    parentId: uuid('parent_id').references((): AnyPgColumn => organisations.id),
    searchKey: text('search_key').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('organisations_province_idx').on(t.provinceCode), index('organisations_search_key_idx').on(t.searchKey)],
);
