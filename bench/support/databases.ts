import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { openPglite, openPostgres, type Database } from '../../src/server/db/client.js';
import { prepareDatabase } from '../../src/server/db/prepare.js';

export type FreshDatabase = { database: Database; where: string; dispose: () => Promise<void> };

/**
 * Where a fresh database may start from instead of being migrated and loaded: the test suite's
 * prepared PGlite image (`TEST_PGLITE_IMAGE`, a data-directory dump, opened in memory) and
 * PostgreSQL template database (`TEST_PG_TEMPLATE`), both made from the current migrations by
 * test/global-setup.ts. Only tiny runs use them: a PGlite cluster's creation is most of a tiny
 * run's time, and a full run measures an on-disk database.
 */
export type PreparedSources = { pgliteImage?: string; postgresTemplate?: string };

/** `url` with its database name replaced by `name`. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function dropPostgresDatabase(rootUrl: string, name: string) {
  const admin = await openPostgres(rootUrl, 1);
  try {
    await admin.db.execute(sql.raw(`drop database if exists "${name}" with (force)`));
  } finally {
    await admin.close();
  }
}

/**
 * A new, migrated database with the reference data, private to this run and removed by
 * `dispose()` (also when preparing it fails): a PGlite data directory under os.tmpdir() (in
 * memory from `prepared.pgliteImage`), or a database `rd_bench_<tag>_<pid>_<random>` on the
 * PostgreSQL server `rootUrl` names (copied from `prepared.postgresTemplate`).
 */
export async function openFreshDatabase(
  engine: 'pglite' | 'postgres',
  tag: string,
  rootUrl?: string,
  prepared: PreparedSources = {},
): Promise<FreshDatabase> {
  let database: Database | null = null;
  let removeStore: () => Promise<void>;
  let where: string;
  if (engine === 'pglite' && prepared.pgliteImage) {
    where = `memory (from ${prepared.pgliteImage})`;
    removeStore = async () => {};
  } else if (engine === 'pglite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `rd-bench-${tag}-`));
    where = dir;
    removeStore = async () => fs.rmSync(dir, { recursive: true, force: true });
  } else {
    if (!rootUrl) throw new Error('PostgreSQL needs a server URL (BENCH_DATABASE_URL or TEST_DATABASE_URL)');
    const name = `rd_bench_${tag}_${process.pid}_${randomBytes(3).toString('hex')}`.replace(/[^a-z0-9_]/g, '_');
    where = name;
    const admin = await openPostgres(rootUrl, 1);
    try {
      await admin.db.execute(sql.raw(`create database "${name}"${prepared.postgresTemplate ? ` template "${prepared.postgresTemplate}"` : ''}`));
    } finally {
      await admin.close();
    }
    removeStore = () => dropPostgresDatabase(rootUrl, name);
  }
  const dispose = async () => {
    try {
      await database?.close();
    } finally {
      await removeStore();
    }
  };
  try {
    if (engine === 'pglite' && prepared.pgliteImage) database = await openPglite(null, new Blob([fs.readFileSync(prepared.pgliteImage)]));
    else database = engine === 'pglite' ? await openPglite(where) : await openPostgres(withDatabase(rootUrl!, where), 5);
    // Safe to repeat: on a prepared copy it finds nothing to do.
    await prepareDatabase(database);
  } catch (e) {
    await dispose();
    throw e;
  }
  return { database, where, dispose };
}
