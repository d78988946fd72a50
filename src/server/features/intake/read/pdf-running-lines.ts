/*
 * Running heads and feet of a PDF: the document symbol, the "GE.23-12345" job number, the title
 * or the page number that a printed page repeats at its top or bottom. Read into the text they
 * would land in the middle of a paragraph that runs over the page break (a recommendation, a
 * figure's sentence). They are told apart by position and repetition, never by wording: a line
 * at a page's edge that recurs at the edges of many pages once its numbers are ignored, or a
 * page number alone.
 */

/** How many lines at each edge of a page may be a running head or foot. */
const EDGE = 2;
const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:(?:trang|page)\s+)?\d{1,4}(?:\s*(?:\/|of|trên)\s*\d{1,4})?(?:\s*[-–—])?$/iu;

const shape = (line: string) => line.replace(/\d+/gu, '#').replace(/\s+/gu, ' ').trim().toLowerCase();

function edgeIndexes(lines: string[], head = true): number[] {
  const filled = lines.flatMap((l, i) => (l.trim() ? [i] : []));
  return [...new Set([...(head ? filled.slice(0, EDGE) : []), ...filled.slice(-EDGE)])];
}

/** The pages' texts without their running heads and feet (documents of fewer than three pages are left alone). */
export function dropRunningLines(pages: readonly string[]): string[] {
  if (pages.length < 3) return [...pages];
  const split = pages.map((p) => p.split('\n'));
  const pagesWith = new Map<string, number>();
  for (const lines of split) {
    for (const s of new Set(edgeIndexes(lines).map((i) => shape(lines[i]!)))) pagesWith.set(s, (pagesWith.get(s) ?? 0) + 1);
  }
  const needed = Math.max(3, Math.ceil(pages.length / 2));
  const running = (line: string) => {
    const s = shape(line);
    return s.length > 0 && ((pagesWith.get(s) ?? 0) >= needed || PAGE_NUMBER.test(line.trim()));
  };
  // The first page's head is the document's own heading (its symbol, its title): it stays, before
  // the first paragraph, where readers look for it; only its foot goes.
  return split.map((lines, n) => {
    const drop = new Set(edgeIndexes(lines, n > 0).filter((i) => running(lines[i]!)));
    return lines.filter((_, i) => !drop.has(i)).join('\n');
  });
}
