import { alternation, L, WORD_END } from './lexicon.js';
import type { Found } from './found.js';
import { currentProvinces, legacyProvinces } from './province-registry.generated.js';
import type { Range } from './segments.js';
import { provinceReformDay } from '../../admin-units/reform-day.js';

/**
 * The province an article is about, named as in the administrative-units registry: the 34 provinces
 * since 1 July 2025 and the 63 before, plus the abbreviations and other names the press uses
 * (TPHCM, TP.HCM, BRVT, TT Huế…). The registry rows come from `province-registry.generated.ts`.
 *
 * An event before the reform date is filed under its old province (the README's rule: old records
 * keep the old province and roll up to the new one); a name that exists in both lists (Cao Bằng,
 * Lào Cai) takes the code of the era the event date falls in.
 */
export const reformDate = provinceReformDay;

export interface ProvinceFinding {
  name: string;
  code: string;
  era: 'current' | 'legacy';
}

/** Other ways the press writes a province → the registry name. "Hồ Chí Minh" alone is usually the person. */
const aliases: Readonly<Record<string, string>> = {
  TPHCM: 'Hồ Chí Minh', 'TP.HCM': 'Hồ Chí Minh', 'TP. HCM': 'Hồ Chí Minh', 'TP HCM': 'Hồ Chí Minh',
  'Tp.HCM': 'Hồ Chí Minh', 'TP.Hồ Chí Minh': 'Hồ Chí Minh', HCM: 'Hồ Chí Minh', 'Sài Gòn': 'Hồ Chí Minh',
  BRVT: 'Bà Rịa - Vũng Tàu', 'Bà Rịa-Vũng Tàu': 'Bà Rịa - Vũng Tàu', 'Bà Rịa – Vũng Tàu': 'Bà Rịa - Vũng Tàu',
  'Thừa Thiên Huế': 'Huế', 'Thừa Thiên - Huế': 'Huế', 'TT Huế': 'Huế', 'TT-Huế': 'Huế',
  'Đắc Lắc': 'Đắk Lắk', 'Đăk Lăk': 'Đắk Lắk', 'Đắk Lăk': 'Đắk Lắk', 'Đăk Nông': 'Đắk Nông', 'Đắc Nông': 'Đắk Nông',
  TPHN: 'Hà Nội',
};

/** The registry's name for a province written another way ("TP.HCM", "Thừa Thiên Huế"), or the name itself. */
export const registryProvinceName = (name: string): string => aliases[name.trim()] ?? name.trim();

const currentByName = new Map(currentProvinces.map(([code, name]) => [name, code]));
const legacyByName = new Map(legacyProvinces.map(([code, name]) => [name, code]));
const currentNameByCode = new Map(currentProvinces.map(([code, name]) => [code, name]));
/** Old province → the current province it was merged into on 1 July 2025. */
const successorOf = new Map(legacyProvinces.map(([, name, successor]) => [name, currentNameByCode.get(successor) ?? null]));

/**
 * Renamed before the 2025 reform, so the registry's "old" list already carries the new name: an event
 * before the renaming is filed under the name the unit had then. (Thừa Thiên Huế became the
 * centrally run city of Huế on 1 January 2025, Resolution 1314/NQ-UBTVQH15.)
 */
const earlierNames: ReadonlyArray<{ name: string; until: string; earlier: string }> = [
  { name: 'Huế', until: '2025-01-01', earlier: 'Thừa Thiên Huế' },
];
/** Names that are only safe after a unit word ("TP Hồ Chí Minh", not "Học viện … Hồ Chí Minh"). */
const needsUnitWord = new Set(['Hồ Chí Minh']);

const allNames = [...new Set([...currentByName.keys(), ...legacyByName.keys(), ...Object.keys(aliases)])];
const UNIT = String.raw`(?:tỉnh|Tỉnh|thành phố|Thành phố|TP\.?|Tp\.?)`;
const MENTION = new RegExp(
  String.raw`(?=[\p{Lu}tT])(?<![${L}\p{N}])(?:(?<unit>${UNIT})\s*)?(?<name>${alternation(allNames)})(?:${WORD_END}|(?=https?:))`,
  'gu',
);
const CAPITALISED_WORD_BEFORE = new RegExp(String.raw`(?:^|\s)(\p{Lu}[${L}]*)\s+$`, 'u');
const SUBORDINATE_UNIT_BEFORE = /(?:huyện|quận|xã|phường|thị xã|thị trấn|Huyện|Quận|Xã|Phường)\s+$/u;

interface Mention {
  name: string;
  span: Range;
  weight: number;
  viaUnit: boolean;
}

function mentionsIn(text: string, leadEnd: number): Mention[] {
  const out: Mention[] = [];
  MENTION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MENTION.exec(text)) !== null) {
    const written = m.groups!.name!;
    const viaUnit = m.groups!.unit !== undefined;
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    if (!viaUnit) {
      if (needsUnitWord.has(written)) continue;
      if (SUBORDINATE_UNIT_BEFORE.test(before)) continue;
      // "Nguyễn Thái Bình", "Quốc gia Hồ…": a capitalised word right before makes it part of a longer name.
      const prev = CAPITALISED_WORD_BEFORE.exec(before)?.[1];
      if (prev && !['Tại', 'Ở', 'Của'].includes(prev)) continue;
    }
    const name = aliases[written] ?? written;
    const isAlias = written in aliases && aliases[written] !== written;
    const weight = (viaUnit || isAlias ? 3 : 1) * (m.index < leadEnd ? 2 : 1);
    out.push({ name, span: { start: m.index, end: m.index + m[0].length }, weight, viaUnit: viaUnit || isAlias });
  }
  return out;
}

/**
 * The most-mentioned province (a mention after "tỉnh"/"thành phố" or by abbreviation weighs 3, a bare
 * name 1, doubled in the lead), resolved in the era of `eventDate` (ISO; null = today's units).
 */
export function findProvince(text: string, leadEnd: number, eventDate: string | null): Found<ProvinceFinding> | null {
  const mentions = mentionsIn(text, leadEnd);
  if (mentions.length === 0) return null;
  const score = new Map<string, number>();
  for (const m of mentions) score.set(m.name, (score.get(m.name) ?? 0) + m.weight);
  let best: string | null = null;
  for (const [name, s] of score) if (best === null || s > score.get(best)!) best = name;
  const chosen = mentions.filter((m) => m.name === best);
  const resolved = resolveProvince(best!, eventDate);
  if (!resolved) return null;
  return {
    value: resolved,
    spans: chosen.slice(0, 3).map((m) => m.span),
    rule: chosen.some((m) => m.viaUnit) ? 'province.unit-word' : 'province.name-mention',
  };
}

/** Registry name + code in the era of the date: old units before 1 July 2025, current ones after. */
export function resolveProvince(name: string, eventDate: string | null): ProvinceFinding | null {
  const legacyCode = legacyByName.get(name);
  const currentCode = currentByName.get(name);
  const preferLegacy = eventDate !== null && eventDate < reformDate;
  if (legacyCode !== undefined && (preferLegacy || currentCode === undefined)) {
    // An old province named in a report on an event after the reform ("tỉnh Kon Tum (cũ)"): the event
    // belongs to the province it is part of now.
    const successor = successorOf.get(name);
    if (!preferLegacy && eventDate !== null && successor) return resolveProvince(successor, eventDate);
    const renamed = earlierNames.find((r) => r.name === name && eventDate !== null && eventDate < r.until);
    return { name: renamed?.earlier ?? name, code: legacyCode, era: 'legacy' };
  }
  if (currentCode !== undefined) return { name, code: currentCode, era: 'current' };
  return null;
}
