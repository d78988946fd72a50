import { isValidYmd, toIsoDate } from './calendar.js';
import { nfcWithOffsets } from './offsets.js';

/**
 * Dates as the Vietnamese press writes them, found in free text:
 *   `Ngày 13-6-2023`, `Sáng 20/4/2023`, `Sáng ngày 13/6/2024`, `13/6/2024`,
 *   `Thứ năm - 04/05/2023`, `ngày 5.6.2023`, `ngày 20 tháng 10 năm 2023`,
 *   `2023-06-13`, and without a year: `Ngày 20/10`, `Chiều 14/9`, `(ngày 28/3)`, `(18/4)`.
 *
 * We do not use chrono-node: its Vietnamese locale misses `Thứ năm - 04/05/2023`,
 * fills a missing year from a reference date without saying so, and does not
 * report the part of day. The forms are few; one regex and explicit checks are
 * easier to reason about.
 *
 * Decisions:
 *   - Order is always day/month(/year).
 *   - Day and month are validated against the calendar (31/2, 29/2/2023, 13/13 are rejected).
 *   - Years: four digits, 1900–2099. Two-digit years are never accepted
 *     (`13/6/23` is not a date): they look like fractions and document numbers.
 *   - A date WITH a year needs no cue. A date WITHOUT a year needs one, because
 *     `3/4` is also "three quarters" and `20-25` a range: a cue word right before
 *     it (`ngày`, `hôm`, `sáng`, `trưa`, `chiều`, `tối`, a weekday) or parentheses
 *     around exactly it (`(18/4)`). Its year comes from `context.year` and
 *     `yearInferred` is true; with no `context.year` such a date is skipped
 *     (not returned). Callers that want the article's year can pass
 *     `{ year: inferYearFromText(text) }`.
 *   - Numbers that are not dates are not matched: the digits must not touch
 *     other digits, letters or `/` (`2460/QĐ-UBND`, `8.469/6.500`,
 *     `1.290 người uy tín/1.292 tổ`, `2023-2027`, `651/547`).
 *   - The span (`start`/`end`, UTF-16 offsets into the string passed in, even
 *     if it was not NFC) covers the cue words too: `Sáng 20/4/2023`,
 *     `Thứ năm - 04/05/2023`, `ngày 28/3` (not the parentheses).
 *   - `weekday` is the weekday as written (0 = Chủ nhật/Sunday, 1 = Thứ hai/Monday,
 *     …, 4 = Thứ năm/Thursday, 6 = Thứ bảy), like Date#getDay(); it is not checked
 *     against the date. `partOfDay` is the cue word (`sáng`, `trưa`, `chiều`, `tối`).
 */

export type PartOfDay = 'sáng' | 'chiều' | 'tối' | 'trưa';

export interface ViDateContext {
  /** Year for dates written without one (`Ngày 20/10`). */
  year?: number | null;
}

export interface ViDateMatch {
  /** ISO `yyyy-mm-dd`. */
  date: string;
  start: number;
  end: number;
  yearInferred: boolean;
  partOfDay?: PartOfDay;
  weekday?: number;
}

const PART_OF_DAY = String.raw`(?:(?:buổi\s+)?(?<part>sáng|trưa|chiều|tối)\s+)?`;
const WEEKDAY = String.raw`(?:(?:thứ\s+(?<wd>hai|ba|tư|bốn|năm|sáu|bảy|bẩy|[2-7])|(?<sun>chủ\s+nhật))\s*(?:[-–—,]\s*)?)?`;
const DAY_WORD = String.raw`(?:(?<dayWord>ngày|hôm)\s+)?`;
const ISO_BODY = String.raw`(?<iy>\d{4})-(?<im>\d{2})-(?<id>\d{2})`;
const TEXT_BODY = String.raw`(?<td>\d{1,2})\s+tháng\s+(?<tm>\d{1,2})(?:(?:\s*,\s*|\s+)năm\s+(?<ty>\d{4}))?`;
const NUMERIC_BODY = String.raw`(?<nd>\d{1,2})(?<sep>[./-])(?<nm>\d{1,2})(?:\k<sep>(?<ny>\d{4}))?`;

const DATE = new RegExp(`${PART_OF_DAY}${WEEKDAY}${DAY_WORD}(?:${ISO_BODY}|${TEXT_BODY}|${NUMERIC_BODY})`, 'giu');

const WEEKDAYS: Readonly<Record<string, number>> = {
  hai: 1, ba: 2, tư: 3, bốn: 3, năm: 4, sáu: 5, bảy: 6, bẩy: 6,
  '2': 1, '3': 2, '4': 3, '5': 4, '6': 5, '7': 6,
};

const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u;
const DIGIT = /\d/;

/** The match must not be glued to a word, a number (`1.290/…`) or a `/` code (`…/QĐ`). */
function leftIsFree(t: string, start: number): boolean {
  const prev = t[start - 1];
  if (prev === undefined) return true;
  if (WORD_CHAR.test(prev) || prev === '/') return false;
  return !('.,-'.includes(prev) && DIGIT.test(t[start - 2] ?? ''));
}

function rightIsFree(t: string, end: number): boolean {
  const next = t[end];
  if (next === undefined) return true;
  if (WORD_CHAR.test(next) || next === '/') return false;
  return !('.,-'.includes(next) && DIGIT.test(t[end + 1] ?? ''));
}

function* scanDates(text: string, context: ViDateContext | undefined): Generator<ViDateMatch> {
  const { text: t, toOriginal } = nfcWithOffsets(text);
  const re = new RegExp(DATE.source, DATE.flags); // own lastIndex: generators may interleave
  let m: RegExpExecArray | null;
  while ((m = re.exec(t)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    const result = toDate(m, t, start, end, context);
    if (!result) {
      re.lastIndex = start + 1; // a rejected cue may hide a real date just after it
      continue;
    }
    yield { ...result, start: toOriginal(start), end: toOriginal(end) };
  }
}

function toDate(
  m: RegExpExecArray,
  t: string,
  start: number,
  end: number,
  context: ViDateContext | undefined,
): Omit<ViDateMatch, 'start' | 'end'> | null {
  if (!leftIsFree(t, start) || !rightIsFree(t, end)) return null;
  const g = m.groups ?? {};

  const dayText = g.id ?? g.td ?? g.nd;
  const monthText = g.im ?? g.tm ?? g.nm;
  const yearText = g.iy ?? g.ty ?? g.ny;
  if (dayText === undefined || monthText === undefined) return null;

  const hasCue = g.part !== undefined || g.wd !== undefined || g.sun !== undefined || g.dayWord !== undefined;
  const parenthesised = t[start - 1] === '(' && t[end] === ')';
  if (yearText === undefined && !hasCue && !parenthesised) return null;

  const year = yearText !== undefined ? Number(yearText) : context?.year;
  if (year === undefined || year === null || year < 1900 || year > 2099) return null;
  const month = Number(monthText);
  const day = Number(dayText);
  if (!isValidYmd(year, month, day)) return null;

  const out: Omit<ViDateMatch, 'start' | 'end'> = {
    date: toIsoDate(year, month, day),
    yearInferred: yearText === undefined,
  };
  if (g.part !== undefined) out.partOfDay = g.part.toLocaleLowerCase('vi') as PartOfDay;
  if (g.sun !== undefined) out.weekday = 0;
  else if (g.wd !== undefined) {
    const wd = WEEKDAYS[g.wd.toLocaleLowerCase('vi')];
    if (wd !== undefined) out.weekday = wd;
  }
  return out;
}

/** The first date in `text` (see the rules above), or null. */
export function parseViDate(text: string, context?: ViDateContext): ViDateMatch | null {
  for (const d of scanDates(text, context)) return d;
  return null;
}

/** All dates in `text`, in order, not overlapping. */
export function findViDates(text: string, context?: ViDateContext): ViDateMatch[] {
  return [...scanDates(text, context)];
}
