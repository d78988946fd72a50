import type { Confidence, IntakeExtraction } from './extraction.js';

/** One proposed field as a reviewer should read it: its path, confidence and doubts. */
export interface FieldToReview {
  field: string;
  confidence: Confidence;
  warnings: string[];
}

const RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };

/**
 * Every proposed field of a draft, uncertain first (low, medium, then high; the draft's own order
 * within a level): what `npx rights-desk extract` prints under `review`, the order the review screen
 * shows. Context figures are left out: they are never proposed.
 */
export function fieldsToReview(draft: Pick<IntakeExtraction, 'evidence'>): FieldToReview[] {
  return Object.entries(draft.evidence)
    .filter(([field]) => !field.startsWith('context_figures'))
    .map(([field, e], i) => ({ field, confidence: e.confidence ?? 'high', warnings: e.warnings ?? [], i }))
    .sort((a, b) => RANK[a.confidence] - RANK[b.confidence] || a.i - b.i)
    .map(({ field, confidence, warnings }) => ({ field, confidence, warnings }));
}
