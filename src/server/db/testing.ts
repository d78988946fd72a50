import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { openPglite, openPostgres, type Database } from './client.js';
import { prepareDatabase } from './prepare.js';

/**
 * Which engine this test run uses. Vitest runs the database tests twice, once per project
 * (`db:pglite`, `db:postgres`), and each project sets TEST_DB_KIND. Only tests read this.
 */
export function testDatabaseKind(): 'pglite' | 'postgres' {
  return process.env.TEST_DB_KIND === 'postgres' ? 'postgres' : 'pglite';
}

function adminUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is required for the postgres test project');
  return url;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * A fresh, migrated database with reference data, private to the calling test file.
 * On PostgreSQL it is a new database (cloned from the run's template when there is one),
 * dropped by `close()`; on PGlite it lives in memory (restored from the run's prepared image).
 */
export async function createTestDatabase(): Promise<Database> {
  if (testDatabaseKind() === 'pglite') {
    const image = await pgliteImage();
    const database = await openPglite(null, image ?? undefined);
    if (!image) await prepareDatabase(database);
    return database;
  }
  const root = adminUrl();
  const name = `rd_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const template = process.env.TEST_PG_TEMPLATE;
  const admin = await openPostgres(root, 1);
  try {
    await admin.db.execute(sql.raw(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`));
  } finally {
    await admin.close();
  }
  const database = await openPostgres(withDatabase(root, name), 5);
  if (!template) await prepareDatabase(database);
  return {
    ...database,
    close: async () => {
      await database.close();
      await dropDatabase(root, name);
    },
  };
}

export async function dropDatabase(rootUrl: string, name: string) {
  const admin = await openPostgres(rootUrl, 1);
  try {
    await admin.db.execute(sql.raw(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  } finally {
    await admin.close();
  }
}

let imageCache: Promise<Blob | null> | undefined;
async function pgliteImage(): Promise<Blob | null> {
  const file = process.env.TEST_PGLITE_IMAGE;
  if (!file) return null;
  imageCache ??= import('node:fs/promises').then(async (fs) => new Blob([await fs.readFile(file)]));
  return imageCache;
}
