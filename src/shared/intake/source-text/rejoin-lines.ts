import { MappedTextBuilder, type MappedText } from './offset-map.js';

/**
 * Re-joins the lines a PDF text layer breaks inside sentences, so "Hội nghị tập\nhuấn" reads
 * "Hội nghị tập huấn" for the extractor. The review screen keeps showing the PDF's own lines:
 * this runs through the offset map, never on the source text.
 *
 * A blank line is a paragraph break and always stays. A single line break is joined when
 *   - the line ends in a hyphen right after a letter and the next starts lowercase: the hyphen
 *     was the typesetter's ("quy-\nền" → "quyền"); Vietnamese rarely hyphenates, but Western
 *     names and words in reports do;
 *   - otherwise the line does not end a sentence and the next line is not a list item, and either
 *     the next line starts in lowercase or a digit, or the line is about as long as the page's
 *     lines (it ran into the margin; the next word may be a capitalised name: "tỉnh\nBắc Kạn").
 */
export function rejoinLines(text: string): MappedText {
  const lines = text.split('\n');
  const fullWidth = 0.7 * typicalLineLength(lines);
  const builder = new MappedTextBuilder(text);
  let offset = 0;
  let kept = 0;
  for (let k = 0; k < lines.length - 1; k++) {
    const line = lines[k]!;
    const next = lines[k + 1]!;
    const breakAt = offset + line.length;
    offset = breakAt + 1;
    if (line.trim() === '' || next.trim() === '') continue;
    const join = decideJoin(line, next, fullWidth);
    if (join === 'keep') continue;
    if (join === 'dehyphenate') {
      builder.keep(kept, breakAt - 1);
      kept = breakAt + 1;
    } else if (/\s$/u.test(line) || /^\s/u.test(next)) {
      builder.keep(kept, breakAt);
      kept = breakAt + 1;
    } else {
      builder.keep(kept, breakAt);
      builder.replace(breakAt, breakAt + 1, ' ');
      kept = breakAt + 1;
    }
  }
  builder.keep(kept, text.length);
  return builder.build();
}

const SENTENCE_END = /[.!?:;…][)"'”’»]*\s*$/u;
const LIST_ITEM = /^\s*(?:[-–—•+*▪●◦]\s|\d{1,3}[.)]\s|[a-zđ][)]\s|[IVXLC]+\.\s)/u;
const STARTS_LOWER_OR_DIGIT = /^\s*[\p{Ll}\d]/u;

function decideJoin(line: string, next: string, fullWidth: number): 'keep' | 'space' | 'dehyphenate' {
  if (/\p{L}-$/u.test(line) && /^\p{Ll}/u.test(next)) return 'dehyphenate';
  if (SENTENCE_END.test(line) || LIST_ITEM.test(next)) return 'keep';
  if (STARTS_LOWER_OR_DIGIT.test(next) || line.trimEnd().length >= fullWidth) return 'space';
  return 'keep';
}

/** The length of a full line on these pages: the 90th percentile of the lines long enough to count. */
function typicalLineLength(lines: string[]): number {
  const lengths = lines
    .map((l) => l.trimEnd().length)
    .filter((n) => n >= 20)
    .sort((a, b) => a - b);
  if (lengths.length === 0) return Infinity;
  return lengths[Math.min(lengths.length - 1, Math.floor(lengths.length * 0.9))]!;
}
