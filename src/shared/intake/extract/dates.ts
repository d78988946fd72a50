import type { IntakeExtraction } from '../extraction.js';
import { findViDates } from '../../text/index.js';
import type { Found } from './found.js';
import { rangeAt, type Range } from './segments.js';

/**
 * The event's date and the publication date.
 *
 * - A date line (the site's "Thứ năm - 04/05/2023 07:47", a scraper's "date 2023-11", "Ngày đăng: …",
 *   "Cập nhật: 14:05 | 21/09/2023")
 *   is the publication date, never the event's.
 * - The event date is the best-placed date in the text: at the start of a sentence ("Ngày 13-6-2023,",
 *   "Sáng 20/4/2023,"), with a part of day, in a sentence about the event ("tổ chức", "diễn ra"…).
 *   A span of days ("Trong 2 ngày 15 và 16/8/2024") gives its first day.
 *   Dates of cited documents ("Quyết định số 2460/QĐ-UBND ngày 20-12-2022") and anniversaries in
 *   parentheses ("(18/4)") are skipped.
 * - A date without a year ("sáng 14/9") takes it from the event's name ("… năm 2023"), else the date
 *   line, else the publication date the caller knows; `date_year_inferred` and `year_source` say which.
 */
export interface DateFindings {
  eventDate: Found<string> | null;
  /** The last day when the text gives a range, else the event date itself. */
  eventEndDate: Found<string> | null;
  /** Doubts about the event date, for the reviewer (two competing dates, a year taken from elsewhere). */
  doubts: string[];
  yearInferred: boolean | null;
  yearSource: IntakeExtraction['year_source'];
  published: Found<string> | null;
  /** Where date lines are: other rules must not read figures there (the view counter "3640"). */
  dateLines: Range[];
  /** Every date in the text (figures inside them are not indicators). */
  allDates: Range[];
  warnings: string[];
}

const ISO_LINE = /^[ \t]*(?:date|Date|Ngày đăng|Đăng ngày|Cập nhật|Ngày cập nhật|Published)\s*:?\s*(\d{4}-\d{2}(?:-\d{2})?)/gmu;
// A site's name may come first: "QĐND - Thứ Năm, 18/09/2025, 19:10 (GMT+7)".
const SLASH_LINE = /^[ \t]*(?:[^\n\d]{2,40}?\s[-–|]\s*)?(?:(?:Thứ\s+(?:hai|ba|tư|năm|sáu|bảy|Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ nhật)\s*[-–,]?\s*|(?:Ngày đăng|Đăng ngày|Đăng lúc|Cập nhật|Ngày cập nhật)\s*:?\s*(?:(?:lúc\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*[|,–-]?\s*)?)(?:ngày\s+)?(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s*[-|,]?\s*\d{1,2}:\d{2}(?::\d{2})?)?[^\n]*$/gmu;
const BARE_STAMP_LINE = /^[ \t]*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*[-|,]?\s*\d{1,2}:\d{2}[^\n]{0,20}$/gmu;
/**
 * A date alone on its line ("20/08/2025"), or glued to the site's name and ending the line with a time
 * ("Báo Điện Biên Phủ điện tử09/09/2025 - 14:30", "Cổng TTĐT tỉnh …14/11/2024 10:20"): a date line too.
 */
const LONE_OR_GLUED_LINE = /^[ \t]*(?:[^\n\d]{2,80}?(?=\d{1,2}\/\d{1,2}\/\d{4}\s*[-|,]?\s*\d{1,2}:\d{2}))?(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s*[-|,]?\s*\d{1,2}:\d{2}(?::\d{2})?)?[ \t]*$/gmu;
/**
 * The site's or section's name, a separator and the date, with an optional time and time zone, and
 * nothing else: "Báo Gia Lai - 18/09/2025, 19:10 (GMT+7)", "Tin hoạt động | 27/08/2025".
 */
const SITE_DATE_LINE = /^[ \t]*[^\n\d]{2,60}?\s[-–|]\s*(?:ngày\s+)?(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s*[-|,]?\s*\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*\(GMT\s*[+-]\s*\d{1,2}\))?[ \t]*$/gmu;
/** "… số 2460/QĐ-UBND ngày …", "… ban hành ngày …": the date of a cited document. */
// Same line only: a date line just above the lead ("…| 21/09/2023⏎Sáng 21/9, …") cites nothing.
// "Chỉ thị số 12/CT-TTg ngày 3/4/2022", "Kế hoạch số 88/KH-VPTT ngày …", "Luật … năm 2022 ngày …".
const DOCUMENT_BEFORE = /(?:\d+\/[\p{L}\p{N}.\-–]+|(?<![\p{L}])(?:ban hành|ký|kí)|(?<![\p{L}])(?:Chỉ thị|Quyết định|Kế hoạch|Nghị định|Nghị quyết|Thông tư|Công văn|Hướng dẫn|Thông báo|Kết luận|Pháp lệnh|Luật)(?:\s+số)?\s+[\p{L}\p{N}\/.\-–]*)[ \t]*(?:ngày|,\s*ngày)?[ \t]*$/u;
const EVENT_WORDS = /tổ chức|diễn ra|khai mạc|khai giảng|Hội nghị|hội nghị|tập huấn|bồi dưỡng|[Ll]ớp|Hội thảo/u;
/** A lead's own cue, after the agency's dateline if any ("VOV.VN - Trong 2 ngày 23 - 24/10/2025", "(BHG) - Sáng 5-9"). */
const LEAD_CUE = /^(?:\(?[\p{Lu}][\p{L}\p{N}.]{1,20}\)?\s*[-–]\s*)?(?:(?:Trong|Vào|Hôm)\s+)?(?:(?:\d|hai|ba|bốn|năm)\s+ngày\s+(?:từ\s+)?(?:ngày\s+)?)?$/u;
/** "Trong 2 ngày 15 và 16/8/2024", "từ ngày 15 đến 17/8": a span of days; the event starts on the first. */
const FIRST_DAY_BEFORE = /(?<![\d\/])(\d{1,2})\s*(?:và|-|–|đến|tới)\s*$/u;
const YEARLESS_CUE = /(?:Sáng|Chiều|Tối|Ngày|sáng|chiều|tối|ngày)\s+\d{1,2}\/\d{1,2}(?![\/\d])/u;
/** "Sáng nay (15/10)", "Chiều qua (3/4)": broadcasters put the date in parentheses after a deictic "today". */
// A weekday does the same: "Thứ Năm (9/10), Ban Chỉ đạo … tổ chức …".
const TODAY_BEFORE = /(?<![\p{L}])(?:(?:[Ss]áng|[Tt]rưa|[Cc]hiều|[Tt]ối|[Hh]ôm)\s+(?:nay|qua)|[Hh]ôm nay|[Nn]gày hôm nay|[Tt]hứ\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy)|[Cc]hủ\s+[Nn]hật)\s*\($/u;
/**
 * A yearless span of days the shared date reader cannot see, because its last day has no cue word:
 * "(từ 12 đến 14/9)", "từ ngày 6 đến 9-10". The event starts on the first day.
 */
const YEARLESS_SPAN = /(?<![\p{L}\d\/])từ\s+(?:ngày\s+)?(\d{1,2})\s*(?:đến|tới|-|–)\s*(?:ngày\s+)?(\d{1,2})([\/-])(\d{1,2})(?![\d\/]|[.\-]\d)/gu;

/**
 * A span of days written as a range: "Trong 3 ngày (14 - 16/11)", "từ ngày 14 đến 16/11/2025",
 * "(từ 12 đến 14/9)", "Trong hai ngày 16, 17/9", "từ ngày 16 đến hết ngày 18/9", "Ngày 5 và 6/8". The
 * event starts on the first day and ends on the last.
 */
const DAY_RANGE = /(?<![\p{L}\d\/])(?:(?:[Tt]rong|[Kk]éo dài)\s+(?:\d|hai|ba|bốn|năm)\s+ngày\s*\(?\s*(?:từ\s+)?(?:ngày\s+)?|[Tt]ừ\s+(?:ngày\s+)?|[Nn]gày\s+(?=\d{1,2}\s*(?:và|,)\s*\d))(\d{1,2})(?:\/(\d{1,2}))?\s*(?:-|–|,|và|(?:đến|tới)(?:\s+hết)?)\s*(?:ngày\s+)?(\d{1,2})[\/-](\d{1,2})(?:[\/-](\d{4}))?(?![\d\/])/gu;

/**
 * A year the article writes elsewhere ("… 9 tháng năm 2025", "Ngày 20/11/2025" further on): the year of a
 * yearless event date when neither the event's name, a date line nor the publication date gives one.
 * Never a law's year ("Hiến pháp năm 2013"), a comparison ("cùng kỳ năm 2024"), a target or deadline
 * ("đến năm 2030", "trước ngày 10/12/2025"), a period ("giai đoạn 2021 - 2025") or a cited document's date.
 */
const YEAR_IN_TEXT = /(?<![\p{L}])năm\s+((?:19|20)\d{2})(?!\s*[-–]\s*\d)(?!\d)|(?<![\d\/])\d{1,2}[\/-]\d{1,2}[\/-]((?:19|20)\d{2})(?!\d)/gu;
const NOT_THE_EVENT_YEAR = /(?:Hiến pháp|[Ll]uật|Công ước|Tuyên ngôn|Tuyên bố|Chương trình nghị sự|cùng kỳ|[Gg]iai đoạn|[Đđ]ến|[Tt]ới|[Tt]rước|[Ss]au|[Tt]ừ|[Hh]ạn|[Cc]hậm nhất|[Tt]ầm nhìn)(?:\s+ngày)?\s*$/u;

function yearInText(text: string, lines: Range[]): number | null {
  YEAR_IN_TEXT.lastIndex = 0;
  for (let m = YEAR_IN_TEXT.exec(text); m; m = YEAR_IN_TEXT.exec(text)) {
    if (lines.some((l) => m!.index < l.end && m!.index + m![0].length > l.start)) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (NOT_THE_EVENT_YEAR.test(before) || DOCUMENT_BEFORE.test(before)) continue;
    return Number(m[1] ?? m[2]);
  }
  return null;
}

const pad = (n: string) => n.padStart(2, '0');
const viDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

export interface DayRange {
  start: string;
  end: string;
  span: Range;
  yearInferred: boolean;
}

/** Every day range in the text (see DAY_RANGE), dated with its own year or `year`. */
export function findDayRanges(text: string, year: number | null): DayRange[] {
  const out: DayRange[] = [];
  DAY_RANGE.lastIndex = 0;
  for (let m = DAY_RANGE.exec(text); m; m = DAY_RANGE.exec(text)) {
    // "và" joins the days of a range only after a bare "Ngày"; "Trong 2 ngày 15 và 16/8" is read as a date.
    if (/\svà\s/u.test(m[0]) && !/^[Nn]gày/u.test(m[0])) continue;
    const y = m[5] ? Number(m[5]) : year;
    if (y === null) continue;
    const [firstDay, lastDay, lastMonth] = [Number(m[1]), Number(m[3]), Number(m[4])];
    const firstMonth = m[2] ? Number(m[2]) : lastMonth;
    if (!(firstDay >= 1 && lastDay <= 31 && lastMonth >= 1 && lastMonth <= 12 && firstMonth >= 1 && firstMonth <= 12)) continue;
    if (firstMonth === lastMonth && firstDay >= lastDay) continue;
    const start = `${y}-${pad(String(firstMonth))}-${pad(String(firstDay))}`;
    const end = `${y}-${pad(String(lastMonth))}-${pad(String(lastDay))}`;
    if (Number.isNaN(Date.parse(start)) || Number.isNaN(Date.parse(end)) || end < start) continue;
    out.push({ start, end, span: { start: m.index, end: m.index + m[0].length }, yearInferred: !m[5] });
  }
  return out;
}

/** Yearless "từ D đến D/M" spans (see YEARLESS_SPAN) not already read as dates, dated with `year`. */
function yearlessSpans(text: string, year: number | null, known: ReturnType<typeof findViDates>): ReturnType<typeof findViDates> {
  if (year === null) return [];
  const out: ReturnType<typeof findViDates> = [];
  YEARLESS_SPAN.lastIndex = 0;
  for (let m = YEARLESS_SPAN.exec(text); m; m = YEARLESS_SPAN.exec(text)) {
    const [first, last, month] = [Number(m[1]), Number(m[2]), Number(m[4])];
    if (!(first >= 1 && first < last && last <= 31 && month >= 1 && month <= 12)) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    if (known.some((d) => d.start < m!.index + m[0].length && d.end > start)) continue;
    const date = `${year}-${String(month).padStart(2, '0')}-${String(first).padStart(2, '0')}`;
    if (Number.isNaN(Date.parse(date))) continue;
    out.push({ date, start, end: m.index + m[0].length, yearInferred: true });
  }
  return out;
}

function findDateLines(text: string): { published: Found<string> | null; lines: Range[] } {
  const lines: Range[] = [];
  let published: Found<string> | null = null;
  const take = (iso: string, m: RegExpExecArray, rule: string) => {
    const span = { start: m.index, end: m.index + m[0].length };
    lines.push(span);
    published ??= { value: iso, spans: [span], rule };
  };
  for (const m of text.matchAll(ISO_LINE)) take(m[1]!, m as RegExpExecArray, 'published.date-line');
  for (const m of text.matchAll(SLASH_LINE)) take(`${m[3]}-${pad(m[2]!)}-${pad(m[1]!)}`, m as RegExpExecArray, 'published.weekday-line');
  for (const m of text.matchAll(BARE_STAMP_LINE)) take(`${m[3]}-${pad(m[2]!)}-${pad(m[1]!)}`, m as RegExpExecArray, 'published.timestamp-line');
  for (const m of [...text.matchAll(LONE_OR_GLUED_LINE), ...text.matchAll(SITE_DATE_LINE)]) {
    if (!lines.some((l) => l.start === m.index)) take(`${m[3]}-${pad(m[2]!)}-${pad(m[1]!)}`, m as RegExpExecArray, 'published.lone-date-line');
  }
  // A scraper's "date 2023-11" may be followed by the article on the same line: the line is only the stamp.
  for (const r of lines) {
    const stamp = /^[ \t]*\S+(?:\s+\S+)?\s*:?\s*[\d/-]+(?:\s+\d{1,2}:\d{2}\S*)?/u.exec(text.slice(r.start, r.end));
    if (stamp && /^[ \t]*(?:date|Date)/u.test(stamp[0])) r.end = r.start + stamp[0].length;
  }
  return { published, lines };
}

export function findDates(
  text: string,
  sentences: Range[],
  eventNameYear: number | null,
  contextPublished: string | null | undefined,
): DateFindings {
  const { published: dateLine, lines } = findDateLines(text);
  const published: Found<string> | null = contextPublished
    ? { value: contextPublished, spans: [], rule: 'published.context' }
    : dateLine;
  const warnings: string[] = [];

  let year: number | null = null;
  let yearSource: IntakeExtraction['year_source'] = null;
  if (eventNameYear !== null) [year, yearSource] = [eventNameYear, 'event_name'];
  else if (dateLine) [year, yearSource] = [Number(dateLine.value.slice(0, 4)), 'date_line'];
  else if (contextPublished) [year, yearSource] = [Number(contextPublished.slice(0, 4)), 'published'];
  // A year written elsewhere in the article: the draft says so in a doubt (no year_source names it).
  const textYear = year === null ? yearInText(text, lines) : null;
  if (textYear !== null) year = textYear;

  type Candidate = { score: number; date: string; end: string | null; span: Range; inferred: boolean; rule: string };
  const candidates: Candidate[] = [];
  const allDates = findViDates(text, { year });
  const ranges = findDayRanges(text, year).filter((r) => !lines.some((l) => r.span.start < l.end && r.span.end > l.start)
    && !DOCUMENT_BEFORE.test(text.slice(Math.max(0, r.span.start - 40), r.span.start)));
  const placeOf = (start: number) => {
    const sentence = rangeAt(sentences, start);
    return {
      lead: sentence ? LEAD_CUE.test(text.slice(sentence.start, start).trim()) || sentence.start === start : false,
      inEventSentence: sentence ? EVENT_WORDS.test(text.slice(sentence.start, sentence.end)) : false,
    };
  };
  for (const r of ranges) {
    const { lead, inEventSentence } = placeOf(r.span.start);
    const score = (lead ? 4 : 0) + (inEventSentence ? 3 : 0) + 2 + (r.yearInferred ? 0 : 1);
    if (score < 5) continue;
    candidates.push({ score, date: r.start, end: r.end, span: r.span, inferred: r.yearInferred, rule: 'date.day-range' });
  }
  for (const d of [...allDates, ...yearlessSpans(text, year, allDates)]) {
    if (lines.some((l) => d.start < l.end && d.end > l.start)) continue;
    if (candidates.some((c) => c.rule === 'date.day-range' && d.start < c.span.end && d.end > c.span.start)) continue;
    const today = text[d.start - 1] === '(' && TODAY_BEFORE.test(text.slice(Math.max(0, d.start - 16), d.start));
    if (text[d.start - 1] === '(' && !today) continue;
    if (DOCUMENT_BEFORE.test(text.slice(Math.max(0, d.start - 40), d.start))) continue;
    let { start, date } = d;
    const firstDay = FIRST_DAY_BEFORE.exec(text.slice(Math.max(0, d.start - 12), d.start));
    if (firstDay && Number(firstDay[1]) >= 1 && Number(firstDay[1]) < Number(d.date.slice(8, 10))) {
      start = d.start - firstDay[0].length;
      date = `${d.date.slice(0, 8)}${firstDay[1]!.padStart(2, '0')}`;
    }
    const place = placeOf(start);
    const lead = today || (rangeAt(sentences, start) ? LEAD_CUE.test(text.slice(rangeAt(sentences, start)!.start, start).trim()) : false);
    const score = (lead ? 4 : 0) + (d.partOfDay ? 2 : 0) + (place.inEventSentence ? 3 : 0) + (d.yearInferred ? 0 : 1);
    if (score < 3) continue;
    const rule = lead ? 'date.lead-phrase' : place.inEventSentence ? 'date.event-sentence' : 'date.part-of-day';
    candidates.push({ score, date, end: start !== d.start ? d.date : null, span: { start, end: d.end }, inferred: d.yearInferred, rule });
  }
  // A written year makes a date more certain, not more likely to be the event's: between two equally
  // placed dates the first wins ("Sáng 11/6, … tổ chức …" before "Sáng 18/6/2025, … tiếp tục tổ chức …").
  const placed = (c: Candidate) => c.score - (c.inferred ? 0 : 1);
  let best: Candidate | null = null;
  for (const c of candidates) if (!best || placed(c) > placed(best) || (placed(c) === placed(best) && c.span.start < best.span.start)) best = c;

  if (!best) {
    const yearless = YEARLESS_CUE.exec(text);
    if (yearless && year === null) warnings.push(`Có ngày không ghi năm („${yearless[0]}”) nhưng không suy ra được năm; hãy nhập ngày diễn ra hội nghị.`);
    return { eventDate: null, eventEndDate: null, yearInferred: null, yearSource: null, published, dateLines: lines, allDates, warnings, doubts: [] };
  }
  let date = best.date;
  let end = best.end ?? best.date;
  // "Sáng 28/12" published 02/01: the event was in the year before the publication.
  if (best.inferred && yearSource !== 'event_name' && published && date.slice(0, 7) > published.value.slice(0, 7)) {
    date = `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;
    end = `${Number(end.slice(0, 4)) - 1}${end.slice(4)}`;
  }
  // Another well-placed date that is not the same day: the reviewer should choose.
  const doubts: string[] = [];
  const rival = candidates.find((c) => c !== best && c.date !== best!.date && c.score >= best!.score - 1 && c.score >= 6);
  if (rival) doubts.push(`Hai ngày khác nhau trong bài (${viDate(best.date)} và ${viDate(rival.date)}); hãy kiểm tra ngày diễn ra.`);
  if (best.inferred && textYear !== null) doubts.push(`Năm không ghi trong câu nêu ngày; đã lấy theo năm ${textYear} ghi ở chỗ khác trong bài.`);
  else if (best.inferred && yearSource !== 'event_name') doubts.push(`Năm không ghi trong câu nêu ngày; đã lấy theo ${yearSource === 'date_line' ? 'ngày đăng bài' : 'ngày xuất bản'}.`);
  return {
    eventDate: { value: date, spans: [best.span], rule: best.inferred ? `${best.rule}+year-${textYear !== null ? 'text' : yearSource}` : best.rule },
    eventEndDate: { value: end, spans: [best.span], rule: best.end ? best.rule : 'date.single-day' },
    doubts,
    yearInferred: best.inferred,
    yearSource: best.inferred ? yearSource : 'date_phrase',
    published,
    dateLines: lines,
    allDates,
    warnings,
  };
}
