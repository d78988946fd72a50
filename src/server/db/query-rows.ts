import type { SQL } from 'drizzle-orm';
import type { Db } from './client.js';

/** Rows of a raw query; `db.execute` answers `{ rows }` on both engines, but its type says `unknown`. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
