import type { Found } from './found.js';
import { L } from './lexicon.js';
import { paragraphsOf, type Range } from './segments.js';

/**
 * The period figures are reported for: "5 tháng đầu năm 2023", "10 tháng năm 2024", "năm 2023",
 * "cuối năm 2020", "quý I/2024",
 * "6 tháng đầu năm", "giai đoạn 2021-2025", "từ đầu năm đến nay". A period counts when the text sets
 * it as the frame ("trong …", "Trong …", a sentence starting with it); it then covers the rest of its
 * paragraph, and the next paragraph too when its paragraph ends with a colon ("…, cụ thể:").
 * A year in a target's basis ("chỉ tiêu … năm 2023") is not a period.
 */
export interface PeriodScope extends Found<string> {
  from: number;
  to: number;
}

const PERIOD = String.raw`năm học\s+\d{4}\s*[-–]\s*\d{4}|(?:\d{1,2}|sáu|chín|ba)\s+tháng\s+(?:đầu|cuối)\s+năm(?:\s+\d{4})?|(?:\d{1,2}|sáu|chín|ba|mười)\s+tháng\s+năm\s+\d{4}|(?:cuối|hết)\s+năm\s+\d{4}|quý\s+(?:[IV]{1,3}|[1-4])(?:\s*\/\s*|\s+năm\s+)\d{4}|năm\s+\d{4}(?!\s*[-–]\s*\d)|giai đoạn\s+\d{4}\s*[-–]\s*\d{4}|từ đầu năm(?:\s+\d{4})?\s+(?:đến|tới)\s+(?:nay|(?:ngày\s+)?\d{1,2}\s*[\/-]\s*\d{1,2}\s*[\/-]\s*\d{4}|hết\s+tháng\s+\d{1,2}\s*\/\s*\d{4})|cùng kỳ năm\s+\d{4}`;
// Found first, then framed by what precedes it (one pass, no lookbehind tried at every position):
// "trong …", a sentence or line start, or a comma when the period opens a clause ("cho biết, năm
// 2022 tỉnh đã …").
const PERIOD_RE = new RegExp(`(?<![${L}])(?:${PERIOD})`, 'giu');
// "Ông cho biết năm 2025 xã đã …": a period right after a reporting verb opens the clause too.
const FRAMING_WORD_BEFORE = new RegExp(String.raw`(?<![${L}])(?:trong|tính đến hết|tính đến|qua|cho biết|thông tin|báo cáo)\s*,?\s+$`, 'iu');
/**
 * "Hội nghị sơ kết công tác nhân quyền 9 tháng năm 2025", "Báo cáo tình hình công tác … 8 tháng năm
 * 2023, …: …": the period the report covers. It frames its own paragraph, and gives "9 tháng qua" or
 * "Cả năm" elsewhere their year.
 */
const REPORT_BEFORE = new RegExp(String.raw`(?<![${L}])(?:sơ kết|tổng kết|báo cáo|kết quả)(?:\s+[${L}]+){0,6}\s+$`, 'iu');
/**
 * "Hội nghị tổng kết công tác nhân quyền năm 2024" in the title or lead: a year-end review, whose whole
 * body reports that year; its figures get "năm 2024" unless their own sentence or paragraph states
 * another period. (A training's or a part-year review's later paragraphs with no period get none.)
 */
const YEAR_REVIEW_BEFORE = new RegExp(String.raw`(?<![${L}])tổng kết(?:\s+[${L}]+){0,6}\s+$`, 'iu');
/** How far into the text (title and lead) a year-end review is named. */
const LEAD_LENGTH = 700;
/** A period with no year ("6 tháng đầu năm"): it takes the year the article reports on. */
const YEARLESS = /^(?:\d{1,2}|sáu|chín|ba)\s+tháng\s+(?:đầu|cuối)\s+năm$/u;
/** The first year the article states (its event's or its report's): "năm 2025", "10-7-2025", "20/11/2025". */
const YEAR_WRITTEN = /(?<![\p{L}\p{N}])(?:năm\s+|\d{1,2}\s*[\/-]\s*\d{1,2}\s*[\/-]\s*)(?<year>(?:19|20)\d{2})(?!\p{N})/u;
/** "năm 2024 và 7 tháng năm 2025": two periods read as one. */
const JOINED_AFTER = new RegExp(String.raw`^\s+và\s+(?:${PERIOD})`, 'iu');
/** Periods named relative to the report's: "9 tháng qua, …", "Cả năm toàn tỉnh …". */
const RELATIVE_RE = new RegExp(String.raw`(?<![${L}])(?:(?<months>\d{1,2}|sáu|chín|ba)\s+tháng\s+qua|cả\s+năm|năm\s+qua)(?![${L}])`, 'giu');
const LINE_START_BEFORE = /(?:^|[.\n:;])\s*$/u;
/** ", 10 tháng năm 2020, toàn tỉnh …": a period set off by commas opens the clause ("cho biết, …, …"). */
const COMMA_BEFORE = /,\s*$/u;
const COMMA_AFTER = /^\s*,/u;
const CLAUSE_OPENER_AFTER = /^\s+(?:\p{Lu}|tỉnh|toàn|xã|huyện|thành phố|đã)/u;

const BULLET = /^\s*(?:[-–•*+]|\d{1,2}[.)]|[a-zđ]\))\s/u;

/**
 * The paragraph's end, or when it ends with a colon ("…, cụ thể:", "Kết quả năm 2024:") the next
 * paragraph's, or the end of the list of bulleted paragraphs that follows.
 */
function scopeEnd(text: string, paragraphs: Range[], at: number): number | null {
  const i = paragraphs.findIndex((p) => p.start <= at && at < p.end);
  if (i < 0) return null;
  const here = paragraphs[i]!;
  let next = paragraphs[i + 1];
  if (!next || !/:\s*$/u.test(text.slice(here.start, here.end))) return here.end;
  let j = i + 1;
  while (BULLET.test(text.slice(next.start, next.end)) && paragraphs[j + 1] && BULLET.test(text.slice(paragraphs[j + 1]!.start, paragraphs[j + 1]!.end))) next = paragraphs[++j]!;
  return next.end;
}

/** Whether the period at [start, end) opens its clause (see PERIOD_RE's comment). */
function opensClause(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 20), start);
  return FRAMING_WORD_BEFORE.test(before) || LINE_START_BEFORE.test(before)
    || (COMMA_BEFORE.test(before) && (CLAUSE_OPENER_AFTER.test(text.slice(end, end + 12)) || COMMA_AFTER.test(text.slice(end, end + 3))));
}

export function findPeriodScopes(text: string): PeriodScope[] {
  const paragraphs = paragraphsOf(text);
  const out: PeriodScope[] = [];
  let reportPeriod: string | null = null;
  let yearReview: PeriodScope | null = null;
  const articleYear = YEAR_WRITTEN.exec(text)?.groups!.year ?? null;
  PERIOD_RE.lastIndex = 0;
  for (let m = PERIOD_RE.exec(text); m; m = PERIOD_RE.exec(text)) {
    const joined = JOINED_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
    const period = joined ? m[0] + joined[0] : m[0];
    if (joined) PERIOD_RE.lastIndex = m.index + period.length;
    const start = m.index;
    const before = text.slice(Math.max(0, start - 20), start);
    const report = !joined && REPORT_BEFORE.test(text.slice(Math.max(0, start - 80), start));
    // "đến cuối năm 2020, tỷ lệ …" frames; "đến năm 2025" is a horizon, not a period.
    const untilEnd = /^(?:cuối|hết)/iu.test(period) && /(?<![\p{L}])(?:đến|tới)\s+$/iu.test(before);
    const framed = untilEnd || opensClause(text, start, start + period.length);
    const value = periodValue(period, articleYear);
    // A report named without its year in the title ("sơ kết 6 tháng đầu năm") and with it in the lead.
    if (report && (reportPeriod === null || (!/\d{4}/u.test(reportPeriod) && value.startsWith(reportPeriod)))) reportPeriod = value;
    if (report && !yearReview && start < LEAD_LENGTH && /^năm\s+\d{4}$/u.test(value) && YEAR_REVIEW_BEFORE.test(text.slice(Math.max(0, start - 80), start))) {
      yearReview = { value, spans: [{ start, end: start + period.length }], rule: 'indicator.period-of-year-review', from: start, to: text.length };
    }
    if (!framed && !report) continue;
    const to = scopeEnd(text, paragraphs, start);
    if (to === null) continue;
    out.push({ value, spans: [{ start, end: start + period.length }], rule: framed ? 'indicator.period-frame' : 'indicator.period-of-report', from: start, to });
  }
  if (reportPeriod) out.push(...relativeScopes(text, paragraphs, reportPeriod));
  if (yearReview) out.push(yearReview);
  return out;
}

/** The period as written, lower-cased, months in digits ("Sáu tháng đầu năm" → "6 tháng đầu năm"), with the article's year when it has none. */
function periodValue(period: string, articleYear: string | null): string {
  const lowered = (period.charAt(0).toLocaleLowerCase('vi') + period.slice(1)).replace(/\s+/gu, ' ');
  const value = lowered.replace(/^(ba|sáu|chín|mười)(?= tháng)/u, (w) => MONTH_WORDS[w] ?? w);
  return YEARLESS.test(value) && articleYear ? `${value} ${articleYear}` : value;
}

const MONTH_WORDS: Record<string, string> = { ba: '3', sáu: '6', chín: '9', mười: '10' };

/** "9 tháng qua" when the report covers "9 tháng năm 2025"; "Cả năm" when it covers "năm 2025". */
function relativeScopes(text: string, paragraphs: Range[], reportPeriod: string): PeriodScope[] {
  const out: PeriodScope[] = [];
  RELATIVE_RE.lastIndex = 0;
  for (let m = RELATIVE_RE.exec(text); m; m = RELATIVE_RE.exec(text)) {
    const months = m.groups!.months?.toLocaleLowerCase('vi');
    const fits = months
      ? new RegExp(`^${MONTH_WORDS[months] ?? months}\\s+tháng(?![\\p{L}])`, 'u').test(reportPeriod)
      : /^năm\s+\d{4}$/u.test(reportPeriod);
    if (!fits || !opensClause(text, m.index, m.index + m[0].length)) continue;
    const to = scopeEnd(text, paragraphs, m.index);
    if (to === null) continue;
    out.push({ value: reportPeriod, spans: [{ start: m.index, end: m.index + m[0].length }], rule: 'indicator.period-relative', from: m.index, to });
  }
  return out;
}

/** The latest period frame that covers `offset`. */
export function periodAt(scopes: PeriodScope[], offset: number): PeriodScope | null {
  let best: PeriodScope | null = null;
  for (const s of scopes) if (s.from <= offset && offset < s.to && (!best || s.from > best.from)) best = s;
  return best;
}

export type { Range };
