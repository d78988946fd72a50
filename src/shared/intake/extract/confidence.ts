import type { Confidence } from '../extraction.js';

/**
 * How far each rule can be trusted on its own, before any doubt about the particular reading. Rules
 * not listed are `high`: a strong pattern (a lead date phrase, "chủ trì", "tổ chức", a number with a
 * unit from the lexicon). The levels were set from the precision-by-confidence table of
 * `npm run eval:intake` over every labelled set; a rule moves down a level when its precision there
 * is clearly below its neighbours'.
 */
const RULE_LEVEL: Array<[RegExp, Confidence]> = [
  // Where a date is only in some sentence about the event, or only has a part of day.
  [/^date\.(?:event-sentence|part-of-day)/u, 'medium'],
  // A count with a weak unit ("cán bộ", "người") found only through an attendance word nearby.
  [/^participants\.attendance-phrase$/u, 'medium'],
  [/^connection-points\.sum$/u, 'medium'],
  // A level read from the province's name alone, not from who organised it.
  [/^level\.(?:province-named|several-provinces)$/u, 'medium'],
  [/^format\.connection-points$/u, 'medium'],
  // Someone named with "ông/bà/đồng chí" and no title; a role read only from being listed as present.
  [/^official\.honorific-name$/u, 'medium'],
  [/^official\.role-attending$/u, 'medium'],
  [/^topic\.colon-list$/u, 'medium'],
  [/^province\.name-mention$/u, 'medium'],
  [/^venue\./u, 'medium'],
  [/^title\./u, 'medium'],
  // A figure the article gives without a unit ("giải quyết việc làm cho 12.450."): proposed, never pre-ticked.
  [/^indicator\.number-without-unit$/u, 'low'],
];

export function ruleConfidence(rule: string): Confidence {
  for (const [re, level] of RULE_LEVEL) if (re.test(rule)) return level;
  return 'high';
}

const ORDER: Record<Confidence, number> = { high: 2, medium: 1, low: 0 };

/** The lower of two levels. */
export function lowerOf(a: Confidence, b: Confidence): Confidence {
  return ORDER[a] <= ORDER[b] ? a : b;
}

/** A doubt about one reading: a plain Vietnamese warning and the level it caps the field at. */
export interface Doubt {
  level: Confidence;
  warning: string;
}
