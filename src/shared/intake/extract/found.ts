import type { Range } from './segments.js';

/** A value a rule proposes, with the spans (offsets into the PREPARED text) it was read from. */
export interface Found<T> {
  value: T;
  spans: Range[];
  rule: string;
}

/** The span of capture `text` found at `index` in `haystack`, searching from `from`. */
export function spanOf(haystack: string, text: string, from: number): Range {
  const at = haystack.indexOf(text, from);
  return at < 0 ? { start: from, end: from } : { start: at, end: at + text.length };
}
