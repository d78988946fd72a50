import type { Confidence, Evidence } from '../../../../../shared/intake/extraction';

/** A field's confidence and the doubts behind it, as the review shows them beside the field. */
export type FieldDoubt = { confidence: Confidence | null; warnings: string[] };

const RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };

/**
 * The confidence of what a row or figure proposes: the lowest over its evidence key and the
 * sub-fields under it (`officials[1].name`, `.title`, `.role` for one official; `indicators[0].*`
 * for one figure), with all their warnings. Drafts stored before confidences existed have none (null).
 */
export function doubtOf(evidenceKey: string | null, evidence: Record<string, Evidence>): FieldDoubt {
  if (!evidenceKey) return { confidence: null, warnings: [] };
  const base = evidenceKey.replace(/\.[a-z_]+$/u, '');
  const entries = Object.entries(evidence).filter(([k]) => k === evidenceKey || k === base || k.startsWith(`${base}.`));
  let confidence: Confidence | null = null;
  const warnings: string[] = [];
  for (const [, e] of entries) {
    if (e.confidence && (confidence === null || RANK[e.confidence] < RANK[confidence])) confidence = e.confidence;
    for (const w of e.warnings ?? []) if (!warnings.includes(w)) warnings.push(w);
  }
  return { confidence, warnings };
}

/** Uncertain first (low, then medium, then high and unknown), keeping the form's order within a level. */
export function orderByConfidence<T>(items: T[], doubt: (item: T) => FieldDoubt): T[] {
  const rank = (item: T) => {
    const c = doubt(item).confidence;
    return c === null ? RANK.high : RANK[c];
  };
  return items.map((item, i) => ({ item, i, r: rank(item) })).sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.item);
}
