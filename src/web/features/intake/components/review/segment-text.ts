/** A highlighted stretch of the document: `id` names the evidence it belongs to. */
export type Mark = { start: number; end: number; id: number };

/** A run of text with the evidence covering it (none: plain text). */
export type Segment = { start: number; text: string; ids: number[] };

/**
 * Cuts the document into paragraphs (at line breaks) and each paragraph into runs, so that every
 * run is covered by the same set of evidence from start to end. Overlapping evidence (a name
 * inside an official's title) gives a run with both ids. Offsets are UTF-16, as the spans are.
 */
export function segmentText(text: string, marks: Mark[]): Segment[][] {
  const cuts = new Set<number>([0, text.length]);
  const valid = marks.filter((m) => m.start < m.end && m.start >= 0 && m.end <= text.length);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    cuts.add(i);
    cuts.add(i + 1);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const paragraphs: Segment[][] = [];
  let current: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const piece = text.slice(start, end);
    if (piece === '\n') {
      paragraphs.push(current);
      current = [];
      continue;
    }
    const ids = valid.filter((m) => m.start <= start && m.end >= end).map((m) => m.id);
    current.push({ start, text: piece, ids: [...new Set(ids)] });
  }
  paragraphs.push(current);
  // Blank lines between paragraphs carry no text: spacing between paragraphs shows them.
  return paragraphs.filter((p) => p.some((s) => s.text.trim()));
}
