import { bigint, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/tables.js';

/** Server-side sessions: the cookie holds a random token, the table only its SHA-256. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/**
 * The throttles' attempts (sign-in, awareness codes, QR check-in names), kept in the database so
 * that every server process on it counts together and a restart forgives nothing. One row per
 * key: the times of its attempts within the window (milliseconds since the epoch, from the
 * server's clock, oldest first; at most a limit's size plus one), changed only by single
 * statements. `expiresAt` is when every attempt has left its window: the hourly tidy-up
 * deletes the row after that.
 */
export const throttleAttempts = pgTable(
  'throttle_attempts',
  {
    key: text('key').primaryKey(),
    times: bigint('times', { mode: 'number' }).array().notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('throttle_attempts_expires_idx').on(t.expiresAt)],
);
