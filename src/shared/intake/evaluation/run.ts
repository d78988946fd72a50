import type { ExtractContext } from '../extraction.js';
import { extractFromSourceText } from '../extract/index.js';
import type { LabelledArticle } from './corpus.js';
import { addScores, overall, scoreWithConfidence, type FieldScores, type Prf, type ScoredValue } from './score.js';

export interface SetResult {
  fields: FieldScores;
  overall: Prf;
  perArticle: Array<{ file: string; overall: Prf }>;
  /** Every scored extracted value with its confidence: the precision-by-confidence table. */
  values: ScoredValue[];
}

/** Extracts every article of a labelled set (text only: no metadata, as from a pasted article) and scores it. */
export function evaluateSet(articles: LabelledArticle[], context: ExtractContext = {}): SetResult {
  const fields: FieldScores = {};
  const values: ScoredValue[] = [];
  const perArticle = articles.map((a) => {
    const scored = scoreWithConfidence(extractFromSourceText(a.text, context), a.gold);
    addScores(fields, scored.scores);
    values.push(...scored.values);
    return { file: a.file, overall: overall(scored.scores) };
  });
  return { fields, overall: overall(fields), perArticle, values };
}
