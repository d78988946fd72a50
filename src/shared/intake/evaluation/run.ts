import type { ExtractContext } from '../extraction.js';
import { extractFromSourceText } from '../extract/index.js';
import type { LabelledArticle } from './corpus.js';
import { addScores, overall, scoreExtraction, type FieldScores, type Prf } from './score.js';

export interface SetResult {
  fields: FieldScores;
  overall: Prf;
  perArticle: Array<{ file: string; overall: Prf }>;
}

/** Extracts every article of a labelled set (text only: no metadata, as from a pasted article) and scores it. */
export function evaluateSet(articles: LabelledArticle[], context: ExtractContext = {}): SetResult {
  const fields: FieldScores = {};
  const perArticle = articles.map((a) => {
    const scores = scoreExtraction(extractFromSourceText(a.text, context), a.gold);
    addScores(fields, scores);
    return { file: a.file, overall: overall(scores) };
  });
  return { fields, overall: overall(fields), perArticle };
}
