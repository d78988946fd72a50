import { searchKey } from '../../../shared/text/index.js';

export type CatalogueEntry = { code: string; nameVi: string; unit: string; valueType: string };
export type Suggestion = { indicatorCode: string; nameVi: string; unit: string; score: number };

/** Words that say nothing about which figure it is. */
const filler = new Set(['so', 'cho', 'cua', 'va', 'cac', 'nhung', 'duoc', 'da', 'trong', 'nam', 'tren', 'dia', 'ban', 'tinh', 'ty', 'le', 'dat', 'tong', 'nguoi', 'the', 'luot']);
const wordsOf = (s: string) => searchKey(s).split(' ').filter((w) => w.length > 1 && !filler.has(w));
const percentUnit = (u: string) => u === '%' || searchKey(u) === 'phan tram';

/**
 * Prepares the catalogue once for matching many figures: each indicator's name folded (no tone
 * marks, lower case, the text core's search key) into its meaningful words.
 */
export function prepareCatalogue(entries: CatalogueEntry[]) {
  return entries.map((e) => ({ ...e, words: new Set(wordsOf(e.nameVi)), unitKey: searchKey(e.unit) }));
}

/**
 * The catalogue indicator a figure most likely is, by the words its label shares with the
 * indicator's name (Dice coefficient over folded words, so "giải quyết việc làm cho 17.670 lao
 * động" meets "Số lao động được giải quyết việc làm"), with a bonus when the units agree (a
 * percentage for a rate, people for a count). Null when nothing shares enough.
 */
export function suggestIndicator(label: string, unit: string | null, catalogue: ReturnType<typeof prepareCatalogue>): Suggestion | null {
  const words = new Set(wordsOf(label));
  if (words.size === 0) return null;
  const unitKey = unit ? searchKey(unit) : '';
  let best: Suggestion | null = null;
  for (const entry of catalogue) {
    let shared = 0;
    for (const w of words) if (entry.words.has(w)) shared += 1;
    if (shared === 0) continue;
    let score = (2 * shared) / (words.size + entry.words.size);
    const figurePercent = unit !== null && percentUnit(unit);
    const entryPercent = percentUnit(entry.unit) || entry.valueType === 'percent' || entry.valueType === 'ratio';
    if (unit !== null) {
      if (figurePercent === entryPercent && (figurePercent || unitKey === entry.unitKey)) score += 0.15;
      else if (figurePercent !== entryPercent) score -= 0.2;
    }
    if (!best || score > best.score) best = { indicatorCode: entry.code, nameVi: entry.nameVi, unit: entry.unit, score: Math.round(score * 100) / 100 };
  }
  return best && best.score >= 0.3 ? best : null;
}
