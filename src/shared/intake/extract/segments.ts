/**
 * Paragraphs and sentences of the prepared text, as offset ranges. Rules look for their cues inside
 * one sentence (a title never runs past a full stop) or one paragraph (a period stated in a lead
 * sentence covers the figures that follow it).
 */
export interface Range {
  start: number;
  end: number;
}

/** Abbreviations whose full stop does not end a sentence ("TP. Hồ Chí Minh", "T.S Lê …"). */
const NO_BREAK_BEFORE = /(?:^|[\s(])(?:TP|Tp|TS|T\.S|ThS|Th\.S|PGS|GS|BS|KS|CN|TX|TT|Q|P|St|Mr|Ms|ông|bà)$/u;
const SENTENCE_END = /[.!?…]+["”»)]?(?=\s+["“«(]?[\p{Lu}\p{N}]|\s*$)|\n+/gu;

export function paragraphsOf(text: string): Range[] {
  const out: Range[] = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export function sentencesOf(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_END.exec(text)) !== null) {
    const end = m.index + m[0].length;
    if (m[0][0] !== '\n' && NO_BREAK_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    if (text.slice(start, end).trim()) out.push(trimRange(text, { start, end }));
    start = end;
  }
  if (text.slice(start).trim()) out.push(trimRange(text, { start, end: text.length }));
  return out;
}

/** The range without the whitespace at its ends. */
export function trimRange(text: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return { start, end };
}

/** The range that contains `offset` (binary search over sorted, disjoint ranges). */
export function rangeAt(ranges: Range[], offset: number): Range | undefined {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid]!;
    if (offset < r.start) hi = mid - 1;
    else if (offset >= r.end) lo = mid + 1;
    else return r;
  }
  return undefined;
}

/** Index of the range that contains `offset`, or -1. */
export function rangeIndexAt(ranges: Range[], offset: number): number {
  const r = rangeAt(ranges, offset);
  return r ? ranges.indexOf(r) : -1;
}
