import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Append-only record of every change. No route updates or deletes it, and a trigger
 * (see the migration) refuses UPDATE and DELETE at the database level too.
 * The actor's e-mail is copied so the trail still reads after an account is renamed.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id'),
    actorEmail: text('actor_email'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    provinceCode: text('province_code'),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [
    index('audit_at_idx').on(t.at),
    index('audit_entity_idx').on(t.entityType, t.entityId),
    index('audit_province_idx').on(t.provinceCode),
  ],
);
