import { boolean, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { provinces } from '../admin-units/tables.js';

/**
 * A province's choice to publish its public transparency page (off by default). Only approved
 * figures, trainings held and follow-up status are shown there, never a person or a draft.
 */
export const publicPages = pgTable('public_pages', {
  provinceCode: text('province_code')
    .primaryKey()
    .references(() => provinces.code),
  published: boolean('published').notNull().default(false),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
