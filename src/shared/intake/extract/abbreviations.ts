import { knownAbbreviations } from './lexicon.js';

/**
 * Abbreviations an article defines for itself: "Ban Chỉ đạo về Nhân quyền (viết tắt là BCĐNQ)",
 * "Văn phòng Thường trực (VPTT)". The long form is found by walking back from the parenthesis and
 * matching the abbreviation's letters to the words' initials (function words like "về" may be
 * skipped), so no list of bodies is needed. Organiser names are written out with these definitions.
 */
const DEFINITION = /\(\s*(?:viết tắt(?:\s+là)?|gọi tắt(?:\s+là)?|sau đây gọi là)?\s*:?\s*([\p{Lu}Đ][\p{Lu}Đ&-]{1,9})\s*\)/gu;
const SKIPPABLE = new Set(['về', 'và', 'của', 'các', 'cho']);

/** First letter without its marks, upper case ("chỉ" → "C", "đạo" → "Đ": đ is a letter of its own). */
const initial = (word: string) => (word.replace(/^[^\p{L}]+/u, '').normalize('NFD')[0] ?? '').toLocaleUpperCase('vi');
const letters = (abbr: string) => [...abbr.replace(/[&-]/g, '')];

export function findDefinedAbbreviations(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(DEFINITION)) {
    const abbr = m[1]!;
    const before = text.slice(Math.max(0, m.index! - 120), m.index!).trimEnd();
    const words = before.split(/\s+/u);
    const want = letters(abbr);
    let i = want.length - 1;
    let w = words.length - 1;
    const taken: string[] = [];
    while (w >= 0 && i >= 0) {
      const word = words[w]!;
      if (initial(word) === want[i]) {
        taken.unshift(word);
        i--;
      } else if (SKIPPABLE.has(word) && taken.length > 0) taken.unshift(word);
      else break;
      w--;
    }
    if (i < 0) out.set(abbr, taken.join(' '));
  }
  return out;
}

/** The name without "(viết tắt là X)" asides, with defined (then well-known) abbreviations written out. */
export function expandAbbreviations(name: string, defined: Map<string, string>): string {
  let out = name.replace(DEFINITION, ' ').replace(/\s+/gu, ' ').trim();
  // UBND, HĐND, MTTQ stay as written: gold and readers keep them short.
  const wellKnown = Object.entries(knownAbbreviations).filter(([k]) => !['UBND', 'HĐND', 'MTTQ'].includes(k));
  for (const [abbr, long] of [...defined, ...wellKnown]) {
    out = out.replace(new RegExp(`(?<![\\p{L}])${abbr}(?![\\p{L}])`, 'gu'), long);
  }
  return out;
}
