/**
 * The year an article is about, from phrases like `năm 2023` (the event name
 * "Hội nghị tập huấn công tác nhân quyền năm 2023", "5 tháng đầu năm 2023").
 *
 * Rule, kept simple on purpose: every 19xx/20xx directly after the word `năm`
 * counts once; the most frequent wins, ties go to the first seen. A range
 * (`năm 2021-2025`) is skipped because it is not one year. Years written
 * inside full dates (`13/6/2024`) are not counted: those dates carry their
 * own year and do not need inference. Returns null when there is none.
 */
const YEAR_AFTER_NAM = /năm\s+((?:19|20)\d{2})/giu;

export function inferYearFromText(text: string): number | null {
  const t = text.normalize('NFC');
  const counts = new Map<number, number>();
  for (const m of t.matchAll(YEAR_AFTER_NAM)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (start > 0 && /[\p{L}\p{M}\p{N}]/u.test(t[start - 1] ?? '')) continue; // part of a longer word
    if (/^(?:\p{N}|\s*[-–—]\s*\d)/u.test(t.slice(end, end + 8))) continue; // longer number or a range
    const year = Number(m[1]);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  let best: number | null = null;
  let bestCount = 0;
  for (const [year, count] of counts) {
    // Map keeps insertion order, so with `>` a tie keeps the first-seen year.
    if (count > bestCount) {
      best = year;
      bestCount = count;
    }
  }
  return best;
}
