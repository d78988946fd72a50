import { createHash } from 'node:crypto';
import { eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { throttleAttempts } from './tables.js';
import type { ThrottleStore } from './throttle.js';

/**
 * Keys hold e-mails and client addresses: the table keeps only their SHA-256, so neither a look
 * at the table nor a backup of it shows who tried to sign in from where.
 */
const rowKey = (key: string) => createHash('sha256').update(key).digest('hex');

/**
 * The attempts in the database, so that every server process on one database counts against the
 * same limits and a restart forgives nothing. Each change is one statement on the key's row
 * (PostgreSQL takes the row's lock for it), so parallel attempts from several processes are
 * counted one after another: `add` is an `insert … on conflict do update … returning` that drops
 * the attempts older than the window, appends this one and returns the result.
 *
 * A row holds the times of the attempts rather than a count per fixed window: the limits are
 * sliding windows, and a successful sign-in takes back exactly its own attempt (`remove`).
 * Rows whose attempts have all left their window are deleted by `deleteExpiredThrottles`
 * (hourly housekeeping).
 */
export class DatabaseThrottleStore implements ThrottleStore {
  constructor(private readonly db: Db) {}

  async add(key: string, at: number, windowMs: number): Promise<number[]> {
    const t = throttleAttempts;
    const rows = await this.db
      .insert(t)
      .values({ key: rowKey(key), times: [at], expiresAt: new Date(at + windowMs) })
      .onConflictDoUpdate({
        target: t.key,
        set: {
          times: sql`array(select a.t from unnest(${t.times}) with ordinality as a(t, n) where a.t > ${at - windowMs}::bigint order by a.n) || ${at}::bigint`,
          expiresAt: sql`greatest(${t.expiresAt}, excluded.expires_at)`,
        },
      })
      .returning({ times: t.times });
    return rows[0]!.times;
  }

  async recent(key: string, since: number): Promise<number[]> {
    const rows = await this.db.select({ times: throttleAttempts.times }).from(throttleAttempts).where(eq(throttleAttempts.key, rowKey(key)));
    return (rows[0]?.times ?? []).filter((t) => t > since);
  }

  async remove(key: string, at: number): Promise<void> {
    const t = throttleAttempts;
    // One occurrence only: two attempts may share a millisecond.
    const position = sql`array_position(${t.times}, ${at}::bigint)`;
    await this.db
      .update(t)
      .set({ times: sql`${t.times}[:${position} - 1] || ${t.times}[${position} + 1:]` })
      .where(sql`${t.key} = ${rowKey(key)} and ${position} is not null`);
  }

  async clear(key: string): Promise<void> {
    await this.db.delete(throttleAttempts).where(eq(throttleAttempts.key, rowKey(key)));
  }
}

/** Deletes the rows whose attempts have all left their window; returns how many. */
export async function deleteExpiredThrottles(db: Db, now: Date): Promise<number> {
  const rows = await db.delete(throttleAttempts).where(lt(throttleAttempts.expiresAt, now)).returning({ key: throttleAttempts.key });
  return rows.length;
}

/**
 * A view of `store` whose keys all start with `prefix`, so that throttles sharing one store
 * (one table) never count each other's attempts.
 */
export function prefixedStore(store: ThrottleStore, prefix: string): ThrottleStore {
  return {
    add: (key, at, windowMs) => store.add(prefix + key, at, windowMs),
    recent: (key, since) => store.recent(prefix + key, since),
    remove: (key, at) => store.remove(prefix + key, at),
    clear: (key) => store.clear(prefix + key),
  };
}
