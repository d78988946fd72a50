import type { IntakeExtraction } from '../extraction.js';

/** What the evidence for `path` highlights in `source` (every span, joined by " | "). */
export function evidenceText(source: string, result: IntakeExtraction, path: string): string {
  const e = result.evidence[path];
  if (!e) return `<no evidence for ${path}>`;
  return e.spans.map((s) => source.slice(s.start, s.end)).join(' | ');
}
