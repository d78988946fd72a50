import type { IntakeExtraction } from '../extraction.js';
import { sameVietnamese, searchKey } from '../../text/index.js';
import { registryProvinceName } from '../extract/province.js';
import { matchOneToOne, wordCoverage, wordDice } from './similarity.js';

/**
 * Scoring an extraction against a hand-labelled gold object (the format of `seeds.gold.json`).
 *
 * Every field counts true positives (TP), false positives (FP) and false negatives (FN):
 * - Gold null and extracted null count nothing. Gold set, extracted null: FN. Gold null, extracted
 *   set: FP. Both set: TP when they agree, otherwise FP AND FN (a wrong value is both a miss and a
 *   false claim).
 * - Scalars agree when equal: dates as ISO strings, numbers exactly, `province` by `sameVietnamese`
 *   (case and tone-mark style ignored, diacritics not) after mapping a recognised other name to the
 *   registry's ("TP.HCM" → Hồ Chí Minh, "Thừa Thiên Huế" → Huế).
 * - Lists are matched one to one, best pair first (folded words: no case, diacritics or punctuation):
 *   organisers and topics when their word sets' Dice ≥ 0,7; officials when their names fold to the
 *   same words. Matched pairs are TP, the rest FP/FN.
 * - Officials' title (Dice ≥ 0,8), rank (same letters: "T.S" = "TS") and role are sub-fields scored
 *   on matched pairs as scalars; an unmatched official counts FN (or FP) for each sub-field it has.
 * - Indicators pair up when the values are equal AND at least a quarter of the gold label's words
 *   appear in the extracted label and unit. Sub-fields: value (the pairing itself), unit (equal, or
 *   one is the other plus qualifying words: "người" ≈ "người cao tuổi"; money units must be equal),
 *   target, percent_of_target (±0,005) and period (same folded words).
 *
 * Precision = TP/(TP+FP), recall = TP/(TP+FN), F1 their harmonic mean; "overall" sums the counts of
 * every field (micro average). A field with nothing to count reports null, not a perfect score.
 */
export type Counts = { tp: number; fp: number; fn: number };
export type FieldScores = Record<string, Counts>;
export type Gold = Record<string, unknown>;

export const scoredFields = [
  'event_date', 'province', 'level', 'format', 'participants_count', 'participants_qualifier', 'connection_points_count',
  'organizers', 'officials.name', 'officials.title', 'officials.rank', 'officials.role', 'topics',
  'indicators.value', 'indicators.unit', 'indicators.target', 'indicators.percent_of_target', 'indicators.period',
] as const;

type GoldOfficial = { name: string; title?: string | null; rank?: string | null; role?: string | null };
type GoldIndicator = { label: string; value: number; unit?: string | null; target?: number | null; percent_of_target?: number | null; period?: string | null };

const empty = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const isSet = (v: unknown) => v !== null && v !== undefined && v !== '';

function scalar(counts: Counts, gold: unknown, extracted: unknown, same: (g: unknown, e: unknown) => boolean): void {
  const g = isSet(gold);
  const e = isSet(extracted);
  if (g && e) {
    if (same(gold, extracted)) counts.tp++;
    else {
      counts.fp++;
      counts.fn++;
    }
  } else if (g) counts.fn++;
  else if (e) counts.fp++;
}

const strictlyEqual = (g: unknown, e: unknown) => g === e;
const sameText = (g: unknown, e: unknown) => sameVietnamese(String(g), String(e));
/** One province, whichever of its names a labeller or an article used ("Thừa Thiên Huế" is Huế). */
const sameProvince = (g: unknown, e: unknown) => sameText(registryProvinceName(String(g)), registryProvinceName(String(e)));
const sameWords = (g: unknown, e: unknown) => searchKey(String(g)) === searchKey(String(e));
const sameRank = (g: unknown, e: unknown) => searchKey(String(g)).replace(/\s/g, '') === searchKey(String(e)).replace(/\s/g, '');
const similarTitle = (g: unknown, e: unknown) => wordDice(String(g), String(e)) >= 0.8;
const closeNumber = (g: unknown, e: unknown) => Math.abs(Number(g) - Number(e)) <= 0.005;
const MONEY = /dong|usd/;

/** "người" ≈ "người cao tuổi": one unit is the other with qualifying words after it; money units exactly. */
export function compatibleUnits(g: unknown, e: unknown): boolean {
  const a = searchKey(String(g));
  const b = searchKey(String(e));
  if (a === b) return true;
  if (MONEY.test(a) || MONEY.test(b) || a === '' || b === '') return false;
  return a.startsWith(`${b} `) || b.startsWith(`${a} `);
}

function list(counts: Counts, gold: string[], extracted: string[], threshold: number): void {
  const pairs = matchOneToOne(gold, extracted, wordDice, threshold);
  counts.tp += pairs.length;
  counts.fn += gold.length - pairs.length;
  counts.fp += extracted.length - pairs.length;
}

function subFields<G, E>(
  scores: FieldScores,
  prefix: string,
  fields: Array<[string, (g: G) => unknown, (e: E) => unknown, (g: unknown, e: unknown) => boolean]>,
  gold: G[],
  extracted: E[],
  pairs: Array<[number, number]>,
): void {
  const pairedG = new Set(pairs.map(([i]) => i));
  const pairedE = new Set(pairs.map(([, j]) => j));
  for (const [name, readG, readE, same] of fields) {
    const c = scores[`${prefix}.${name}`]!;
    for (const [i, j] of pairs) scalar(c, readG(gold[i]!), readE(extracted[j]!), same);
    gold.forEach((g, i) => { if (!pairedG.has(i) && isSet(readG(g))) c.fn++; });
    extracted.forEach((e, j) => { if (!pairedE.has(j) && isSet(readE(e))) c.fp++; });
  }
}

export function scoreExtraction(extraction: IntakeExtraction, gold: Gold): FieldScores {
  const scores: FieldScores = Object.fromEntries(scoredFields.map((f) => [f, empty()]));
  scalar(scores.event_date!, gold.event_date, extraction.event_date, strictlyEqual);
  scalar(scores.province!, gold.province, extraction.province, sameProvince);
  scalar(scores.level!, gold.level, extraction.level, strictlyEqual);
  scalar(scores.format!, gold.format, extraction.format, strictlyEqual);
  scalar(scores.participants_count!, gold.participants_count, extraction.participants_count, strictlyEqual);
  scalar(scores.participants_qualifier!, gold.participants_qualifier, extraction.participants_qualifier, strictlyEqual);
  scalar(scores.connection_points_count!, gold.connection_points_count, extraction.connection_points_count, strictlyEqual);
  list(scores.organizers!, (gold.organizers as string[] | null) ?? [], extraction.organizers ?? [], 0.7);
  list(scores.topics!, (gold.topics as string[] | null) ?? [], extraction.topics, 0.7);

  const goldOfficials = (gold.officials as GoldOfficial[] | null) ?? [];
  const officialPairs = matchOneToOne(goldOfficials, extraction.officials, (g, e) => (searchKey(g.name) === searchKey(e.name) ? 1 : 0), 1);
  subFields(scores, 'officials', [
    ['name', (g) => g.name, (e) => e.name, sameWords],
    ['title', (g) => g.title, (e) => e.title, similarTitle],
    ['rank', (g) => g.rank, (e) => e.rank, sameRank],
    ['role', (g) => g.role, (e) => e.role, strictlyEqual],
  ], goldOfficials, extraction.officials, officialPairs);

  const goldIndicators = (gold.indicators as GoldIndicator[] | null) ?? [];
  const indicatorPairs = matchOneToOne(
    goldIndicators,
    extraction.indicators,
    (g, e) => (Math.abs(g.value - e.value) < 1e-9 ? wordCoverage(g.label, `${e.label} ${e.unit ?? ''}`) : 0),
    0.25,
  );
  subFields(scores, 'indicators', [
    ['value', (g) => g.value, (e) => e.value, closeNumber],
    ['unit', (g) => g.unit, (e) => e.unit, compatibleUnits],
    ['target', (g) => g.target, (e) => e.target, closeNumber],
    ['percent_of_target', (g) => g.percent_of_target, (e) => e.percent_of_target, closeNumber],
    ['period', (g) => g.period, (e) => e.period, sameWords],
  ], goldIndicators, extraction.indicators, indicatorPairs);
  return scores;
}

export function addScores(into: FieldScores, more: FieldScores): FieldScores {
  for (const [field, c] of Object.entries(more)) {
    const t = (into[field] ??= empty());
    t.tp += c.tp;
    t.fp += c.fp;
    t.fn += c.fn;
  }
  return into;
}

export interface Prf {
  precision: number | null;
  recall: number | null;
  f1: number | null;
  tp: number;
  fp: number;
  fn: number;
}

export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : null;
  const recall = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : null;
  const f1 = precision !== null && recall !== null ? (precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0) : c.tp + c.fp + c.fn > 0 ? 0 : null;
  return { precision, recall, f1, ...c };
}

/** Micro average over every field. */
export function overall(scores: FieldScores): Prf {
  return prf(Object.values(scores).reduce((t, c) => ({ tp: t.tp + c.tp, fp: t.fp + c.fp, fn: t.fn + c.fn }), empty()));
}
