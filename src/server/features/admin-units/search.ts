/**
 * Pure ranking for the search boxes over provinces, old provinces and communes: diacritic-insensitive,
 * matching at the start of words, with abbreviations and the names of merged provinces.
 */
import { searchKey } from '../../../shared/text/index.js';
import {
  buildProvinceIndex,
  compact,
  placePart,
  provinceAliases,
  provinceUnitWord,
  splitUnit,
  type LegacyProvinceNameRow,
  type ProvinceNameRow,
} from './place-names.js';

/**
 * Whether a search key contains the needle at the start of a word ("hoa" finds "thanh hoa" and "hoa
 * binh", "an" does not find "thanh"), or the needle typed without spaces does ("daklak" finds
 * "dak lak"). Both sides are search keys.
 */
export function matchesSearch(hay: string, needle: string): boolean {
  if (` ${hay}`.includes(` ${needle}`)) return true;
  const target = compact(needle);
  const words = hay.split(' ');
  return words.some((_, i) => words.slice(i).join('').startsWith(target));
}

/**
 * Ranks the current provinces for a search box: 0 = named exactly or by an abbreviation, 1 = a word
 * of its own names (Vietnamese, English) starts with the query, 2 = only the name of an old province
 * merged into it does ("ha giang" → Tuyên Quang). Unit words are not names: "thanh" finds Thanh Hóa,
 * not every "thành phố"; a query that is only a unit word ("tỉnh", "thành phố") lists the current
 * units of that kind. Provinces that do not match are left out; ties keep code order.
 */
export function rankProvinces(
  query: string,
  current: Array<ProvinceNameRow & { searchKey: string }>,
  legacy: Array<LegacyProvinceNameRow & { searchKey: string }>,
): Array<{ code: string; rank: number }> {
  const key = searchKey(query);
  const ordered = [...current].sort((a, b) => a.code.localeCompare(b.code));
  if (!key) return ordered.map((p) => ({ code: p.code, rank: 0 }));
  const bareUnit = provinceUnitWord(key);
  if (bareUnit) return ordered.filter((p) => p.searchKey.startsWith(`${bareUnit} `)).map((p) => ({ code: p.code, rank: 1 }));

  const part = placePart(query);
  // "tỉnh X" / "thành phố X" look for X.
  const needle = part.level === 'province' || part.level === 'province_or_district' ? part.core : key;
  const matches = (storedKey: string) => matchesSearch(splitUnit(storedKey).core, needle);

  const index = buildProvinceIndex(current, legacy);
  const named = index.byKey.get(compact(key)) ?? index.byKey.get(compact(needle));
  const exact = new Set<string>();
  if (named?.current) exact.add(named.current.code);
  if (named?.legacy && named.via !== 'name') exact.add(named.legacy.successorCode);

  const viaLegacy = new Set(legacy.filter((l) => matches(l.searchKey)).map((l) => l.successorCode));
  return ordered
    .map((p) => ({
      code: p.code,
      rank: exact.has(p.code) ? 0 : matches(p.searchKey) ? 1 : viaLegacy.has(p.code) ? 2 : -1,
    }))
    .filter((p) => p.rank >= 0)
    .sort((a, b) => a.rank - b.rank);
}

/**
 * The search needle for a commune list filter, and whether it names the unit: "P. Bến Nghé" gives
 * "phuong ben nghe", to be looked for in the stored full-name key; "Phương Mai" gives "phuong mai",
 * to be looked for in the name alone (otherwise "phu" would find every phường).
 */
export function communeSearchNeedle(query: string): { needle: string; withUnit: boolean } | null {
  const part = placePart(query);
  if (!part.key) return null;
  return part.unit && part.level === 'commune'
    ? { needle: `${part.unit} ${part.core}`, withUnit: true }
    : { needle: part.key, withUnit: false };
}

/**
 * The old provinces a search box query finds: by name (diacritic-insensitive, with or without
 * "tỉnh"), or by an alias (BRVT, Thừa Thiên Huế) first. Ties keep code order.
 */
export function rankLegacyProvinces(query: string, legacy: Array<LegacyProvinceNameRow & { searchKey: string }>): string[] {
  const ordered = [...legacy].sort((a, b) => a.code.localeCompare(b.code));
  const key = searchKey(query);
  if (!key) return ordered.map((l) => l.code);
  const part = placePart(query);
  const needle = part.level === 'province' || part.level === 'province_or_district' ? part.core : key;
  const aliased = new Set(
    provinceAliases
      .filter((a) => a.legacy && [compact(key), compact(needle)].includes(compact(searchKey(a.text))))
      .map((a) => a.legacy!),
  );
  return ordered
    .map((l) => ({
      code: l.code,
      rank: aliased.has(l.code) ? 0 : matchesSearch(splitUnit(l.searchKey).core, needle) ? 1 : -1,
    }))
    .filter((l) => l.rank >= 0)
    .sort((a, b) => a.rank - b.rank)
    .map((l) => l.code);
}
