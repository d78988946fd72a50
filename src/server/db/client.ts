import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as tables from './tables.js';
import { lockDataDir } from './data-dir-lock.js';

export type Tables = typeof tables;
/** Either engine's Drizzle handle; a transaction is a `Db` too, so queries take either. */
export type Db = PgDatabase<PgQueryResultHKT, Tables>;
export type DatabaseKind = 'pglite' | 'postgres';

export type Database = {
  db: Db;
  kind: DatabaseKind;
  close: () => Promise<void>;
  /** PGlite only: the whole data directory as a gzipped tarball (tests copy a prepared database this way). */
  dumpDataDir?: () => Promise<Blob>;
};

export const pgliteExtensions = { pg_trgm, unaccent };

/** Opens the embedded PGlite database stored in `dataDir` (created if missing), or in memory when `dataDir` is null. */
export async function openPglite(dataDir: string | null, loadDataDir?: Blob): Promise<Database> {
  let unlock = () => {};
  if (dataDir) {
    fs.mkdirSync(path.join(dataDir, 'pglite'), { recursive: true });
    unlock = lockDataDir(dataDir);
  }
  let client: PGlite;
  try {
    client = await PGlite.create(dataDir ? path.join(dataDir, 'pglite') : undefined, {
      extensions: pgliteExtensions,
      ...(loadDataDir ? { loadDataDir } : {}),
    });
  } catch (error) {
    unlock();
    throw error;
  }
  const db = drizzlePglite({ client, schema: tables }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    close: async () => {
      await client.close();
      unlock();
    },
    dumpDataDir: async () => (await client.dumpDataDir('gzip')) as Blob,
  };
}

/** Opens a connection pool to a PostgreSQL server. */
export async function openPostgres(url: string, poolSize = 10): Promise<Database> {
  // No parallel workers: every query here is a page, a count or a small roll-up, and on the two-core
  // servers provinces run, starting workers costs more than they save (a province's follow-up count:
  // 45 ms with two workers, 12 ms without; docs/decisions/0013-postgres-without-parallel-workers.md).
  const pool = new pg.Pool({ connectionString: url, max: poolSize, options: '-c max_parallel_workers_per_gather=0' });
  // An idle connection the server ends (restart, DROP DATABASE … WITH (FORCE) in tests) must not
  // crash the process: the pool drops it and opens a new one on the next query.
  pool.on('error', () => {});
  // Fail early with a clear message rather than at the first request.
  const probe = await pool.connect();
  probe.release();
  const db = drizzlePg({ client: pool, schema: tables }) as unknown as Db;
  return { db, kind: 'postgres', close: () => pool.end() };
}

export async function openDatabase(opts: { databaseUrl?: string; dataDir: string }): Promise<Database> {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl) : openPglite(opts.dataDir);
}
