import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { openPglite, openPostgres } from '../src/server/db/client.js';
import { prepareDatabase } from '../src/server/db/prepare.js';
import { dropDatabase } from '../src/server/db/testing.js';

/**
 * Prepares, once per run, a migrated database with reference data that every test file then
 * copies: a PGlite data-directory image, and (when TEST_DATABASE_URL is set) a PostgreSQL
 * template database. Both are removed when the run ends.
 */
export default async function setup() {
  const cleanups: Array<() => Promise<void>> = [];
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rights-desk-test-'));
  cleanups.push(() => fs.rm(dir, { recursive: true, force: true }));

  const pglite = await openPglite(null);
  await prepareDatabase(pglite);
  const image = await pglite.dumpDataDir!();
  await pglite.close();
  const imageFile = path.join(dir, 'pglite-image.tar.gz');
  await fs.writeFile(imageFile, Buffer.from(await image.arrayBuffer()));
  process.env.TEST_PGLITE_IMAGE = imageFile;

  const rootUrl = process.env.TEST_DATABASE_URL;
  if (rootUrl) {
    const template = `rd_test_template_${process.pid}_${randomBytes(3).toString('hex')}`;
    const admin = await openPostgres(rootUrl, 1);
    await admin.db.execute(sql.raw(`CREATE DATABASE "${template}"`));
    await admin.close();
    const url = new URL(rootUrl);
    url.pathname = `/${template}`;
    const tpl = await openPostgres(url.toString(), 1);
    await prepareDatabase(tpl);
    await tpl.close();
    process.env.TEST_PG_TEMPLATE = template;
    cleanups.push(() => dropDatabase(rootUrl, template));
  }

  return async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  };
}
