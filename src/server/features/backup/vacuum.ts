import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { queryRows } from '../../db/query-rows.js';

export type VacuumSummary = { bytesBefore: number; bytesAfter: number; checkpoint: boolean };

const databaseSize = async (db: Db) =>
  Number((await queryRows<{ bytes: string | number }>(db, sql`select pg_database_size(current_database()) as bytes`))[0]!.bytes);

/**
 * Rewrites every table and index without the rows that were deleted, erased people included:
 * a DELETE only marks a row dead, and its bytes stay in the table and index files until the
 * space is reused. `VACUUM FULL` copies the live rows into new files and removes the old ones;
 * the CHECKPOINT after it lets the write-ahead log's older segments be recycled. Tables are
 * locked while they are rewritten, so run it when nobody is working (with PGlite the server
 * must be stopped anyway). A CHECKPOINT refused for lack of rights is reported, not fatal.
 */
export async function vacuumDatabase(db: Db): Promise<VacuumSummary> {
  const bytesBefore = await databaseSize(db);
  await db.execute(sql`VACUUM FULL`);
  const checkpoint = await db.execute(sql`CHECKPOINT`).then(
    () => true,
    () => false,
  );
  return { bytesBefore, bytesAfter: await databaseSize(db), checkpoint };
}
