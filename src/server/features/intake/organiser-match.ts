/**
 * Which registry body an organiser name in a document is. A name is read as a kind of body
 * ("Ban Chỉ đạo về Nhân quyền", "Sở Tư pháp", "Công an") and a place ("tỉnh Cao Bằng"), and a
 * body matches only when both agree: the same kind, and the same province, old or new. A body
 * named for one province never matches another province's, however alike the names look; when
 * nothing fits, the suggestion has no match and the person is offered to add the body.
 */
import { eq, isNull } from 'drizzle-orm';
import { knownAbbreviations } from '../../../shared/intake/extract/lexicon.js';
import { normalizeVietnamese, searchKey } from '../../../shared/text/index.js';
import type { Db } from '../../db/client.js';
import { buildProvinceIndex, type Era, type ProvinceIndex } from '../admin-units/place-names.js';
import { listLegacyProvinceRows, listProvinceRows } from '../admin-units/queries.js';
import { organisations } from '../organisations/tables.js';

/** A province as codes: the current one, and the old one when the name is an old province's. */
export type ProvincePlace = { provinceCode: string; legacyProvinceCode: string | null };

/**
 * Where a name places its body: a province it names (`named`, with `bare` when no "tỉnh" /
 * "thành phố" precedes the name, so the words may be part of the body's own name, as in "Học
 * viện Chính trị quốc gia Hồ Chí Minh"), "tỉnh" with no name after it (`unnamed`: the province
 * the document is about), or no place at all (`none`).
 */
export type NamePlace = { kind: 'named'; place: ProvincePlace; bare: boolean } | { kind: 'unnamed' } | { kind: 'none' };

export type ReadName = {
  /** Folded words of the kind of body: the name without its place, abbreviations written out, "về"/"của" left out. */
  kind: string[];
  /** Folded words of the whole name, for bodies whose name carries a place name as its own. */
  whole: string[];
  place: NamePlace;
};

// Folded, so a registry entry typed "BCĐ NQ tỉnh X" reads like "Ban Chỉ đạo về Nhân quyền tỉnh X".
const abbreviations = new Map<string, string[]>([
  ...Object.entries(knownAbbreviations).map(([short, long]) => [searchKey(short), searchKey(long).split(' ')] as [string, string[]]),
  ['nq', ['nhan', 'quyen']],
  ['tw', ['trung', 'uong']],
]);
/** Words names drop or keep at will: "Ban Chỉ đạo (về) Nhân quyền (của) Chính phủ". */
const fillers = new Set(['ve', 'cua']);
/** Spelled unit words before a province name, and before the smaller units whose names match a province's. */
const provinceUnits = [['tỉnh'], ['thành', 'phố'], ['tp']];
const smallerUnits = [['huyện'], ['quận'], ['thị', 'xã'], ['xã'], ['phường'], ['thị', 'trấn'], ['đặc', 'khu']];

/** Folded place names of the index as word lists, longest first. */
const placeKeys = new WeakMap<ProvinceIndex, Array<{ words: string[]; key: string }>>();
function keysOf(index: ProvinceIndex) {
  let keys = placeKeys.get(index);
  if (!keys) {
    keys = index.spaced.map(({ key }) => ({ key, words: key.split(' ') })).sort((a, b) => b.words.length - a.words.length);
    placeKeys.set(index, keys);
  }
  return keys;
}

function placeOf(index: ProvinceIndex, key: string, era: Era): ProvincePlace | null {
  const entry = index.byKey.get(key.replaceAll(' ', ''));
  if (!entry) return null;
  // Before the reform a name shared by an old and a new province (Quảng Ngãi, Gia Lai) is the old one.
  const legacy = entry.legacy && (era === 'legacy' || !entry.current) ? entry.legacy : undefined;
  if (legacy) return index.current.has(legacy.successorCode) ? { provinceCode: legacy.successorCode, legacyProvinceCode: legacy.code } : null;
  return entry.current ? { provinceCode: entry.current.code, legacyProvinceCode: null } : null;
}

const expand = (words: string[]) => words.flatMap((w) => abbreviations.get(w) ?? [w]).filter((w) => !fillers.has(w));

/**
 * Reads an organiser name into its kind of body and its place. `era` is that of the event the
 * document reports (`eraOf`): before 1 July 2025 a shared name is the old province.
 *
 * A province name counts as the body's place when "tỉnh" / "thành phố" / "TP" precedes it, or
 * when it ends the name; after "huyện", "xã", "phường"… it is a smaller unit's name and ignored.
 * Written with diacritics, unit words must carry them ("Tịnh" is not "tỉnh").
 */
export function readOrganiserName(name: string, index: ProvinceIndex, era: Era): ReadName {
  const folded = searchKey(name).split(' ').filter(Boolean);
  const spelledAll = normalizeVietnamese(name).toLocaleLowerCase('vi').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ').filter(Boolean);
  // A name typed without diacritics is read on its folded words (and so are both, should folding ever split a word).
  const lenient = spelledAll.join(' ') === folded.join(' ') || spelledAll.length !== folded.length;
  const spelled = lenient ? folded : spelledAll;
  const wordsBefore = (at: number, unit: string[]) =>
    at >= unit.length && unit.every((u, i) => (lenient ? searchKey(u) : u) === spelled[at - unit.length + i]);
  const unitBefore = (at: number, units: string[][]) => units.find((u) => wordsBefore(at, u));

  // A name after a unit word wins over a bare one; then the one written last, then the longer.
  let best: { start: number; end: number; unit: boolean; place: ProvincePlace } | null = null;
  for (const { key, words } of keysOf(index)) {
    for (let at = 0; at + words.length <= folded.length; at++) {
      if (!words.every((w, i) => folded[at + i] === w)) continue;
      const end = at + words.length;
      const unit = unitBefore(at, provinceUnits);
      if (!unit && (unitBefore(at, smallerUnits) || end !== folded.length)) continue;
      if (best && ((best.unit && !unit) || (best.unit === Boolean(unit) && end <= best.end))) continue;
      const place = placeOf(index, key, era);
      if (place) best = { start: at - (unit?.length ?? 0), end, unit: Boolean(unit), place };
    }
  }
  const whole = expand(folded);
  if (best) {
    const kind = expand([...folded.slice(0, best.start), ...folded.slice(best.end)]);
    return { kind, whole, place: { kind: 'named', place: best.place, bare: !best.unit } };
  }
  const trailing = unitBefore(folded.length, provinceUnits);
  if (trailing && folded.length > trailing.length) {
    return { kind: expand(folded.slice(0, folded.length - trailing.length)), whole, place: { kind: 'unnamed' } };
  }
  return { kind: whole, whole, place: { kind: 'none' } };
}

/**
 * How well two kinds of body agree, 0 when they are different kinds: the shorter must be the
 * longer with words left out ("Văn phòng Thường trực (Ban Chỉ đạo) Nhân quyền Chính phủ"), begin
 * with the same word ("Sở…" is never "Ban…") and keep at least two thirds of its words, so that
 * "Ban Chỉ đạo" alone names no committee in particular. 1 is the same kind.
 */
export function kindAgreement(a: string[], b: string[]): number {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (!short.length || short[0] !== long[0]) return 0;
  let i = 0;
  for (const w of long) if (w === short[i]) i++;
  if (i < short.length) return 0;
  const score = short.length / long.length;
  return score >= 2 / 3 ? score : 0;
}

export type RegistryBody = { id: string; name: string; provinceCode: string | null };

/** Whether a registry body may be the body a document places in `place`; `exact` when it names the same old or new province. */
function placeFits(body: RegistryBody, read: ReadName, place: ProvincePlace): { fits: boolean; exact: boolean } {
  if (body.provinceCode !== place.provinceCode) return { fits: false, exact: false };
  if (read.place.kind !== 'named') return { fits: true, exact: false };
  const own = read.place.place;
  // A body named for an old province is that province's only; one named for the new province serves its old ones too.
  if (own.provinceCode !== place.provinceCode || (own.legacyProvinceCode !== null && own.legacyProvinceCode !== place.legacyProvinceCode)) {
    return { fits: false, exact: false };
  }
  return { fits: true, exact: own.legacyProvinceCode === place.legacyProvinceCode };
}

const byName = new Intl.Collator('vi');

type Candidate = { body: RegistryBody; score: number; exact: boolean; kindKey: string };

/** The best candidate, or null when there is none or two different kinds of body fit equally well. */
function pick(candidates: Candidate[]): RegistryBody | null {
  const sorted = candidates
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score || Number(b.exact) - Number(a.exact) || byName.compare(a.body.name, b.body.name));
  const [first, second] = sorted;
  if (!first) return null;
  if (second && second.score === first.score && second.exact === first.exact && second.kindKey !== first.kindKey) return null;
  return first.body;
}

/**
 * The registry body a name is, among `bodies` (national ones and those of the provinces in
 * play), or null. `article` is the province the document is about, standing in for "tỉnh"
 * without a name and, after national bodies, for names that name no place.
 */
export function matchRegistryBody(read: ReadName, bodies: RegistryBody[], readBody: (body: RegistryBody) => ReadName, article: ProvincePlace | null): RegistryBody | null {
  const provincial = (place: ProvincePlace | null) =>
    pick(
      place
        ? bodies.flatMap((body) => {
            const own = readBody(body);
            const fit = placeFits(body, own, place);
            return fit.fits ? [{ body, score: kindAgreement(read.kind, own.kind), exact: fit.exact, kindKey: own.kind.join(' ') }] : [];
          })
        : [],
    );
  // National bodies are compared on their whole name: one may carry a place name as its own.
  const national = () =>
    pick(
      bodies
        .filter((b) => b.provinceCode === null)
        .map((body) => {
          const own = readBody(body);
          return { body, score: kindAgreement(read.whole, own.whole), exact: true, kindKey: own.whole.join(' ') };
        }),
    );
  switch (read.place.kind) {
    case 'named':
      return provincial(read.place.place) ?? (read.place.bare ? national() : null);
    case 'unnamed':
      return provincial(article);
    case 'none':
      return national() ?? provincial(article);
  }
}

/**
 * Matches each organiser name of a document to a registry body, or null. Reads reference data
 * and the registry only; the caller checks permissions.
 */
export async function matchOrganisers(db: Db, names: string[], context: { era: Era; article: ProvincePlace | null }): Promise<Array<RegistryBody | null>> {
  if (!names.length) return [];
  const index = buildProvinceIndex(await listProvinceRows(db), await listLegacyProvinceRows(db));
  const cols = { id: organisations.id, name: organisations.name, provinceCode: organisations.provinceCode };
  const byProvince = new Map<string | null, Promise<RegistryBody[]>>();
  const bodiesOf = (code: string | null) => {
    let rows = byProvince.get(code);
    if (!rows) {
      rows = db.select(cols).from(organisations).where(code === null ? isNull(organisations.provinceCode) : eq(organisations.provinceCode, code));
      byProvince.set(code, rows);
    }
    return rows;
  };
  // Registry names are read as they stand today: "tỉnh Quảng Ngãi" is the new province, "tỉnh Kon Tum" the old one.
  const readBodies = new Map<string, ReadName>();
  const readBody = (body: RegistryBody) => {
    let read = readBodies.get(body.id);
    if (!read) readBodies.set(body.id, (read = readOrganiserName(body.name, index, 'current')));
    return read;
  };
  const out: Array<RegistryBody | null> = [];
  for (const name of names) {
    const read = readOrganiserName(name, index, context.era);
    const codes = new Set<string | null>([null]);
    if (read.place.kind === 'named') codes.add(read.place.place.provinceCode);
    else if (context.article) codes.add(context.article.provinceCode);
    const bodies = (await Promise.all([...codes].map(bodiesOf))).flat();
    out.push(matchRegistryBody(read, bodies, readBody, context.article));
  }
  return out;
}
