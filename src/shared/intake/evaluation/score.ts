import type { Confidence, IntakeExtraction } from '../extraction.js';
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
 * - Round-two labels, scored only where a gold entry has them (older sets are not penalised for
 *   fields they never labelled): `event_end_date` (a scalar), `context_figures` (paired by equal
 *   value; a context figure proposed as an indicator is also an indicator FP), and per indicator
 *   `qualifier` (equal) and `comparison` (same value, ±0,005).
 *
 * Every extracted value that is scored is also noted with its evidence's confidence and whether it
 * was right (`ScoredValue`), for the precision-by-confidence table.
 *
 * Precision = TP/(TP+FP), recall = TP/(TP+FN), F1 their harmonic mean; "overall" sums the counts of
 * every field (micro average). A field with nothing to count reports null, not a perfect score.
 */
export type Counts = { tp: number; fp: number; fn: number };
export type FieldScores = Record<string, Counts>;
export type Gold = Record<string, unknown>;

export const scoredFields = [
  'event_date', 'event_end_date', 'province', 'level', 'format', 'participants_count', 'participants_qualifier', 'connection_points_count',
  'organizers', 'officials.name', 'officials.title', 'officials.rank', 'officials.role', 'topics',
  'indicators.value', 'indicators.unit', 'indicators.target', 'indicators.percent_of_target', 'indicators.period',
  'indicators.qualifier', 'indicators.comparison', 'context_figures',
] as const;

/** One extracted value that was scored: its field, the confidence the extractor gave it, and whether it was right. */
export interface ScoredValue {
  field: string;
  confidence: Confidence;
  correct: boolean;
}

type GoldOfficial = { name: string; title?: string | null; rank?: string | null; role?: string | null };
type GoldIndicator = {
  label: string; value: number; unit?: string | null; target?: number | null; percent_of_target?: number | null; period?: string | null;
  qualifier?: string | null; comparison?: { value: number } | null;
};

const empty = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const isSet = (v: unknown) => v !== null && v !== undefined && v !== '';

/** Called with whether an extracted value was right (absent values are not noted). */
type Note = (correct: boolean) => void;
const ignore: Note = () => {};

function scalar(counts: Counts, gold: unknown, extracted: unknown, same: (g: unknown, e: unknown) => boolean, note: Note = ignore): void {
  const g = isSet(gold);
  const e = isSet(extracted);
  if (g && e) {
    if (same(gold, extracted)) {
      counts.tp++;
      note(true);
    } else {
      counts.fp++;
      counts.fn++;
      note(false);
    }
  } else if (g) counts.fn++;
  else if (e) {
    counts.fp++;
    note(false);
  }
}

const strictlyEqual = (g: unknown, e: unknown) => g === e;
const sameText = (g: unknown, e: unknown) => sameVietnamese(String(g), String(e));
/** One province, whichever of its names a labeller or an article used ("Thừa Thiên Huế" is Huế). */
const sameProvince = (g: unknown, e: unknown) => sameText(registryProvinceName(String(g)), registryProvinceName(String(e)));
const sameWords = (g: unknown, e: unknown) => searchKey(String(g)) === searchKey(String(e));
const sameRank = (g: unknown, e: unknown) => searchKey(String(g)).replace(/\s/g, '') === searchKey(String(e)).replace(/\s/g, '');
const similarTitle = (g: unknown, e: unknown) => wordDice(String(g), String(e)) >= 0.8;
const closeNumber = (g: unknown, e: unknown) => Math.abs(Number(g) - Number(e)) <= 0.005;
// Read on the unit as written: folded, "lao động" would read as money ("dong").
const MONEY = /(?<!\p{L})(?:đồng|usd)(?!\p{L})/iu;

/** "người" ≈ "người cao tuổi": one unit is the other with qualifying words after it; money units exactly. */
export function compatibleUnits(g: unknown, e: unknown): boolean {
  const a = searchKey(String(g));
  const b = searchKey(String(e));
  if (a === b) return true;
  if (MONEY.test(String(g)) || MONEY.test(String(e)) || a === '' || b === '') return false;
  return a.startsWith(`${b} `) || b.startsWith(`${a} `);
}

function list(counts: Counts, gold: string[], extracted: string[], threshold: number, note: (j: number, correct: boolean) => void = () => {}): void {
  const pairs = matchOneToOne(gold, extracted, wordDice, threshold);
  counts.tp += pairs.length;
  counts.fn += gold.length - pairs.length;
  counts.fp += extracted.length - pairs.length;
  const paired = new Set(pairs.map(([, j]) => j));
  extracted.forEach((_, j) => note(j, paired.has(j)));
}

function subFields<G, E>(
  scores: FieldScores,
  prefix: string,
  fields: Array<[string, (g: G) => unknown, (e: E) => unknown, (g: unknown, e: unknown) => boolean]>,
  gold: G[],
  extracted: E[],
  pairs: Array<[number, number]>,
  note: (field: string, path: string, correct: boolean) => void = () => {},
): void {
  const pairedG = new Set(pairs.map(([i]) => i));
  const pairedE = new Set(pairs.map(([, j]) => j));
  for (const [name, readG, readE, same] of fields) {
    const c = scores[`${prefix}.${name}`]!;
    const field = `${prefix}.${name}`;
    for (const [i, j] of pairs) scalar(c, readG(gold[i]!), readE(extracted[j]!), same, (ok) => note(field, `${prefix}[${j}].${name}`, ok));
    gold.forEach((g, i) => { if (!pairedG.has(i) && isSet(readG(g))) c.fn++; });
    extracted.forEach((e, j) => {
      if (!pairedE.has(j) && isSet(readE(e))) {
        c.fp++;
        note(field, `${prefix}[${j}].${name}`, false);
      }
    });
  }
}

export function scoreExtraction(extraction: IntakeExtraction, gold: Gold): FieldScores {
  return scoreWithConfidence(extraction, gold).scores;
}

/** The scores, and every scored extracted value with its confidence (see `ScoredValue`). */
export function scoreWithConfidence(extraction: IntakeExtraction, gold: Gold): { scores: FieldScores; values: ScoredValue[] } {
  const scores: FieldScores = Object.fromEntries(scoredFields.map((f) => [f, empty()]));
  const values: ScoredValue[] = [];
  const confidenceOf = (path: string): Confidence => extraction.evidence[path]?.confidence ?? 'high';
  const noteAt = (field: string, path: string) => (correct: boolean) => values.push({ field, confidence: confidenceOf(path), correct });
  const one = (field: (typeof scoredFields)[number], same: (g: unknown, e: unknown) => boolean) =>
    scalar(scores[field]!, gold[field], (extraction as unknown as Record<string, unknown>)[field], same, noteAt(field, field));
  one('event_date', strictlyEqual);
  if ('event_end_date' in gold) one('event_end_date', strictlyEqual);
  one('province', sameProvince);
  one('level', strictlyEqual);
  one('format', strictlyEqual);
  one('participants_count', strictlyEqual);
  one('participants_qualifier', strictlyEqual);
  one('connection_points_count', strictlyEqual);
  list(scores.organizers!, (gold.organizers as string[] | null) ?? [], extraction.organizers ?? [], 0.7, (j, ok) => noteAt('organizers', `organizers[${j}]`)(ok));
  list(scores.topics!, (gold.topics as string[] | null) ?? [], extraction.topics, 0.7, (j, ok) => noteAt('topics', `topics[${j}]`)(ok));
  const noteSub = (field: string, path: string, ok: boolean) => noteAt(field, path)(ok);

  const goldOfficials = (gold.officials as GoldOfficial[] | null) ?? [];
  const officialPairs = matchOneToOne(goldOfficials, extraction.officials, (g, e) => (searchKey(g.name) === searchKey(e.name) ? 1 : 0), 1);
  subFields(scores, 'officials', [
    ['name', (g) => g.name, (e) => e.name, sameWords],
    ['title', (g) => g.title, (e) => e.title, similarTitle],
    ['rank', (g) => g.rank, (e) => e.rank, sameRank],
    ['role', (g) => g.role, (e) => e.role, strictlyEqual],
  ], goldOfficials, extraction.officials, officialPairs, noteSub);

  const goldIndicators = (gold.indicators as GoldIndicator[] | null) ?? [];
  const indicatorPairs = matchOneToOne(
    goldIndicators,
    extraction.indicators,
    (g, e) => (Math.abs(g.value - e.value) < 1e-9 ? wordCoverage(g.label, `${e.label} ${e.unit ?? ''}`) : 0),
    0.25,
  );
  const roundTwo = Array.isArray(gold.context_figures);
  const qualifierOf = (q: unknown) => (q === 'exact' ? null : q);
  subFields(scores, 'indicators', [
    ['value', (g) => g.value, (e) => e.value, closeNumber],
    ['unit', (g) => g.unit, (e) => e.unit, compatibleUnits],
    ['target', (g) => g.target, (e) => e.target, closeNumber],
    ['percent_of_target', (g) => g.percent_of_target, (e) => e.percent_of_target, closeNumber],
    ['period', (g) => g.period, (e) => e.period, sameWords],
    ...(roundTwo
      ? ([
          // "exact" and no qualifier are the same claim.
          ['qualifier', (g) => qualifierOf(g.qualifier), (e) => qualifierOf(e.qualifier), strictlyEqual],
          ['comparison', (g) => g.comparison?.value, (e) => e.comparison?.value, closeNumber],
        ] as Array<[string, (g: GoldIndicator) => unknown, (e: IntakeExtraction['indicators'][number]) => unknown, (g: unknown, e: unknown) => boolean]>)
      : []),
  ], goldIndicators, extraction.indicators, indicatorPairs, noteSub);

  if (roundTwo) {
    const goldContext = gold.context_figures as Array<{ value: number }>;
    const extracted = extraction.context_figures ?? [];
    const pairs = matchOneToOne(goldContext, extracted, (g, e) => (Math.abs(g.value - e.value) < 1e-9 ? 1 : 0), 1);
    const c = scores.context_figures!;
    c.tp += pairs.length;
    c.fn += goldContext.length - pairs.length;
    c.fp += extracted.length - pairs.length;
    const paired = new Set(pairs.map(([, j]) => j));
    extracted.forEach((_, j) => noteAt('context_figures', `context_figures[${j}]`)(paired.has(j)));
  }
  return { scores, values };
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

export interface ConfidenceRow {
  field: string;
  /** Per level: how many extracted values carried it, how many were right, and their precision (null when none). */
  levels: Record<Confidence, { n: number; correct: number; precision: number | null }>;
}

/** Precision of the extracted values at each confidence level, per field and over all fields ("overall"). */
export function precisionByConfidence(values: ScoredValue[]): ConfidenceRow[] {
  const row = (field: string, of: ScoredValue[]): ConfidenceRow => {
    const levels = {} as ConfidenceRow['levels'];
    for (const level of ['high', 'medium', 'low'] as const) {
      const at = of.filter((v) => v.confidence === level);
      const correct = at.filter((v) => v.correct).length;
      levels[level] = { n: at.length, correct, precision: at.length ? correct / at.length : null };
    }
    return { field, levels };
  };
  const fields = scoredFields.filter((f) => values.some((v) => v.field === f));
  return [...fields.map((f) => row(f, values.filter((v) => v.field === f))), row('overall', values)];
}
