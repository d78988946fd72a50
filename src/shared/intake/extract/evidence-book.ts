import type { Evidence } from '../extraction.js';
import type { Found } from './found.js';

/**
 * Collects evidence by field path, turning spans in the prepared text into SOURCE offsets through
 * `toSource`, so that `source.slice(span.start, span.end)` is what the review screen highlights.
 */
export class EvidenceBook {
  readonly entries: Record<string, Evidence> = {};

  constructor(private readonly toSource: (offset: number) => number) {}

  record(path: string, found: Pick<Found<unknown>, 'spans' | 'rule'> | null | undefined): void {
    if (!found) return;
    this.entries[path] = {
      rule: found.rule,
      spans: found.spans.map((s) => ({ start: this.toSource(s.start), end: this.toSource(s.end) })),
    };
  }
}
