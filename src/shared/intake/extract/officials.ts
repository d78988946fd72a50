import type { OfficialRole } from '../extraction.js';
import { searchKey } from '../../text/index.js';
import type { Found } from './found.js';
import { alternation, honorifics, L, ranks } from './lexicon.js';
import { titleAfter, titleBefore, titleBeforeCue } from './official-title.js';
import { findNameRuns } from './person-names.js';
import { rangeAt, type Range } from './segments.js';

/**
 * Officials: a name introduced by a rank or "ông/bà/đồng chí", or a family-name run with a title next
 * to it ("Trần Chi Mai, Phó Vụ trưởng …", "Phó Chủ tịch UBND tỉnh Nguyễn Trung Thảo"). Mentions of the
 * same name are merged: the first rank, the longest title, and the strongest role win.
 *
 * Roles follow the gold labels: `chair` when "chủ trì" is said of the person; `speaker` when the
 * sentence has them speak, present, brief or direct (opening and closing speeches included); `guest`
 * when they are only listed as attending.
 */
export interface OfficialFinding {
  name: Found<string>;
  title: Found<string> | null;
  rank: Found<string> | null;
  role: Found<OfficialRole>;
  /** Every place the name is written (topics link speakers through these). */
  mentions: Range[];
}

const CUE_BEFORE = new RegExp(
  // "Đại tá, PGS.TS Vũ Văn Khánh", "Đại tá, PGS, TS …": a military rank and academic titles together.
  String.raw`(?<![${L}])(?:(?<hon>${alternation(honorifics)})\s+)?(?:(?<rank>(?:${alternation(ranks)})(?:\.?\s*,\s*(?:${alternation(ranks)})){0,2})\.?\s*)?$`,
  'u',
);
// "X, Phó Chủ nhiệm Chính trị Quân khu, chủ trì lớp học": the comma closes the title.
const CHAIR_AFTER = /^\s*,?\s*(?:đã\s+|cùng\s+)?(?:đồng\s+)?chủ trì/u;
const CHAIR_BEFORE = /(?:^|\s)(?:[Đđ]ồng\s+)?[Cc]hủ trì(?![\p{L}])[^;]*$/u;
const SPEECH = new RegExp(
  String.raw`(?<![${L}])(?:${alternation([
    'phát biểu', 'nhấn mạnh', 'khẳng định', 'cho biết', 'trình bày', 'quán triệt', 'đề nghị', 'yêu cầu',
    'đánh giá', 'nêu', 'chia sẻ', 'truyền đạt', 'kết luận', 'lưu ý', 'phân tích',
    'đề xuất', 'nhận định', 'cho rằng', 'mong muốn', 'thông báo', 'bày tỏ', 'ghi nhận', 'biểu dương',
    'gợi mở', 'làm rõ', 'chúc mừng', 'giải đáp', 'nhắc lại', 'tổng kết', 'giới thiệu', 'phổ biến',
    'giảng dạy', 'giảng bài', 'thông tin về', 'thông tin tới', 'thông tin cho', 'tham luận',
    // "X đã thông tin những nội dung cơ bản về …": briefing the audience on the subject.
    'thông tin những', 'thông tin các', 'thông tin một số', 'thông tin nội dung',
    // "X … trao đổi chuyên đề", "Chuyên đề … do X đảm nhận": presenting a topic.
    'trao đổi', 'đảm nhận', 'đảm nhiệm', 'đảm trách', 'thuyết trình', 'lên lớp', 'trả lời', 'phụ trách chuyên đề',
  ])})(?![${L}])|(?<![${L}])hướng dẫn(?!\s+số)(?![${L}])|(?<![${L}])báo cáo(?!\s+viên)(?![${L}])|(?<![${L}])(?<!(?:lễ|phiên|buổi)\s)(?:khai mạc|bế mạc)(?![${L}])`,
  'iu',
);
const SPEECH_ALL = new RegExp(SPEECH.source, 'giu');
/**
 * The first speech verb in `s`. A capitalised one only where a clause starts ("Phát biểu tại hội
 * nghị, …"), never inside a body's name ("Trưởng phòng Phổ biến, giáo dục pháp luật").
 */
function speechIn(s: string): RegExpExecArray | null {
  SPEECH_ALL.lastIndex = 0;
  for (let m = SPEECH_ALL.exec(s); m; m = SPEECH_ALL.exec(s)) {
    if (!/^\p{Lu}/u.test(m[0]) || /(?:^|[.;:,“"(\n\-–])\s*$/u.test(s.slice(0, m.index))) return m;
  }
  return null;
}
/** "Chủ trì hội nghị có đồng chí X; Đại tá Y": a sentence that opens by naming its chairs lists only chairs. */
const CHAIR_LIST_OPENING = /^\s*(?:[Đđ]ồng\s+)?[Cc]hủ trì(?:\s+(?:hội nghị|hội thảo|tọa đàm|toạ đàm|lớp|buổi|chương trình)[^;:.]{0,40}?)?\s+(?:có|gồm|là)(?![\p{L}])/u;
/** "X và Thiếu tướng Y đồng chủ trì": the first of two co-chairs. */
const CO_CHAIR_AFTER = /^\s+và\s[^;:.]{0,220}?\s(?:cùng\s+)?đồng chủ trì/u;
/**
 * "Báo cáo viên gồm X và Y", "Giảng viên là …": a sentence without a verb that names the presenters.
 * The presenters are speakers, as in the gold labels.
 */
const PRESENTERS_OPENING = /^\s*(?:Các\s+)?(?:[Bb]áo cáo viên|[Gg]iảng viên)(?:\s+(?:tại|của|lớp|hội nghị|buổi)[^;:.]{0,40}?)?\s*(?:gồm|là|có)?\s*:?\s*(?:các\s+(?:đồng chí|ông, bà)\s*:?\s*)?/u;
const CLAUSE_BREAK = /[,;:(\n“”]/gu;
/** The clause lists who attended: "(Tham) dự hội nghị có", "Cùng dự có", "(với) sự tham dự của". */
const ATTENDING_BEFORE = /(?<![\p{L}])(?:[Tt]ham dự|[Cc]ùng dự|[Dd]ự)(?:\s+(?:hội nghị|hội thảo|lớp|buổi|lễ)[^;:.]{0,30}?)?\s+(?:có|gồm)(?![\p{L}])|(?<![\p{L}])sự (?:tham dự|có mặt)(?:\s+của)?(?![\p{L}])/u;
/** Another subject takes over the sentence: "…, hội nghị đã …", "…, các đại biểu …". */
const NEW_SUBJECT = /,\s*(?:hội nghị|hội thảo|lớp|các đại biểu|đại biểu|học viên|các học viên)(?![\p{L}])/u;
const ROLE_RANK: Record<OfficialRole, number> = { chair: 3, opening_speech: 2, closing_speech: 2, presenter: 2, speaker: 2, guest: 1 };

interface Mention {
  name: string;
  nameSpan: Range;
  rank: Found<string> | null;
  title: Found<string> | null;
  role: Found<OfficialRole>;
}

function cueBefore(text: string, start: number): { rank: string | null; rankSpan: Range | null; cued: boolean; cueStart: number } {
  const before = text.slice(Math.max(0, start - 40), start);
  const m = CUE_BEFORE.exec(before);
  if (!m || (!m.groups!.hon && !m.groups!.rank)) return { rank: null, rankSpan: null, cued: false, cueStart: start };
  const rank = m.groups!.rank ?? null;
  const rankStart = start - before.length + (rank ? before.lastIndexOf(rank) : 0);
  return { rank, rankSpan: rank ? { start: rankStart, end: rankStart + rank.length } : null, cued: true, cueStart: start - before.length + m.index };
}

function clauseStartBefore(text: string, sentenceStart: number, at: number): number {
  let start = sentenceStart;
  CLAUSE_BREAK.lastIndex = sentenceStart;
  for (let m = CLAUSE_BREAK.exec(text); m && m.index < at; m = CLAUSE_BREAK.exec(text)) start = m.index + 1;
  return start;
}

function roleOf(text: string, sentence: Range, nameStart: number, afterTitle: number): Found<OfficialRole> {
  const after = CHAIR_AFTER.exec(text.slice(afterTitle, afterTitle + 30));
  if (after) {
    const at = afterTitle + after[0].indexOf('chủ trì');
    return { value: 'chair', spans: [{ start: at, end: at + 'chủ trì'.length }], rule: 'official.role-chair-after' };
  }
  const prefix = text.slice(sentence.start, nameStart);
  const coChair = CO_CHAIR_AFTER.exec(text.slice(afterTitle, Math.min(sentence.end, afterTitle + 240)));
  if (coChair) {
    const at = afterTitle + coChair[0].lastIndexOf('chủ trì');
    return { value: 'chair', spans: [{ start: at, end: at + 'chủ trì'.length }], rule: 'official.role-co-chair' };
  }
  const list = CHAIR_LIST_OPENING.exec(prefix);
  if (list) {
    const at = sentence.start + list[0].search(/[Cc]hủ trì/u);
    return { value: 'chair', spans: [{ start: at, end: at + 'chủ trì'.length }], rule: 'official.role-chair-list' };
  }
  const presenters = PRESENTERS_OPENING.exec(prefix);
  if (presenters && /(?:gồm|là|có|:)\s*$/u.test(presenters[0]) && presenterListReaches(prefix, presenters[0].length)) {
    return { value: 'speaker', spans: [{ start: sentence.start, end: sentence.start + presenters[0].trimEnd().length }], rule: 'official.role-presenter-list' };
  }
  const before = CHAIR_BEFORE.exec(prefix);
  if (before) {
    const at = sentence.start + before.index + before[0].search(/[Cc]hủ trì/u);
    return { value: 'chair', spans: [{ start: at, end: at + 'chủ trì'.length }], rule: 'official.role-chair-before' };
  }
  // "Hội nghị có sự tham dự của đồng chí X, …; đồng chí Y phát biểu": X is only present. A speech verb
  // counts for X only in X's own clause, before another subject ("…, hội nghị đã thảo luận, đánh giá").
  const clauseStart = Math.max(sentence.start, text.lastIndexOf(';', nameStart) + 1);
  if (ATTENDING_BEFORE.test(text.slice(clauseStart, nameStart))) {
    const semicolon = text.indexOf(';', afterTitle);
    const own = text.slice(afterTitle, semicolon >= 0 && semicolon < sentence.end ? semicolon : sentence.end);
    const subject = NEW_SUBJECT.exec(own);
    const verb = speechIn(subject ? own.slice(0, subject.index) : own);
    if (!verb) return { value: 'guest', spans: [{ start: nameStart, end: nameStart }], rule: 'official.role-attending' };
  }
  const speech = speechIn(text.slice(sentence.start, sentence.end));
  if (speech) {
    const at = sentence.start + speech.index;
    return { value: 'speaker', spans: [{ start: at, end: at + speech[0].length }], rule: 'official.role-speech-verb' };
  }
  return { value: 'guest', spans: [{ start: nameStart, end: nameStart }], rule: 'official.role-attending' };
}

/** A reporter's byline on a line of its own: "Hoàng Nga (Báo Quảng Ninh) - 18/11/2020", "Bài, ảnh: Thu Phương (Báo Hà Giang)". */
const BYLINE_BEFORE = /(?:^|\n)[ \t]*(?:(?:Bài(?:,\s*ảnh)?|Tin(?:,\s*ảnh)?|Ảnh)\s*:\s*)?$/u;
const BYLINE_AFTER = /^[ \t]*\([^()\n]{2,60}\)[ \t]*(?:[-–][ \t]*[\d/.\-]+[ \t]*)?(?:\n|$)/u;
function isByline(text: string, start: number, end: number): boolean {
  return BYLINE_BEFORE.test(text.slice(Math.max(0, start - 20), start)) && BYLINE_AFTER.test(text.slice(end, end + 80));
}

/** Between the list's opening and this name: only other presenters (no verb, no new clause after ";"). */
function presenterListReaches(prefix: string, from: number): boolean {
  const between = prefix.slice(from);
  return !/[;]/u.test(between) && !speechIn(between);
}

/**
 * "Phó Chủ tịch UBND tỉnh Nguyễn Văn Nam, Giám đốc Sở Tư pháp Trần Thị Mai": a title after a name ends
 * before the next person's own title-and-name clause.
 */
function cutAtNextPerson(text: string, after: ReturnType<typeof titleAfter>, runs: Array<{ start: number; end: number }>): ReturnType<typeof titleAfter> {
  if (!after) return null;
  const next = runs.find((r) => r.start > after.span.start && r.start < after.span.end);
  if (!next) return after;
  const head = text.slice(after.span.start, next.start);
  const clauseStart = head.lastIndexOf(',') + 1;
  const theirs = titleBefore(text, next.start, after.span.start + clauseStart);
  if (!theirs || head.slice(clauseStart, theirs.span.start - after.span.start).trim()) return after;
  const title = head.slice(0, Math.max(0, clauseStart - 1)).trimEnd();
  return title ? { title, span: { start: after.span.start, end: after.span.start + title.length } } : null;
}

export function findOfficials(text: string, sentences: Range[]): OfficialFinding[] {
  const mentions: Mention[] = [];
  const runs = findNameRuns(text, (start) => cueBefore(text, start).cued);
  for (const run of runs) {
    const sentence = rangeAt(sentences, run.start) ?? { start: 0, end: text.length };
    if (isByline(text, run.start, run.end)) continue;
    const cue = cueBefore(text, run.start);
    const after = cutAtNextPerson(text, titleAfter(text, run.end, sentence.end), runs);
    const namesIn = (start: number, end: number) => runs.some((r) => r.start < end && r.end > start);
    const context = { sentenceStart: sentence.start, namesIn };
    const before = cue.cued
      ? (after ? null : titleBeforeCue(text, cue.cueStart, context))
      : titleBefore(text, run.start, clauseStartBefore(text, sentence.start, run.start), context);
    if (!cue.cued && !after && !before) continue;
    let title: Found<string> | null = null;
    if (before && after) title = { value: `${before.title}, ${after.title}`, spans: [before.span, after.span], rule: 'official.title-around-name' };
    else if (after) title = { value: after.title, spans: [after.span], rule: 'official.title-after-name' };
    else if (before) title = { value: before.title, spans: [before.span], rule: 'official.title-before-name' };
    const rank = cue.rank && cue.rankSpan ? { value: cue.rank, spans: [cue.rankSpan], rule: 'official.rank-before-name' } : null;
    const role = roleOf(text, sentence, run.start, after ? after.span.end : run.end);
    mentions.push({ name: run.name, nameSpan: { start: run.start, end: run.end }, rank, title, role });
  }
  return mergeMentions(mentions);
}

function mergeMentions(mentions: Mention[]): OfficialFinding[] {
  const byKey = new Map<string, OfficialFinding>();
  for (const m of mentions) {
    const key = searchKey(m.name);
    const existing = byKey.get(key);
    if (!existing) {
      const rule = m.rank ? 'official.rank-name' : m.title ? 'official.name-title' : 'official.honorific-name';
      byKey.set(key, { name: { value: m.name, spans: [m.nameSpan], rule }, title: m.title, rank: m.rank, role: m.role, mentions: [m.nameSpan] });
      continue;
    }
    existing.mentions.push(m.nameSpan);
    existing.rank ??= m.rank;
    if (m.title && (!existing.title || m.title.value.length > existing.title.value.length)) existing.title = m.title;
    if (ROLE_RANK[m.role.value] > ROLE_RANK[existing.role.value]) existing.role = m.role;
  }
  return [...byKey.values()];
}
