import { searchKey } from '../../text/index.js';

/** Folded words of a text: no case, no diacritics, no punctuation ("Ban Chỉ đạo (BCĐ)" → ban chi dao bcd). */
export function foldedWords(s: string): string[] {
  const key = searchKey(s);
  return key ? key.split(' ') : [];
}

/** Dice coefficient of the two word sets: 1 for the same words in any order, 0 for none shared. */
export function wordDice(a: string, b: string): number {
  const x = new Set(foldedWords(a));
  const y = new Set(foldedWords(b));
  if (x.size === 0 && y.size === 0) return 1;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return (2 * shared) / (x.size + y.size);
}

/** Share of the gold text's words found in the extracted text (how much of what a person wrote is covered). */
export function wordCoverage(gold: string, extracted: string): number {
  const g = new Set(foldedWords(gold));
  if (g.size === 0) return 1;
  const e = new Set(foldedWords(extracted));
  let found = 0;
  for (const w of g) if (e.has(w)) found++;
  return found / g.size;
}

/**
 * One-to-one matching: pairs every candidate (i, j) with `score(i, j) ≥ threshold`, best score first,
 * each item used at most once. Greedy is enough here: lists are short and scores well separated.
 */
export function matchOneToOne<G, E>(gold: G[], extracted: E[], score: (g: G, e: E) => number, threshold: number): Array<[number, number]> {
  const candidates: Array<[number, number, number]> = [];
  gold.forEach((g, i) => extracted.forEach((e, j) => {
    const s = score(g, e);
    if (s >= threshold) candidates.push([s, i, j]);
  }));
  candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedG = new Set<number>();
  const usedE = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const [, i, j] of candidates) {
    if (usedG.has(i) || usedE.has(j)) continue;
    usedG.add(i);
    usedE.add(j);
    pairs.push([i, j]);
  }
  return pairs;
}
