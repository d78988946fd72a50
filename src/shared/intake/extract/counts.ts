import type { CountQualifier } from '../extraction.js';
import { parseViNumber } from '../../text/index.js';
import type { Found } from './found.js';
import { findPeriodScopes, periodAt } from './indicator-period.js';
import { UNIT_ALTERNATION } from './indicator-units.js';
import { L } from './lexicon.js';
import { tellsOfPastCourses } from './past-courses.js';
import { rangeAt, type Range } from './segments.js';

/**
 * How many took part and from how many connection points: "khoảng 120 đại biểu", "hơn 3.000 đại biểu",
 * "3.100 đại biểu tại 114 điểm cầu", "10 điểm cầu cấp huyện và 161 điểm cầu xã".
 *
 * Participants are counted in đại biểu/học viên (or cán bộ, người with "tham dự/tham gia" close by);
 * the first such count is the event's. Connection points are summed over levels unless a count
 * without a level covers them ("171 điểm cầu, gồm 10 … và 161 …"; "114 điểm cầu, trong đó 1 …").
 */
export interface CountFindings {
  participants: Found<{ count: number; qualifier: CountQualifier }> | null;
  /** Another attendance count in the text that disagrees with the one proposed ("Hơn 400 đồng chí" vs "350 đại biểu"). */
  rivalCount: number | null;
  /** Every count read as attendance (the one proposed, its repeats and parts, a rival): none is an indicator. */
  attendance: Range[];
  connectionPoints: Found<number> | null;
  pointsByLevel: { level: string; count: number }[];
}

const NUM = String.raw`\d{1,3}(?:\.\d{3})+|\d+`;
/** Fast first-character filter (a digit or a qualifier's first letter) before the lookbehind. */
const FIRST = String.raw`(?=[\dkgxchtnílKGXCHTNÍL])`;
const QUALIFIER = String.raw`(?<q>khoảng|gần|xấp xỉ|chừng|hơn|trên|ngoài|ít nhất|tối thiểu|có tới|lên đến|lên tới|gần như)`;
const PARTICIPANTS = new RegExp(
  String.raw`${FIRST}(?<![${L}\p{N}.,/])(?:${QUALIFIER}\s+)?(?<n>${NUM})\s+(?<times>lượt\s+)?(?<unit>đại biểu|học viên|cán bộ|công chức|hội viên|đoàn viên|đồng chí|người|thành viên|phóng viên|nhà báo)(?![${L}])`,
  'giu',
);
const PART_OF_BEFORE = /(?:trong đó|gồm|bao gồm)[^.;\n]{0,12}$/u;
const STRONG_UNITS = new Set(['đại biểu', 'học viên']);
// "Hội nghị thu hút hơn 500 lượt cán bộ": drawing people in is attending.
const ATTEND = /tham dự|thu hút|tham gia (?:hội nghị|tập huấn|lớp|buổi|chương trình)|dự (?:hội nghị|tập huấn|lớp|buổi)|có mặt/iu;
/** "… với trên 1.500 cán bộ tham gia." : "tham gia" that ends its clause is attendance (not "tham gia bảo hiểm"). */
// The audience may be described first: "Khoảng 130 cán bộ là lãnh đạo, công chức các xã biên giới tham dự."
const TAKE_PART_AFTER = /^[^.;:\n]{0,90}?(?:tham gia|tham dự|dự|được tập huấn|được bồi dưỡng)\s*(?:hội nghị|lớp tập huấn|lớp bồi dưỡng|tập huấn|buổi tập huấn)?\s*(?:[.,;)\n]|$)/u;
/**
 * "tổ chức hội nghị tập huấn … cho khoảng 100 cán bộ …": the audience of the event the sentence is
 * about. Only in the sentence that organises a training, and only for a count right after "cho".
 */
const FOR_AUDIENCE_BEFORE = /(?<![\p{L}])cho\s+$/u;
const ORGANISES_TRAINING = /(?:tổ chức|khai giảng|khai mạc|mở)[^.;\n]{0,200}(?:hội nghị|tập huấn|bồi dưỡng|lớp|hội thảo|tọa đàm|toạ đàm|tuyên truyền|phổ biến)/iu;
const POINTS = new RegExp(
  String.raw`${FIRST}(?<![${L}\p{N}.,/])(?:${QUALIFIER}\s+)?(?<n>${NUM})\s+điểm cầu(?:\s+(?:tại\s+|của\s+)?(?:cấp\s+)?(?<level>tỉnh|huyện|xã|cơ sở|phường|thành phố|quận|thị xã|trung ương|chính))?`,
  'giu',
);

export function qualifierOf(word: string | undefined): CountQualifier {
  switch (word) {
    case undefined:
      return 'exact';
    case 'khoảng': case 'gần': case 'xấp xỉ': case 'chừng': case 'gần như': case 'Khoảng': case 'Gần':
      return 'about';
    case 'ít nhất': case 'tối thiểu': case 'Ít nhất':
      return 'at_least';
    default:
      return 'more_than';
  }
}

/** A count right after "cho" in a sentence (from its start) that organises a training. */
function forAudience(text: string, at: number): boolean {
  if (!FOR_AUDIENCE_BEFORE.test(text.slice(Math.max(0, at - 8), at))) return false;
  const sentenceStart = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('\n', at), 0);
  return ORGANISES_TRAINING.test(text.slice(sentenceStart, at));
}

/**
 * "Năm 2023, toàn tỉnh đã tổ chức 460 cuộc tuyên truyền … với trên 35.000 lượt người tham dự": a count
 * of people after another figure in its sentence is a result of a period's work, not who attended one
 * event; so is a count in "lượt" (person-times, summed over many sessions) in a paragraph framed by a
 * period ("Năm 2024, …", "Trong 6 tháng đầu năm, …"). One event's few parts ("01 lớp tập huấn", "trong
 * 3 buổi", "2 đợt") are no such figure, and the period a review conference is named for frames nothing
 * ("Hội nghị tổng kết năm 2024 … hơn 500 lượt cán bộ tham dự"). "120 đại biểu" is an audience wherever it stands.
 */
const FIGURE_BEFORE = new RegExp(String.raw`(?<![${L}\p{N}.,/])(?!0?[1-3]\s)(?:${NUM})\s+(?!(?:buổi|đợt)(?![${L}]))(?:${UNIT_ALTERNATION})(?![${L}])`, 'u');

/** A count in a sentence that reports results: another figure before it, or (a "lượt" count) a period frame over it. */
function reportsResults(text: string, sentences: Range[], periods: () => ReturnType<typeof findPeriodScopes>, at: number, times: boolean): boolean {
  const sentence = rangeAt(sentences, at) ?? { start: Math.max(0, at - 200), end: at };
  return FIGURE_BEFORE.test(text.slice(sentence.start, at)) || (times && periodAt(periods().filter((p) => p.rule === 'indicator.period-frame'), at) !== null);
}

/**
 * @param ignore where counts are not the event's: photo captions, related-news lists, the setting's
 * figures (see `findAsides` and `findContextFigures`).
 */
export function findCounts(text: string, sentences: Range[], ignore: Range[] = []): CountFindings {
  let participants: CountFindings['participants'] = null;
  let rivalCount: number | null = null;
  const attendance: Range[] = [];
  let scopes: ReturnType<typeof findPeriodScopes> | null = null;
  const periods = () => (scopes ??= findPeriodScopes(text));
  PARTICIPANTS.lastIndex = 0;
  for (let m = PARTICIPANTS.exec(text); m; m = PARTICIPANTS.exec(text)) {
    if (ignore.some((r) => m!.index < r.end && m!.index + m![0].length > r.start)) continue;
    const unit = m.groups!.unit!;
    // "350 lượt đại biểu" counts as its unit does; "500 lượt cán bộ", "200 lượt học viên" need a cue of attendance.
    const strong = STRONG_UNITS.has(unit) && (!m.groups!.times || unit === 'đại biểu');
    const around = text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 30);
    if (!strong && !ATTEND.test(around) && !TAKE_PART_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 120))
      && !forAudience(text, m.index)) continue;
    if (!strong && reportsResults(text, sentences, periods, m.index, m.groups!.times !== undefined)) continue;
    if (tellsOfPastCourses(text, rangeAt(sentences, m.index) ?? { start: m.index, end: m.index })) continue;
    const count = parseViNumber(m.groups!.n!);
    if (count === null) continue;
    const span = { start: m.index, end: m.index + m[0].length };
    attendance.push(span);
    if (participants) {
      // "120 đại biểu, trong đó 40 đại biểu nữ": a part of the whole, not a second reading.
      if (rivalCount === null && count !== participants.value.count && !PART_OF_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) rivalCount = count;
      continue;
    }
    participants = {
      value: { count, qualifier: qualifierOf(m.groups!.q) },
      spans: [span],
      rule: strong ? 'participants.count-unit' : 'participants.attendance-phrase',
    };
  }

  const points: { count: number; level: string | null; start: number; end: number }[] = [];
  POINTS.lastIndex = 0;
  for (let m = POINTS.exec(text); m; m = POINTS.exec(text)) {
    if (ignore.some((r) => m!.index < r.end && m!.index + m![0].length > r.start)) continue;
    const count = parseViNumber(m.groups!.n!);
    if (count !== null) points.push({ count, level: m.groups!.level ?? null, start: m.index, end: m.index + m[0].length });
  }
  let connectionPoints: Found<number> | null = null;
  const pointsByLevel = points.filter((p) => p.level !== null).map((p) => ({ level: p.level!, count: p.count }));
  if (points.length > 0) {
    const total = points.reduce((s, p) => s + p.count, 0);
    const byLevelSum = pointsByLevel.reduce((s, p) => s + p.count, 0);
    // A count without a level that covers the levelled ones is the total they are part of
    // ("114 điểm cầu, trong đó 1 điểm cầu cấp tỉnh"; the same total repeated counts once).
    const unlevelled = points.filter((p) => p.level === null).sort((a, b) => b.count - a.count)[0];
    const stated = unlevelled && unlevelled.count >= byLevelSum ? unlevelled : points.find((p) => p.count * 2 === total);
    connectionPoints = stated
      ? { value: stated.count, spans: [{ start: stated.start, end: stated.end }], rule: 'connection-points.stated-total' }
      : { value: total, spans: points.map((p) => ({ start: p.start, end: p.end })), rule: points.length > 1 ? 'connection-points.sum' : 'connection-points.count' };
  }
  return { participants, rivalCount, attendance, connectionPoints, pointsByLevel };
}
