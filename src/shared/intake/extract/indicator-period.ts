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

const PERIOD = String.raw`năm học\s+\d{4}\s*[-–]\s*\d{4}|(?:\d{1,2}|sáu|chín|ba)\s+tháng\s+(?:đầu|cuối)\s+năm(?:\s+\d{4})?|(?:\d{1,2}|sáu|chín|ba|mười)\s+tháng\s+năm\s+\d{4}|(?:cuối|hết)\s+năm\s+\d{4}|quý\s+(?:[IV]{1,3}|[1-4])(?:\s*\/\s*|\s+năm\s+)\d{4}|năm\s+\d{4}(?!\s*[-–]\s*\d)|giai đoạn\s+\d{4}\s*[-–]\s*\d{4}|từ đầu năm(?:\s+\d{4})?\s+(?:đến|tới)\s+nay|cùng kỳ năm\s+\d{4}`;
// Found first, then framed by what precedes it (one pass, no lookbehind tried at every position):
// "trong …", a sentence or line start, or a comma when the period opens a clause ("cho biết, năm
// 2022 tỉnh đã …").
const PERIOD_RE = new RegExp(`(?<![${L}])(?:${PERIOD})`, 'giu');
const FRAMING_WORD_BEFORE = new RegExp(String.raw`(?<![${L}])(?:trong|tính đến hết|tính đến|qua)\s+$`, 'iu');
const LINE_START_BEFORE = /(?:^|[.\n:;])\s*$/u;
/** ", 10 tháng năm 2020, toàn tỉnh …": a period set off by commas opens the clause ("cho biết, …, …"). */
const COMMA_BEFORE = /,\s*$/u;
const COMMA_AFTER = /^\s*,/u;
const CLAUSE_OPENER_AFTER = /^\s+(?:\p{Lu}|tỉnh|toàn|xã|huyện|thành phố|đã)/u;

export function findPeriodScopes(text: string): PeriodScope[] {
  const paragraphs = paragraphsOf(text);
  const out: PeriodScope[] = [];
  PERIOD_RE.lastIndex = 0;
  for (let m = PERIOD_RE.exec(text); m; m = PERIOD_RE.exec(text)) {
    const period = m[0];
    const start = m.index;
    const before = text.slice(Math.max(0, start - 20), start);
    // "đến cuối năm 2020, tỷ lệ …" frames; "đến năm 2025" is a horizon, not a period.
    const untilEnd = /^(?:cuối|hết)/iu.test(period) && /(?<![\p{L}])(?:đến|tới)\s+$/iu.test(before);
    const framed = FRAMING_WORD_BEFORE.test(before) || LINE_START_BEFORE.test(before) || untilEnd
      || (COMMA_BEFORE.test(before) && (CLAUSE_OPENER_AFTER.test(text.slice(start + period.length, start + period.length + 12)) || COMMA_AFTER.test(text.slice(start + period.length, start + period.length + 3))));
    if (!framed) continue;
    const i = paragraphs.findIndex((p) => p.start <= start && start < p.end);
    if (i < 0) continue;
    const here = paragraphs[i]!;
    const next = paragraphs[i + 1];
    const to = next && /:\s*$/u.test(text.slice(here.start, here.end)) ? next.end : here.end;
    const value = period.charAt(0).toLocaleLowerCase('vi') + period.slice(1);
    out.push({ value, spans: [{ start, end: start + period.length }], rule: 'indicator.period-frame', from: start, to });
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
