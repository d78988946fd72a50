import { describe, expect, it } from 'vitest';
import { searchKey } from '../../../shared/text/index.js';
import {
  buildProvinceIndex,
  communeKeysFor,
  eraOf,
  findProvinceInText,
  matchProvincePart,
  parsePlace,
  placePart,
  splitUnit,
} from './place-names.js';
import { referenceProvinceRows } from './reference-rows.fixture.js';

const { current, legacy } = referenceProvinceRows();
const index = buildProvinceIndex(current, legacy);

describe('eraOf', () => {
  it('reads days before 1 July 2025 as the old units, and no date as the current ones', () => {
    expect(eraOf(undefined)).toBe('current');
    expect(eraOf('2025-06-30')).toBe('legacy');
    expect(eraOf('2025-07-01')).toBe('current');
    expect(eraOf(new Date('2019-03-08T00:00:00Z'))).toBe('legacy');
  });
});

describe('parsePlace', () => {
  it('splits an address into parts with their unit level, smallest first', () => {
    expect(parsePlace('xã Tân An, huyện Yên Thế, tỉnh Bắc Giang')).toEqual([
      { key: 'xa tan an', core: 'tan an', unit: 'xa', level: 'commune' },
      { key: 'huyen yen the', core: 'yen the', unit: 'huyen', level: 'district' },
      { key: 'tinh bac giang', core: 'bac giang', unit: 'tinh', level: 'province' },
    ]);
  });

  it('reads abbreviated unit words', () => {
    expect(splitUnit(searchKey('TP. Hồ Chí Minh'))).toMatchObject({ core: 'ho chi minh', unit: 'thanh pho' });
    expect(splitUnit(searchKey('Q.1'))).toMatchObject({ core: '1', unit: 'quan', level: 'district' });
    expect(splitUnit(searchKey('P. Bến Nghé'))).toMatchObject({ core: 'ben nghe', unit: 'phuong', level: 'commune' });
  });

  it('reads a name that folds like a unit word as a name when written with diacritics', () => {
    expect(placePart('Tịnh Khê')).toEqual({ key: 'tinh khe', core: 'tinh khe', unit: null, level: null });
    expect(placePart('Quan Sơn')).toMatchObject({ unit: null });
    expect(placePart('tỉnh Quảng Ngãi')).toMatchObject({ core: 'quang ngai', unit: 'tinh', level: 'province' });
    expect(placePart('ĐK Côn Đảo')).toMatchObject({ core: 'con dao', unit: 'dac khu' });
    // Typed without any diacritics, the unit word is read leniently.
    expect(placePart('tinh quang ngai')).toMatchObject({ core: 'quang ngai', unit: 'tinh' });
  });

  it('leaves a lone unit word alone', () => {
    expect(splitUnit('tinh')).toEqual({ key: 'tinh', core: 'tinh', unit: null, level: null });
  });
});

describe('matching a province in a document', () => {
  const part = (text: string) => parsePlace(text).at(-1)!;

  it('reads a name shared by an old and a new province by the date', () => {
    // Old Lào Cai (10) and old Yên Bái (15) both went into new Lào Cai (15).
    expect(matchProvincePart(index, part('Lào Cai'), 'current')).toMatchObject({ province: { code: '15' }, legacyProvince: null });
    expect(matchProvincePart(index, part('Lào Cai'), 'legacy')).toMatchObject({ province: { code: '15' }, legacyProvince: { code: '10' } });
    expect(matchProvincePart(index, part('15'), 'legacy')).toMatchObject({
      province: { code: '15' },
      legacyProvince: { code: '15', name: 'Yên Bái' },
      matchedBy: 'legacy_code',
    });
  });

  it('rolls abolished provinces up to their successor whatever the date', () => {
    expect(matchProvincePart(index, part('tỉnh Bắc Kạn'), 'current')).toMatchObject({
      province: { code: '19', name: 'Thái Nguyên' },
      legacyProvince: { code: '06', name: 'Bắc Kạn' },
      matchedBy: 'legacy_name',
    });
    expect(matchProvincePart(index, part('TT Huế'), 'current')).toMatchObject({ province: { code: '46' }, matchedBy: 'abbreviation' });
  });

  it('does not take a commune for a province', () => {
    expect(matchProvincePart(index, part('xã Hòa Bình'), 'current')).toBeNull();
  });

  it('finds the province inside a longer text, preferring the one after "tỉnh"', () => {
    expect(findProvinceInText(index, 'UBND tỉnh Hà Giang', 'current')).toMatchObject({ province: { code: '08' }, legacyProvince: { code: '02' } });
    expect(findProvinceInText(index, 'Sở Tư pháp Thành phố Hồ Chí Minh', 'current')).toMatchObject({ province: { code: '79' } });
    expect(findProvinceInText(index, 'Đoàn Hà Nội thăm tỉnh Cao Bằng', 'current')).toMatchObject({ province: { code: '04' } });
    expect(findProvinceInText(index, 'không có địa danh', 'current')).toBeNull();
  });
});

describe('commune keys', () => {
  it('tries every unit word when the text has none', () => {
    expect(communeKeysFor(splitUnit('ba che'))).toEqual(['xa ba che', 'phuong ba che', 'thi tran ba che', 'dac khu ba che']);
    expect(communeKeysFor(splitUnit('p ben nghe'))).toEqual(['phuong ben nghe']);
  });
});
