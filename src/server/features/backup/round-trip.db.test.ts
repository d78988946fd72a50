import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite, type Database } from '../../db/client.js';
import { prepareDatabase } from '../../db/prepare.js';
import { createTestDatabase, testDatabaseKind } from '../../db/testing.js';
import { writeBackup } from './dump.js';
import { restoreBackup } from './restore.js';
import { createTypeProbe, seedSampleData, snapshotDatabase, type Snapshot } from './testing.js';

const restorable = (s: Snapshot) => {
  const { sessions: _s, system_meta: _m, ...tables } = s.tables;
  return { tables, sequences: s.sequences };
};

// Needs both engines, so it runs once: in the PostgreSQL project (the PGlite side is opened here).
describe.skipIf(!process.env.TEST_DATABASE_URL || testDatabaseKind() !== 'postgres')('backup round trip PGlite → PostgreSQL → PGlite', () => {
  const opened: Database[] = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rights-desk-round-trip-'));
  afterAll(async () => {
    for (const d of opened) await d.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function freshPglite(): Promise<Database> {
    const database = await openPglite(null);
    opened.push(database);
    await prepareDatabase(database);
    return database;
  }

  it('loses nothing on the way through PostgreSQL and back', async () => {
    const original = await freshPglite();
    await seedSampleData(original);
    await createTypeProbe(original, { withRows: true });
    const first = path.join(dir, 'from-pglite.ndjson.gz');
    await writeBackup(original.db, original.kind, fs.createWriteStream(first));

    const postgres = await createTestDatabase();
    opened.push(postgres);
    expect(postgres.kind).toBe('postgres');
    await createTypeProbe(postgres, { withRows: false });
    await restoreBackup(postgres.db, first);
    const second = path.join(dir, 'from-postgres.ndjson.gz');
    await writeBackup(postgres.db, postgres.kind, fs.createWriteStream(second));

    const final = await freshPglite();
    await createTypeProbe(final, { withRows: false });
    await restoreBackup(final.db, second);

    const expected = restorable(await snapshotDatabase(original));
    expect(restorable(await snapshotDatabase(final))).toEqual(expected);
    // PostgreSQL held exactly the same in between, down to the text of every row.
    expect(restorable(await snapshotDatabase(postgres))).toEqual(expected);
  }, 120_000);
});
