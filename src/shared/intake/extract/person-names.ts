import { alternation, familyNames, L, titleStarts } from './lexicon.js';
import { currentProvinces, legacyProvinces } from './province-registry.generated.js';

/**
 * Where people's names are: runs of capitalised syllables ("Nguyễn Trung Thảo"), 2–4 syllables
 * starting with a family name, or any 2–4 capitalised syllables right after a rank or "ông/bà/đồng chí"
 * (up to 5 for Central Highlands names such as "Y Thanh Hà Niê Kđăm").
 * A province name at the head of a run belongs to the title before it ("UBND tỉnh Cao Bằng Nguyễn
 * Trung Thảo"), and a run that IS a province ("Hồ Chí Minh") is not a person.
 */
export interface NameRun {
  name: string;
  start: number;
  end: number;
}

// "K'Lông", "H'Ly": Central Highlands names carry an apostrophe inside the syllable; after a lone
// capital the press often leaves a space ("K' Brăng", "H’ Mai"), which is still one syllable.
const SYLLABLE = String.raw`\p{Lu}(?:['’][ \t]?\p{Lu}[\p{Ll}\p{M}]+|[\p{Ll}\p{M}]*(?:['’]\p{Lu}?[\p{Ll}\p{M}]+)?)(?![${L}'’])`;
const RUN = new RegExp(String.raw`(?=\p{Lu})(?<![${L}])${SYLLABLE}(?:[ \t]+${SYLLABLE})*`, 'gu');
const family = new Set(familyNames);
/** Personal-name prefixes of Central Highlands peoples: "Y" (men), "H'"/"Ka"… (women), "A", "K'". */
const ETHNIC_PREFIX = /^(?:Y|A|Ka|H['’]\s?\p{Lu}.*|K['’]\s?\p{Lu}.*)$/u;
/**
 * A whole name in one syllable: a Cơ Ho, Mnông or Ê Đê prefix joined by an apostrophe ("K'Brăng",
 * "K’ Lông", "H'Mai"). It is a person only where officials.ts also finds a rank, "ông/bà" or a title.
 */
const ONE_SYLLABLE_NAME = /^\p{Lu}['’]\s?\p{Lu}[\p{Ll}\p{M}]+$/u;
/** Peoples' names written the same way: "đồng bào H'Mông", "người K'Ho", "dân tộc M'Nông". */
const PEOPLES = new Set(['hmong', 'kho', 'mnong', 'xtieng', 'stieng']);
const foldName = (w: string) => w.normalize('NFD').replace(/[\p{M}'’\s]/gu, '').replace(/đ/giu, 'd').toLowerCase();
/** Family names that also start ordinary words ("Ma túy"): a name only with a middle name after them ("Ma Thị Thúy"). */
const MIDDLE_NAME_FAMILY = new Set(['Ma']);
const MIDDLE_NAMES = new Set(['Thị', 'Văn', 'Đình', 'Đức', 'Ngọc', 'Quang', 'Xuân', 'Hồng', 'Minh', 'Thanh']);
const provinceNames = [...currentProvinces.map(([, n]) => n), ...legacyProvinces.map(([, n]) => n)];
const provinceSet = new Set(provinceNames);
const titleWords = new Set(titleStarts.flatMap((t) => t.split(' ')).filter((w) => /^\p{Lu}/u.test(w)));
/** Capitalised words that begin a sentence or a phrase but never a name. */
const notNameStart = new Set([...titleWords, 'Tại', 'Theo', 'Trong', 'Thiếu', 'Đại', 'Thượng', 'Trung', 'Nhân', 'Việt', 'Nhà', 'Đảng']);
/**
 * A two-syllable run right after a kind of place is that place ("tại thành phố Sầm Sơn", "huyện Lạc
 * Sơn"), even when its first syllable is a family name. Three syllables after "xã" stay a person's
 * name ("Chủ tịch UBND xã Lò Văn Mười").
 */
const PLACE_KIND_BEFORE = /(?<![\p{L}])(?:thành phố|TP\.?|thị xã|thị trấn|huyện|quận|phường|xã|đặc khu|thôn|bản|làng|xóm|ấp|buôn|khu phố)[ \t]+$/u;
export const PROVINCE_AT_START = new RegExp(String.raw`^(?:${alternation(provinceNames)})(?![${L}])\s*`, 'u');

export function isProvinceName(name: string): boolean {
  return provinceSet.has(name);
}

/** Name runs in `text`; `cuedAt(start)` says whether a rank/honorific ends right before `start`. */
export function findNameRuns(text: string, cuedAt: (start: number) => boolean): NameRun[] {
  const out: NameRun[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    const words = m[0].split(/(?<!['’])[ \t]+/u);
    const starts: number[] = [];
    let pos = m.index;
    for (const w of words) {
      pos = text.indexOf(w, pos);
      starts.push(pos);
      pos += w.length;
    }
    const end = m.index + m[0].length;
    /** Where the run's own words begin: its start, or right after a province name that opens it. */
    let wordsFrom = 0;
    for (let i = 0; i < words.length; i++) {
      const rest = text.slice(starts[i]!, end);
      const province = PROVINCE_AT_START.exec(rest);
      if (province && !(cuedAt(starts[i]!) && words.length - i <= 4)) {
        // skip the province's syllables
        i += province[0].trim().split(/\s+/u).length - 1;
        wordsFrom = i + 1;
        continue;
      }
      const count = words.length - i;
      // Alone in its run only: in "Puih H'Mai" the apostrophe syllable is a given name, not a whole name.
      if (count === 1 && (i === wordsFrom || cuedAt(starts[i]!)) && ONE_SYLLABLE_NAME.test(words[i]!) && !PEOPLES.has(foldName(words[i]!))) {
        out.push({ name: words[i]!, start: starts[i]!, end });
        break;
      }
      if (count < 2) break;
      // Ede, Jrai and other Central Highlands names may run to five syllables ("Y Thanh Hà Niê Kđăm").
      // The cue is looked up only for runs of a name's length: it is the costly test.
      if (count > 5) continue;
      if (count === 2 && PLACE_KIND_BEFORE.test(text.slice(Math.max(0, starts[i]! - 12), starts[i]!))) break;
      const cued = cuedAt(starts[i]!);
      if (count === 5 && !cued && !ETHNIC_PREFIX.test(words[i]!)) continue;
      const middleFamily = MIDDLE_NAME_FAMILY.has(words[i]!) && MIDDLE_NAMES.has(words[i + 1] ?? '');
      if (!cued && !family.has(words[i]!) && !middleFamily && !/['’]/u.test(words[i]!)) continue;
      // "Đoàn" starts bodies (Đoàn công tác) and names (Đoàn Minh Tuấn): after a rank or ông/bà it is a name.
      if (notNameStart.has(words[i]!) && !(cued && family.has(words[i]!))) continue;
      const name = words.slice(i).join(' ');
      if (isProvinceName(name)) break;
      out.push({ name, start: starts[i]!, end });
      break;
    }
  }
  return out;
}
