import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.js';
import { queryRows } from '../../db/query-rows.js';
import { createTestDatabase } from '../../db/testing.js';
import { insertOrganisation } from '../organisations/queries.js';
import { vacuumDatabase } from './vacuum.js';

describe('vacuum after erasure', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('rewrites each table into a new file without its deleted rows, keeping the live ones', async () => {
    const db = database.db;
    for (let i = 0; i < 200; i++) await insertOrganisation(db, { name: `Sở Thử ${i}`, kind: 'department', provinceCode: '04', searchKey: `so thu ${i}` });
    await db.execute(sql`delete from organisations where name like 'Sở Thử 1%'`);
    // VACUUM FULL writes each table into a new file (the old one, dead rows and all, is removed).
    const fileOf = async () => (await queryRows<{ f: string | number }>(db, sql`select pg_relation_filenode('organisations') as f`))[0]!.f;
    const before = await fileOf();
    const summary = await vacuumDatabase(db);
    expect(summary.bytesBefore).toBeGreaterThan(0);
    expect(summary.bytesAfter).toBeGreaterThan(0);
    expect(summary.checkpoint).toBe(true);
    expect(await fileOf()).not.toBe(before);
    expect(Number((await queryRows<{ n: string | number }>(db, sql`select count(*) as n from organisations`))[0]!.n)).toBe(89);
  });
});
