/**
 * Pure matching of Vietnamese place names against provinces, old and new: splitting "xã X, huyện Y,
 * tỉnh Z" into parts, recognising unit words and abbreviations, and finding the province a part
 * names. No database here; `resolve-place.ts` feeds it rows. Search boxes are in `search.ts`.
 */
import { normalizeVietnamese, searchKey } from '../../../shared/text/index.js';
import { provinceReformDay } from '../../../shared/admin-units/reform-day.js';

/** The day the two-level local government took effect; earlier events name the old units. */
export const reformDate = provinceReformDay;

export type Era = 'legacy' | 'current';

/** `legacy` for a day before 1 July 2025, otherwise (including no date) `current`. */
export function eraOf(date?: string | Date | null): Era {
  if (!date) return 'current';
  const day = typeof date === 'string' ? date.slice(0, 10) : date.toISOString().slice(0, 10);
  return day < reformDate ? 'legacy' : 'current';
}

export type UnitLevel = 'province' | 'province_or_district' | 'district' | 'commune';

/**
 * Unit words, longest first: as they appear in search keys (`key`), as they are spelled (`spelled`),
 * and the word they stand for (`full`). `thành phố` names both provinces (Thành phố Hà Nội) and old
 * districts (Thành phố Thủ Đức). `tt` is read as thị trấn; "TT Huế" (Thừa Thiên Huế) is caught
 * earlier, as an alias.
 */
const unitWords: ReadonlyArray<{ key: string; spelled: string; full: string; level: UnitLevel }> = [
  { key: 'thanh pho', spelled: 'thành phố', full: 'thanh pho', level: 'province_or_district' },
  { key: 'dac khu', spelled: 'đặc khu', full: 'dac khu', level: 'commune' },
  { key: 'thi tran', spelled: 'thị trấn', full: 'thi tran', level: 'commune' },
  { key: 'thi xa', spelled: 'thị xã', full: 'thi xa', level: 'district' },
  { key: 'phuong', spelled: 'phường', full: 'phuong', level: 'commune' },
  { key: 'huyen', spelled: 'huyện', full: 'huyen', level: 'district' },
  { key: 'quan', spelled: 'quận', full: 'quan', level: 'district' },
  { key: 'tinh', spelled: 'tỉnh', full: 'tinh', level: 'province' },
  { key: 'xa', spelled: 'xã', full: 'xa', level: 'commune' },
  { key: 'tp', spelled: 'tp', full: 'thanh pho', level: 'province_or_district' },
  { key: 't p', spelled: 't p', full: 'thanh pho', level: 'province_or_district' },
  { key: 'tx', spelled: 'tx', full: 'thi xa', level: 'district' },
  { key: 'tt', spelled: 'tt', full: 'thi tran', level: 'commune' },
  { key: 'dk', spelled: 'đk', full: 'dac khu', level: 'commune' },
  { key: 'p', spelled: 'p', full: 'phuong', level: 'commune' },
  { key: 'q', spelled: 'q', full: 'quan', level: 'district' },
  { key: 'h', spelled: 'h', full: 'huyen', level: 'district' },
  { key: 'x', spelled: 'x', full: 'xa', level: 'commune' },
];

/** The unit words that may precede a commune's name, current or old. */
export const communeUnitWords = ['xa', 'phuong', 'thi tran', 'dac khu'] as const;
export const districtUnitWords = ['huyen', 'quan', 'thi xa', 'thanh pho'] as const;

export type PlacePart = {
  /** searchKey of the whole part: "tp ho chi minh". */
  key: string;
  /** The part without its leading unit word: "ho chi minh" (the whole key when there is none). */
  core: string;
  /** The unit word written out ("thanh pho"), or null when the part has none. */
  unit: string | null;
  level: UnitLevel | null;
};

/** A search key without its spaces: "dak lak" and "daklak" become one. */
export const compact = (key: string) => key.replaceAll(' ', '');

/**
 * Splits a search key into its leading unit word (if any, and if a name follows) and the rest.
 * For stored keys and text typed without diacritics; text with diacritics goes through `placePart`.
 */
export function splitUnit(key: string): PlacePart {
  const w = unitWords.find((u) => key.startsWith(`${u.key} `) && key.length > u.key.length + 1);
  return w ? { key, core: key.slice(w.key.length + 1), unit: w.full, level: w.level } : { key, core: key, unit: null, level: null };
}

/**
 * One part of a place name. Folded, many names begin like a unit word ("Tịnh Khê", "Phương Trung",
 * "Quan Sơn" fold to "tinh…", "phuong…", "quan…"), so text written with diacritics must spell the
 * unit word with them ("tỉnh", "phường", "quận"); text typed without any is read leniently.
 */
export function placePart(text: string): PlacePart {
  const key = searchKey(text);
  const spelled = normalizeVietnamese(text).toLocaleLowerCase('vi').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  if (spelled === key) return splitUnit(key);
  const w = unitWords.find((u) => spelled.startsWith(`${u.spelled} `));
  if (!w) return { key, core: key, unit: null, level: null };
  const core = key.split(' ').slice(w.key.split(' ').length).join(' ');
  return core ? { key, core, unit: w.full, level: w.level } : { key, core: key, unit: null, level: null };
}

/** "xã Tân An, huyện X; tỉnh Y" → its parts, in writing order (smallest unit first, as Vietnamese writes them). */
export function parsePlace(text: string): PlacePart[] {
  return text
    .split(/[,;\n]/)
    .map(placePart)
    .filter((part) => part.key.length > 0);
}

/**
 * Abbreviations and other names people write for provinces, each pointing at a current province
 * (`current`) or at an old one (`legacy`, which then rolls up to its successor). Matched against the
 * whole query with spaces removed, so "TP.HCM", "TP HCM", "tphcm" and "HCM" are one key.
 * Ambiguous ones (HP, ĐN, BĐ…) are left out on purpose.
 */
export const provinceAliases: ReadonlyArray<{ text: string; current?: string; legacy?: string; kind: 'abbreviation' | 'alias' }> = [
  { text: 'HN', current: '01', kind: 'abbreviation' },
  { text: 'TPHN', current: '01', kind: 'abbreviation' },
  { text: 'HCM', current: '79', kind: 'abbreviation' },
  { text: 'TPHCM', current: '79', kind: 'abbreviation' },
  { text: 'HCMC', current: '79', kind: 'abbreviation' },
  { text: 'Sài Gòn', current: '79', kind: 'alias' },
  { text: 'BRVT', legacy: '77', kind: 'abbreviation' },
  { text: 'Vũng Tàu', legacy: '77', kind: 'alias' },
  { text: 'Thừa Thiên Huế', legacy: '46', kind: 'alias' },
  { text: 'TT Huế', legacy: '46', kind: 'abbreviation' },
  { text: 'TTH', legacy: '46', kind: 'abbreviation' },
  { text: 'Đắc Lắc', current: '66', kind: 'alias' },
  { text: 'Đắc Nông', legacy: '67', kind: 'alias' },
];

export type ProvinceNameRow = { code: string; name: string; fullName: string; nameEn: string | null };
export type LegacyProvinceNameRow = { code: string; name: string; fullName: string; successorCode: string };

export type ProvinceMatch = {
  province: { code: string; name: string };
  legacyProvince: { code: string; name: string } | null;
  matchedBy: 'code' | 'legacy_code' | 'name' | 'legacy_name' | 'abbreviation' | 'alias';
};

type IndexEntry = { current?: ProvinceNameRow; legacy?: LegacyProvinceNameRow; via: 'name' | 'abbreviation' | 'alias' };

/** Province names, old and new, by their compact key ("hochiminh", "backan"), plus the aliases. */
export type ProvinceIndex = {
  byKey: Map<string, IndexEntry>;
  /** The same entries by spaced key, for finding a name inside a longer text. */
  spaced: Array<{ key: string; entry: IndexEntry }>;
  current: Map<string, ProvinceNameRow>;
  legacy: Map<string, LegacyProvinceNameRow>;
};

export function buildProvinceIndex(current: ProvinceNameRow[], legacy: LegacyProvinceNameRow[]): ProvinceIndex {
  const byKey = new Map<string, IndexEntry>();
  const spacedKeys = new Set<string>();
  const currentByCode = new Map(current.map((p) => [p.code, p]));
  const legacyByCode = new Map(legacy.map((p) => [p.code, p]));
  const add = (text: string, target: Pick<IndexEntry, 'current' | 'legacy'>, via: IndexEntry['via']) => {
    // Short names and aliases carry no unit word ("Huế", "TT Huế"), so they are used whole.
    const spaced = searchKey(text);
    if (!spaced) return;
    const existing = byKey.get(compact(spaced));
    // One key may name a current province and an old one (Tuyên Quang: new 08 and old 08; Lào Cai: new 15 and old 10).
    byKey.set(compact(spaced), { ...existing, ...target, via: existing?.via === 'name' ? 'name' : via });
    spacedKeys.add(spaced);
  };
  for (const p of current) {
    add(p.name, { current: p }, 'name');
    if (p.nameEn) add(p.nameEn, { current: p }, 'name');
  }
  for (const p of legacy) add(p.name, { legacy: p }, 'name');
  for (const a of provinceAliases) {
    const target = a.current ? currentByCode.get(a.current) : undefined;
    const old = a.legacy ? legacyByCode.get(a.legacy) : undefined;
    if (target) add(a.text, { current: target }, a.kind);
    if (old) add(a.text, { legacy: old }, a.kind);
  }
  const spaced = [...spacedKeys].map((key) => ({ key, entry: byKey.get(compact(key))! }));
  return { byKey, spaced, current: currentByCode, legacy: legacyByCode };
}

function toMatch(index: ProvinceIndex, entry: IndexEntry, era: Era): ProvinceMatch | null {
  const useLegacy = entry.legacy && (era === 'legacy' || !entry.current);
  if (useLegacy && entry.legacy) {
    const successor = index.current.get(entry.legacy.successorCode);
    if (!successor) return null;
    return {
      province: { code: successor.code, name: successor.name },
      legacyProvince: { code: entry.legacy.code, name: entry.legacy.name },
      matchedBy: entry.via === 'name' ? 'legacy_name' : entry.via,
    };
  }
  if (!entry.current) return null;
  return { province: { code: entry.current.code, name: entry.current.name }, legacyProvince: null, matchedBy: entry.via };
}

/** A province named by one part: its code, its name (with or without unit word), or an alias. */
export function matchProvincePart(index: ProvinceIndex, part: PlacePart, era: Era): ProvinceMatch | null {
  // The whole part first: "TT Huế" is Thừa Thiên Huế, not a thị trấn.
  const whole = index.byKey.get(compact(part.key));
  if (whole && whole.via !== 'name') return toMatch(index, whole, era);
  if (part.level === 'district' || part.level === 'commune') return null;
  if (/^\d{2}$/.test(part.key)) {
    const legacy = index.legacy.get(part.key);
    const current = index.current.get(part.key);
    // Old and new province codes differ (old 15 is Yên Bái, new 15 is Lào Cai): the date decides.
    const match = era === 'legacy' && legacy ? toMatch(index, { legacy, via: 'name' }, era) : current ? toMatch(index, { current, via: 'name' }, era) : null;
    return match && { ...match, matchedBy: match.legacyProvince ? 'legacy_code' : 'code' };
  }
  const entry = index.byKey.get(compact(part.key)) ?? index.byKey.get(compact(part.core));
  return entry ? toMatch(index, entry, era) : null;
}

/**
 * The province a free text names somewhere inside it ("UBND tỉnh Bắc Kạn", "Sở Tư pháp TP Hồ Chí
 * Minh"), for texts that are not a clean comma-separated address. A name right after "tỉnh" /
 * "thành phố" wins; otherwise the last one written (Vietnamese addresses end with the province),
 * and at the same place the longer name.
 */
export function findProvinceInText(index: ProvinceIndex, text: string, era: Era): ProvinceMatch | null {
  const hay = ` ${searchKey(text)} `;
  let best: { score: number; end: number; length: number; entry: IndexEntry } | null = null;
  for (const { key, entry } of index.spaced) {
    const needle = ` ${key} `;
    for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
      const before = hay.slice(0, at + 1);
      const score = /(?:^| )(?:tinh|thanh pho|tp)\s$/.test(before) ? 1 : 0;
      const end = at + needle.length;
      if (
        !best ||
        score > best.score ||
        (score === best.score && end > best.end) ||
        (score === best.score && end === best.end && key.length > best.length)
      ) {
        best = { score, end, length: key.length, entry };
      }
    }
  }
  return best ? toMatch(index, best.entry, era) : null;
}

/** Search keys a commune's stored `search_key` (its full name) may have, for a name written with or without unit word. */
export function communeKeysFor(part: PlacePart, unitWords: readonly string[] = communeUnitWords): string[] {
  if (part.unit && unitWords.includes(part.unit)) return [`${part.unit} ${part.core}`];
  return unitWords.map((w) => `${w} ${part.key}`);
}

/** "tinh" → "tinh", "tp" / "thanh pho" → "thanh pho": a key that is nothing but a province-level unit word. */
export function provinceUnitWord(key: string): string | null {
  const w = unitWords.find((u) => u.key === key && (u.level === 'province' || u.level === 'province_or_district'));
  return w ? w.full : null;
}
