import { describe, expect, it } from 'vitest';
import { buildProvinceIndex, type Era } from '../admin-units/place-names.js';
import { referenceProvinceRows } from '../admin-units/reference-rows.fixture.js';
import { kindAgreement, matchRegistryBody, readOrganiserName, type ProvincePlace, type RegistryBody } from './organiser-match.js';

const rows = referenceProvinceRows();
const index = buildProvinceIndex(rows.current, rows.legacy);
const read = (name: string, era: Era = 'current') => readOrganiserName(name, index, era);
const bodyReads = new Map<string, ReturnType<typeof read>>();
const readBody = (body: RegistryBody) => bodyReads.get(body.name) ?? bodyReads.set(body.name, read(body.name)).get(body.name)!;
const match = (name: string, bodies: RegistryBody[], options: { era?: Era; article?: ProvincePlace | null } = {}) =>
  matchRegistryBody(read(name, options.era), bodies, readBody, options.article ?? null)?.id ?? null;

let nextId = 0;
const body = (name: string, provinceCode: string | null): RegistryBody => ({ id: `org-${++nextId}`, name, provinceCode });

describe('reading an organiser name', () => {
  it('splits a body named for a province into its kind and its province, old or new', () => {
    expect(read('Ban Chỉ đạo về Nhân quyền tỉnh Quảng Ngãi')).toEqual({
      kind: ['ban', 'chi', 'dao', 'nhan', 'quyen'],
      whole: ['ban', 'chi', 'dao', 'nhan', 'quyen', 'tinh', 'quang', 'ngai'],
      place: { kind: 'named', place: { provinceCode: '51', legacyProvinceCode: null }, bare: false },
    });
    // Before the reform the shared name is the old province; Bắc Kạn is only an old one.
    expect(read('Ban Chỉ đạo về Nhân quyền tỉnh Quảng Ngãi', 'legacy').place).toMatchObject({ place: { provinceCode: '51', legacyProvinceCode: '51' } });
    expect(read('Sở Tư pháp tỉnh Bắc Kạn').place).toMatchObject({ place: { provinceCode: '19', legacyProvinceCode: '06' } });
    expect(read('Công an TP. Hồ Chí Minh').place).toMatchObject({ kind: 'named', place: { provinceCode: '79' } });
    expect(read('BCĐ NQ tỉnh Bình Định').kind).toEqual(['ban', 'chi', 'dao', 'nhan', 'quyen']);
  });

  it('reads "tỉnh" without a name as the unnamed province, and a smaller unit or a word inside the name as no place', () => {
    expect(read('Ban Chỉ đạo nhân quyền tỉnh')).toMatchObject({ kind: ['ban', 'chi', 'dao', 'nhan', 'quyen'], place: { kind: 'unnamed' } });
    expect(read('Văn phòng thường trực Ban Chỉ đạo nhân quyền').place).toEqual({ kind: 'none' });
    expect(read('UBND xã Hòa Bình').place).toEqual({ kind: 'none' });
    expect(read('Ủy ban Hòa bình Việt Nam').place).toEqual({ kind: 'none' });
    expect(read('Học viện Chính trị quốc gia Hồ Chí Minh').place).toMatchObject({ kind: 'named', bare: true });
  });
});

describe('kinds of body', () => {
  const kind = (name: string) => read(name).kind;
  it('agree when one name leaves words of the other out, and never across different bodies', () => {
    expect(kindAgreement(kind('Ban chỉ đạo Nhân quyền tỉnh Hòa Bình'), kind('Ban Chỉ đạo về Nhân quyền tỉnh Hòa Bình'))).toBe(1);
    const vptt = kind('Văn phòng Thường trực Ban Chỉ đạo Nhân quyền của Chính phủ');
    expect(kindAgreement(kind('Văn phòng Thường trực về Nhân quyền Chính phủ'), vptt)).toBeGreaterThan(0);
    expect(kindAgreement(kind('Văn phòng thường trực Ban Chỉ đạo nhân quyền'), vptt)).toBeGreaterThan(0);
    expect(kindAgreement(kind('Ban Chỉ đạo Nhân quyền'), vptt)).toBe(0);
    expect(kindAgreement(kind('Ban Chỉ đạo Bảo vệ an ninh tỉnh Bắc Kạn'), kind('Ban Chỉ đạo về Nhân quyền tỉnh Bắc Kạn'))).toBe(0);
    expect(kindAgreement(kind('Sở Tư pháp tỉnh Cao Bằng'), kind('Sở Ngoại vụ tỉnh Cao Bằng'))).toBe(0);
  });
});

describe('matching a registry body', () => {
  const caoBang = body('Ban Chỉ đạo về Nhân quyền tỉnh Cao Bằng', '04');
  const binhDinh = body('Ban Chỉ đạo về Nhân quyền tỉnh Bình Định', '52');
  const vptt = body('Văn phòng Thường trực Ban Chỉ đạo Nhân quyền của Chính phủ', null);

  it("never gives another province's body of the same kind", () => {
    expect(match('Ban Chỉ đạo về Nhân quyền tỉnh Quảng Ngãi', [caoBang, binhDinh, vptt])).toBeNull();
    expect(match('Ban Chỉ đạo nhân quyền tỉnh', [caoBang, binhDinh, vptt], { article: { provinceCode: '04', legacyProvinceCode: null } })).toBe(caoBang.id);
    expect(match('Ban Chỉ đạo nhân quyền tỉnh', [caoBang, binhDinh, vptt])).toBeNull();
  });

  it('gives national bodies only to names that name no province, and the article\'s own bodies after them', () => {
    const article = { provinceCode: '04', legacyProvinceCode: null };
    expect(match('Văn phòng thường trực Ban Chỉ đạo nhân quyền', [caoBang, vptt], { article })).toBe(vptt.id);
    expect(match('Văn phòng Thường trực Ban Chỉ đạo Nhân quyền tỉnh Cao Bằng', [caoBang, vptt], { article })).toBeNull();
    const justice = body('Sở Tư pháp tỉnh Cao Bằng', '04');
    expect(match('Sở Tư pháp', [justice, body('Sở Tư pháp tỉnh Lạng Sơn', '20')], { article })).toBe(justice.id);
    const academy = body('Học viện Chính trị quốc gia Hồ Chí Minh', null);
    expect(match('Học viện Chính trị quốc gia Hồ Chí Minh', [academy, body('Sở Tư pháp TP. Hồ Chí Minh', '79')])).toBe(academy.id);
  });

  it('reads registry abbreviations, and declines when two kinds of body fit equally', () => {
    const short = body('BCĐ NQ tỉnh Bình Định', '52');
    expect(match('Ban Chỉ đạo về Nhân quyền tỉnh Bình Định', [short, caoBang], { era: 'legacy' })).toBe(short.id);
    const [c138, c389] = [body('Ban Chỉ đạo 138 tỉnh Cao Bằng', '04'), body('Ban Chỉ đạo 389 tỉnh Cao Bằng', '04')];
    expect(match('Ban Chỉ đạo tỉnh Cao Bằng', [c138, c389])).toBeNull();
    expect(match('Ban Chỉ đạo 389 tỉnh Cao Bằng', [c138, c389])).toBe(c389.id);
    // Too few of the words to tell the body.
    expect(match('Ban Chỉ đạo tỉnh Cao Bằng', [caoBang])).toBeNull();
  });

  it('for every old and new province, finds its own body, else its successor\'s, never a sibling\'s', () => {
    const named = (n: string) => `Ban Chỉ đạo về Nhân quyền tỉnh ${n}`;
    const registry = [...rows.current.map((p) => body(named(p.name), p.code)), ...rows.legacy.map((p) => body(named(p.name), p.successorCode)), vptt];
    const nameOf = (id: string | null) => registry.find((b) => b.id === id)?.name ?? null;
    for (const old of rows.legacy) {
      const successorName = rows.current.find((p) => p.code === old.successorCode)!.name;
      expect(nameOf(match(named(old.name), registry, { era: 'legacy' })), old.name).toBe(named(old.name));
      // Without its own body, the new province's serves; a name the new province kept has none left.
      const withoutOwn = registry.filter((b) => b.name !== named(old.name));
      const fallback = nameOf(match(named(old.name), withoutOwn, { era: 'legacy' }));
      expect(fallback, `${old.name} without its own body`).toBe(successorName === old.name ? null : named(successorName));
    }
    for (const p of rows.current) {
      const hit = registry.find((b) => b.id === match(named(p.name), registry));
      expect(hit, p.name).toMatchObject({ name: named(p.name), provinceCode: p.code });
      // Without it, the old provinces merged into it are other provinces' bodies.
      const withoutOwn = registry.filter((b) => b.name !== named(p.name));
      expect(match(named(p.name), withoutOwn), `${p.name} without its own body`).toBeNull();
    }
  });
});
