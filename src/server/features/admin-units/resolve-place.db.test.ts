import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.js';
import { createTestDatabase } from '../../db/testing.js';
import { legacyProvinceCodesOf, resolveProvinceName } from './service.js';

describe('resolveProvinceName', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  const resolve = (name: string, date?: string) => resolveProvinceName(database.db, name, date);

  it.each([
    // name as written, current province, old province, how
    ['tỉnh Bắc Kạn', '19', '06', 'legacy_name'],
    ['Bắc Kạn', '19', '06', 'legacy_name'],
    ['Hà Giang', '08', '02', 'legacy_name'],
    ['Hòa Bình', '25', '17', 'legacy_name'],
    ['Hoà Bình', '25', '17', 'legacy_name'],
    ['tỉnh Bà Rịa - Vũng Tàu', '79', '77', 'legacy_name'],
    ['BRVT', '79', '77', 'abbreviation'],
    ['Thừa Thiên Huế', '46', '46', 'alias'],
    ['TP. Hồ Chí Minh', '79', null, 'name'],
    ['Thành phố Hồ Chí Minh', '79', null, 'name'],
    ['TPHCM', '79', null, 'abbreviation'],
    ['TP.HCM', '79', null, 'abbreviation'],
    ['Đắk Lắk', '66', null, 'name'],
    ['Dak Lak', '66', null, 'name'],
    ['79', '79', null, 'code'],
    ['UBND tỉnh Hà Giang', '08', '02', 'legacy_name'],
  ])('%s → province %s (old %s) by %s', async (name, code, legacyCode, matchedBy) => {
    const place = await resolve(name);
    expect(place).toMatchObject({ province: { code }, matchedBy });
    expect(place?.legacyProvince?.code ?? null).toBe(legacyCode);
  });

  it('reads a shared name or a bare code as the old unit when the event predates 1 July 2025', async () => {
    expect(await resolve('Lào Cai')).toMatchObject({ province: { code: '15' }, legacyProvince: null });
    expect(await resolve('Lào Cai', '2024-10-01')).toMatchObject({ province: { code: '15' }, legacyProvince: { code: '10', name: 'Lào Cai' } });
    expect(await resolve('15', '2024-10-01')).toMatchObject({ province: { code: '15' }, legacyProvince: { code: '15', name: 'Yên Bái' } });
    expect(await resolve('15')).toMatchObject({ province: { code: '15', name: 'Lào Cai' }, legacyProvince: null });
  });

  it('finds a current commune within the named province', async () => {
    expect(await resolve('xã Ba Chẽ, tỉnh Quảng Ninh')).toEqual({
      province: { code: '22', name: 'Quảng Ninh' },
      legacyProvince: null,
      commune: { code: '06970', name: 'Ba Chẽ' },
      legacyCommune: null,
      matchedBy: 'name',
    });
    expect(await resolve('Phường Ba Đình, Hà Nội')).toMatchObject({ commune: { code: '00004' } });
    // Names that fold like a unit word ("tinh", "phuong") are names when written with diacritics.
    expect(await resolve('Tịnh Khê, Quảng Ngãi')).toMatchObject({ province: { code: '51' }, commune: { code: '21211' } });
    expect(await resolve('Phương Liệt, Hà Nội')).toMatchObject({ province: { code: '01' }, commune: { code: '00352' } });
  });

  it('follows an old commune to the new one it went into', async () => {
    expect(await resolve('Phường Phúc Xá, quận Ba Đình, thành phố Hà Nội')).toMatchObject({
      province: { code: '01' },
      legacyCommune: { code: '00001', name: 'Phúc Xá' },
      commune: { code: '00097', name: 'Hồng Hà' },
    });
    // One of the links corrected in the data: dvhcvn sent this Quang Trung to its namesake's successor.
    expect(await resolve('xã Quang Trung, huyện Vụ Bản, tỉnh Nam Định', '2024-01-15')).toMatchObject({
      province: { code: '37', name: 'Ninh Bình' },
      legacyProvince: { code: '36', name: 'Nam Định' },
      legacyCommune: { code: '13768' },
      commune: { code: '13753', name: 'Hiển Khánh' },
    });
  });

  it('names no new commune for an old one split between several', async () => {
    // Phường Cống Vị went partly into Ngọc Hà and partly elsewhere.
    expect(await resolve('Phường Cống Vị, Ba Đình, Hà Nội')).toMatchObject({
      province: { code: '01' },
      legacyCommune: { code: '00007' },
      commune: null,
    });
  });

  it('tells the province from a commune or an old district alone when it is unambiguous', async () => {
    expect(await resolve('xã Ba Chẽ')).toMatchObject({ province: { code: '22' }, commune: { code: '06970' }, matchedBy: 'commune' });
    expect(await resolve('huyện Mèo Vạc')).toMatchObject({
      province: { code: '08' },
      legacyProvince: { code: '02', name: 'Hà Giang' },
      matchedBy: 'legacy_district',
    });
    // Many communes are called Hòa Bình: no guess.
    expect(await resolve('xã Hòa Bình')).toBeNull();
  });

  it('reads commune codes in the code space of the date', async () => {
    // New 23737 is Ia Mơ; old 23737 was Ia Mơ Nông, which went into Ia Ly.
    expect(await resolve('23737')).toMatchObject({ province: { code: '52' }, commune: { code: '23737', name: 'Ia Mơ' }, matchedBy: 'code' });
    expect(await resolve('23737', '2025-03-01')).toMatchObject({
      province: { code: '52' },
      legacyProvince: { code: '64', name: 'Gia Lai' },
      legacyCommune: { code: '23737', name: 'Ia Mơ Nông' },
      commune: { code: '23734', name: 'Ia Ly' },
      matchedBy: 'legacy_code',
    });
  });

  it('returns null when nothing matches', async () => {
    expect(await resolve('Atlantis')).toBeNull();
    expect(await resolve(' , ')).toBeNull();
  });
});

describe('legacyProvinceCodesOf', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('lists the old provinces merged into a current one', async () => {
    expect(await legacyProvinceCodesOf(database.db, '79')).toEqual(['74', '77', '79']);
    expect(await legacyProvinceCodesOf(database.db, '19')).toEqual(['06', '19']);
    expect(await legacyProvinceCodesOf(database.db, '08')).toEqual(['02', '08']);
    expect(await legacyProvinceCodesOf(database.db, '04')).toEqual(['04']);
    expect(await legacyProvinceCodesOf(database.db, '99')).toEqual([]);
  });
});
