import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../db/testing.js';
import type { Database } from '../../db/client.js';
import { createUser } from '../../test-support/test-app.js';
import { systemMeta } from '../system/tables.js';
import { adminUnitsVersionKey, expectedAdminUnitsVersion, loadAdminUnits } from './load-reference-data.js';
import { countAdminUnits } from './queries.js';
import { communes, provinces } from './tables.js';

const fullCounts = {
  provinces: 34,
  communes: 3321,
  legacyProvinces: 63,
  legacyDistricts: 696,
  legacyCommunes: 10_047,
  legacyCommuneSuccessors: 10_599,
};

describe('loadAdminUnits', () => {
  let database: Database;
  beforeAll(async () => {
    // Prepared like every test database: migrated, then loaded once by the global setup.
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  const marker = async () =>
    (await database.db.select().from(systemMeta).where(eq(systemMeta.key, adminUnitsVersionKey)))[0];

  it('has loaded every unit, old and new, and recorded the version', async () => {
    expect(await countAdminUnits(database.db)).toEqual(fullCounts);
    expect((await marker())?.value).toMatchObject({ version: expectedAdminUnitsVersion() });
  });

  it('does nothing the second time', async () => {
    const before = await marker();
    expect(await loadAdminUnits(database.db)).toEqual({ loaded: false });
    expect(await countAdminUnits(database.db)).toEqual(fullCounts);
    expect((await marker())?.updatedAt).toEqual(before?.updatedAt);
  });

  it('reloads when the version differs, repairing edits and removing units the data no longer has', async () => {
    const { db } = database;
    await db.update(provinces).set({ name: 'Sửa tay' }).where(eq(provinces.code, '01'));
    await db.insert(communes).values({ code: '99999', provinceCode: '01', name: 'Thừa', fullName: 'Xã Thừa', kind: 'commune', searchKey: 'xa thua' });
    await db.update(systemMeta).set({ value: { version: 'cũ' } }).where(eq(systemMeta.key, adminUnitsVersionKey));

    expect(await loadAdminUnits(db)).toEqual({ loaded: true });
    expect((await db.select().from(provinces).where(eq(provinces.code, '01')))[0]?.name).toBe('Hà Nội');
    expect(await db.$count(communes, eq(communes.code, '99999'))).toBe(0);
    expect(await countAdminUnits(db)).toEqual(fullCounts);
    expect(await loadAdminUnits(db)).toEqual({ loaded: false });
  });

  it('keeps a stale unit that another table still references, and loads the rest', async () => {
    const { db } = database;
    await db.insert(provinces).values({ code: '99', name: 'Cũ', fullName: 'Tỉnh Cũ', kind: 'province', searchKey: 'tinh cu' });
    await createUser(database, { role: 'viewer', provinceCode: '99' });
    await db.update(systemMeta).set({ value: { version: 'cũ' } }).where(eq(systemMeta.key, adminUnitsVersionKey));

    const logged: string[] = [];
    expect(await loadAdminUnits(db, { log: (m) => logged.push(m) })).toEqual({ loaded: true });
    expect(await db.$count(provinces, eq(provinces.code, '99'))).toBe(1);
    expect(logged).toEqual([expect.stringContaining('provinces')]);
    expect(await db.$count(communes)).toBe(3321);
    expect((await marker())?.value).toMatchObject({ version: expectedAdminUnitsVersion() });
  });

  it('stores search keys without diacritics and names in the official spelling', async () => {
    const rows = await database.db
      .select({ code: communes.code, fullName: communes.fullName, searchKey: communes.searchKey })
      .from(communes)
      .where(inArray(communes.code, ['06325', '06970', '06978']))
      .orderBy(communes.code);
    // tlq's lower-case "xã Bắc Sơn" fixed; Ba Chẽ under its official code 06970, not tlq's 06978.
    expect(rows).toEqual([
      { code: '06325', fullName: 'Xã Bắc Sơn', searchKey: 'xa bac son' },
      { code: '06970', fullName: 'Xã Ba Chẽ', searchKey: 'xa ba che' },
    ]);
    const [khanhHoa] = await database.db.select().from(provinces).where(eq(provinces.code, '56'));
    expect(khanhHoa).toMatchObject({ name: 'Khánh Hòa', fullName: 'Tỉnh Khánh Hòa', kind: 'province', communeCount: 65 });
  });
});
