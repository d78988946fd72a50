import { describe, expect, it } from 'vitest';
import { referenceProvinceRows } from './reference-rows.fixture.js';
import { communeSearchNeedle, matchesSearch, rankLegacyProvinces, rankProvinces } from './search.js';

const { current, legacy } = referenceProvinceRows();
const codes = (q: string) => rankProvinces(q, current, legacy).map((r) => r.code);

describe('rankProvinces', () => {
  it('lists all 34 in code order without a query', () => {
    const all = codes('');
    expect(all).toHaveLength(34);
    expect(all[0]).toBe('01');
    expect(all).toEqual([...all].sort());
  });

  it('finds a merged province through its old name, after direct matches', () => {
    expect(codes('hoa binh')).toEqual(['25']);
    expect(codes('ha giang')).toEqual(['08']);
    // Thanh Hóa and Khánh Hòa by their own names, then Phú Thọ through Hòa Bình.
    expect(codes('hoa')).toEqual(['38', '56', '25']);
  });

  it('ignores diacritics, case and tone-mark style', () => {
    expect(codes('hoà')).toEqual(codes('hòa'));
    expect(codes('Khánh Hoà')).toEqual(['56']);
    expect(codes('KHANH HOA')).toEqual(['56']);
    expect(codes('dak lak')[0]).toBe('66');
    expect(codes('daklak')[0]).toBe('66');
    expect(codes('Đắc Lắc')[0]).toBe('66');
  });

  it('knows common abbreviations', () => {
    for (const q of ['TPHCM', 'tp hcm', 'TP.HCM', 'hcm', 'Sài Gòn', 'TP Hồ Chí Minh']) expect(codes(q)[0]).toBe('79');
    expect(codes('hn')).toEqual(['01']);
    expect(codes('BRVT')).toEqual(['79']);
  });

  it('treats "tỉnh" and "thành phố" in the query as unit words', () => {
    expect(codes('tỉnh Bắc Kạn')).toEqual(['19']);
    expect(codes('thành phố')).toEqual(['01', '31', '46', '48', '75', '79', '92']);
    expect(codes('tinh')).toHaveLength(27);
    // "thanh" is the start of a name (Thanh Hóa), not of every "thành phố".
    expect(codes('thanh')).toEqual(['38']);
  });

  it('finds English names', () => {
    expect(codes('Ho Chi Minh City')).toEqual(['79']);
    expect(codes('hanoi')).toEqual(['01']);
  });
});

describe('rankLegacyProvinces', () => {
  const legacyCodes = (q: string) => rankLegacyProvinces(q, legacy);
  it('finds old provinces by name and alias', () => {
    expect(legacyCodes('')).toHaveLength(63);
    expect(legacyCodes('bac kan')).toEqual(['06']);
    expect(legacyCodes('BRVT')).toEqual(['77']);
    expect(legacyCodes('Thừa Thiên Huế')).toEqual(['46']);
    expect(legacyCodes('tinh ha giang')).toEqual(['02']);
  });
});

describe('matchesSearch', () => {
  it('matches at the start of a word, or the words typed together', () => {
    expect(matchesSearch('tinh thanh hoa thanh hoa', 'hoa')).toBe(true);
    expect(matchesSearch('tinh thanh hoa thanh hoa', 'an')).toBe(false);
    expect(matchesSearch('tinh dak lak dak lak', 'daklak')).toBe(true);
    expect(matchesSearch('tinh dak lak dak lak', 'dakl')).toBe(true);
    // "tinh ninh binh" glued is "tinhninhbinh", which contains "hn": not a match.
    expect(matchesSearch('tinh ninh binh ninh binh', 'hn')).toBe(false);
  });
});

describe('communeSearchNeedle', () => {
  it('writes out unit abbreviations in a search box query', () => {
    expect(communeSearchNeedle('P. Bến Nghé')).toEqual({ needle: 'phuong ben nghe', withUnit: true });
    expect(communeSearchNeedle('Phương Mai')).toEqual({ needle: 'phuong mai', withUnit: false });
    expect(communeSearchNeedle('  ')).toBeNull();
  });
});
