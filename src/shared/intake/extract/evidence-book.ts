import type { Evidence } from '../extraction.js';
import { lowerOf, ruleConfidence, type Doubt } from './confidence.js';
import type { Found } from './found.js';

/**
 * Collects evidence by field path, turning spans in the prepared text into SOURCE offsets through
 * `toSource`, so that `source.slice(span.start, span.end)` is what the review screen highlights.
 */
export class EvidenceBook {
  readonly entries: Record<string, Evidence> = {};

  constructor(private readonly toSource: (offset: number) => number) {}

  /**
   * Records a field's evidence with its confidence: the rule's own level (`ruleConfidence`), lowered by
   * each doubt, whose warning the reviewer sees beside the field.
   */
  record(path: string, found: Pick<Found<unknown>, 'spans' | 'rule'> | null | undefined, doubts: Doubt[] = []): void {
    if (!found) return;
    const confidence = doubts.reduce((level, d) => lowerOf(level, d.level), ruleConfidence(found.rule));
    const warnings = [...new Set(doubts.map((d) => d.warning))];
    this.entries[path] = {
      rule: found.rule,
      spans: found.spans.map((s) => ({ start: this.toSource(s.start), end: this.toSource(s.end) })),
      confidence,
      ...(warnings.length ? { warnings } : {}),
    };
  }

  /** Adds doubts to a field already recorded (found later, e.g. by comparing fields). */
  doubt(path: string, doubts: Doubt[]): void {
    const entry = this.entries[path];
    if (!entry || doubts.length === 0) return;
    entry.confidence = doubts.reduce((level, d) => lowerOf(level, d.level), entry.confidence ?? 'high');
    entry.warnings = [...new Set([...(entry.warnings ?? []), ...doubts.map((d) => d.warning)])];
  }
}
