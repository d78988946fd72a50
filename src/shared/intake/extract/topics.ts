import type { Found } from './found.js';
import { alternation, honorifics, L, ranks } from './lexicon.js';
import type { Range } from './segments.js';

/**
 * Topics presented ("chuyên đề", "tham luận", "bài giảng") and films shown.
 *
 * After the cue word the article either quotes the titles (“…”; “…”), or lists them after a colon,
 * separated by semicolons (or by commas when each item starts with a capital and the stated count
 * "02 chuyên đề" asks for more items), or names one topic after "về". The list ends with the
 * sentence, with a part whose case differs from the first item's ("; đồng thời, xem phim …") or
 * with a linking phrase. Items may be numbered ("(1) …; (2) …", "Một là, …; Hai là, …", "thứ nhất,
 * …"): the markers are dropped. "các nội dung:" counts as a cue only after a presenting verb
 * ("báo cáo viên … truyền đạt các nội dung: …"), since "quán triệt các nội dung về …" lists subjects,
 * not topics. "5 chuyên đề, trong đó có: “…”; “…”" or "các chuyên đề như: …" lists some of them; "Chuyên đề cuối cùng về …" names one.
 * Without a cue word, what the learners are taught by someone ("các học viên được Thiếu tướng X, … giới
 * thiệu tình hình nhân quyền thế giới …") is a topic too; "X giới thiệu …" said of the speaker alone is not.
 */
export interface TopicFinding extends Found<string> {
  /** Where the cue is, to pair the topic with the person who presented it. */
  cueAt: number;
  /** "… do Đại tá X, … trình bày", "… được ông Y truyền đạt" right after the topic (or its list): who presented it. */
  presenter?: Range;
}

/** "Chuyên đề cuối cùng về …", "chuyên đề thứ hai về …": which one of the programme's topics. */
const ORDINAL = String.raw`thứ\s+(?:nhất|hai|ba|tư|năm|sáu|\d)|đầu tiên|tiếp theo|cuối cùng|cuối`;
const NUMBER_WORDS: Readonly<Record<string, number>> = { một: 1, hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 };
const CUE = new RegExp(
  String.raw`(?=[\dmhbnstcMHBNSTC])(?<![${L}])(?:(?<count>\d{1,2}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+)?(?:các\s+|những\s+)?(?<cue>[Cc]huyên đề|[Tt]ham luận|[Bb]ài giảng|nội dung)(?![${L}])(?:\s+(?:${ORDINAL}))?(?:\s+(?:quan trọng|với nội dung|gồm|sau))?(?:,?\s*(?:trong đó(?:\s+có)?|bao gồm|gồm(?:\s+có)?|như)(?=\s*[:“"]))?\s*(?<lead>về\s+|:\s*)?`,
  'gu',
);
/** "các nội dung:" lists topics only when someone presents them. */
const PRESENTING_BEFORE = /(?:truyền đạt|trình bày|báo cáo viên|giảng|giới thiệu)(?![\p{L}])/iu;
/** Numbering in front of a list item: "(1)", "1.", "a)", "-", "Một là,", "thứ nhất,". */
const ENUMERATOR = /^(?:\(\d{1,2}\)|\d{1,2}[.)](?=\s)|[a-zđ]\)|[-–+•](?=\s)|(?:một|hai|ba|bốn|năm|sáu|bảy|tám) là(?![\p{L}])\s*,?|thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám)(?![\p{L}])\s*,?)\s*/iu;
/** Two or more "(n)" markers: the list is split at them even without semicolons. */
const PAREN_NUMBER = /\s*[;,]?\s*(?=\(\d{1,2}\)\s)/gu;
/** A part that starts like this ends the list ("; đồng thời, xem phim …", "; qua đó …"). */
const LIST_END = /^(?:đồng thời|qua đó|ngoài ra|sau đó|bên cạnh đó|cùng với|các đại biểu|đại biểu|hội nghị|theo đó|từ đó)(?![\p{L}])/iu;
const QUOTED = /^\s*(?:về\s+)?[“"]([^”"\n]{3,300})[”"]/u;
const NEXT_QUOTED = /^\s*(?:[;,]|và)\s*[“"]([^”"\n]{3,300})[”"]/u;
const FILM = new RegExp(String.raw`(?<![${L}])(?<type>phim tư liệu|phim tài liệu|phim phóng sự|phóng sự|video clip|phim)\s*(?::\s*)?[“"](?<title>[^”"\n]{3,300})[”"]`, 'gu');
// "do" ends the topic only before who presented it ("quyền tự do" is part of a title).
// A comma does not end it ("chuyên đề về tình hình quốc tế, khu vực và …" is one title) unless what
// follows starts a new clause: a linking word, or a person introduced by a rank or "ông/bà/đồng chí".
const ABOUT_END = new RegExp(
  String.raw`\s+(?:do\s+(?=\p{Lu}|báo cáo viên|ông|bà|đồng chí|các)|(?:qua đó|nhằm|cho|tại|để|của báo cáo viên|giúp)(?![${L}]))|[.;:(]|,\s*(?=(?:đồng thời|qua đó|nhằm|giúp|từ đó|góp phần|sau đó|ngoài ra|được|đã|các đại biểu|đại biểu|học viên|hội nghị|${alternation([...ranks, ...honorifics])})(?![${L}]))`,
  'u',
);

/**
 * "chuyên đề về … do Đại tá X, Phó Cục trưởng … trình bày", "… được ông Y truyền đạt", "“…” do TS. Z đảm
 * nhận": the presenter named after the topic, introduced by "do/được/bởi" and a rank, an honorific or a
 * capital, and followed by a presenting verb in the same clause (or after it: "được trình bày bởi TS. Z").
 * The topic ends where it starts.
 */
const PRESENTER_START = String.raw`(?=\p{Lu}|(?:${alternation([...ranks, ...honorifics, 'các đồng chí', 'báo cáo viên', 'giảng viên'])})(?![${L}]))`;
const PRESENTED_BY = new RegExp(
  String.raw`[\s,]+(?:do|được|bởi)\s+${PRESENTER_START}[^;:\n]{2,200}?(?<![${L}])(?:trình bày|truyền đạt|đảm nhận|đảm nhiệm|phụ trách|giới thiệu|giảng dạy|giảng(?!\s+viên)|thông tin|chia sẻ|hướng dẫn|phổ biến|quán triệt)(?![${L}])`,
  'u',
);
/** "…, được trình bày bởi TS. Z, giảng viên …": the verb first; the presenter runs to the clause's end. */
const PRESENTED_BY_AFTER_VERB = new RegExp(String.raw`[\s,]+(?:được\s+)?(?:trình bày|truyền đạt|giới thiệu|giảng dạy)\s+bởi\s+${PRESENTER_START}[^;:\n]{2,200}`, 'u');

/** The presenter phrase in `rest` (`at` in the text): right at its start, or anywhere if `anywhere`. */
function presentedBy(rest: string, at: number, anywhere: boolean): { cut: number; presenter: Range } | null {
  const found = [PRESENTED_BY.exec(rest), PRESENTED_BY_AFTER_VERB.exec(rest)].filter((m) => m !== null);
  const m = found.sort((a, b) => a.index - b.index)[0];
  if (!m || (!anywhere && m.index !== 0)) return null;
  return { cut: m.index, presenter: { start: at + m.index, end: at + m.index + m[0].length } };
}

/**
 * "các học viên được Thiếu tướng X, Phó Chánh … giới thiệu tình hình …": the learners are taught the
 * object by someone named (a capital letter between "được" and the verb). Up to the verb.
 */
const TAUGHT = /(?<![\p{L}])(?:học viên|đại biểu|cán bộ|người dự)(?![\p{L}])[^.;:\n]{0,40}?(?<![\p{L}])được\s+(?:nghe\s+)?(?=\p{Lu}|(?:ông|bà|đồng chí|các báo cáo viên|báo cáo viên|giảng viên)\s)[^.;:\n]{3,200}?\s(?<verb>giới thiệu|truyền đạt|trình bày|phổ biến|giảng(?!\s+viên))\s+(?:về\s+)?/u;
/** What a taught object must not be: a cue the other rules read, a report or the course's own plan rather than a subject. */
const NOT_TAUGHT_TOPIC = /^(?:(?:\d{1,2}|các|những|một|số|hai|ba|bốn|năm)\s+)*(?:chuyên đề|tham luận|bài giảng|nội dung|báo cáo|kết quả|dự thảo|kế hoạch|chương trình|mục đích|mục tiêu|nội quy|quy chế|thành phần|đại biểu)(?![\p{L}])|^[“"]/iu;

function taughtTopics(text: string, sentences: Range[]): TopicFinding[] {
  const out: TopicFinding[] = [];
  for (const sentence of sentences) {
    const m = TAUGHT.exec(text.slice(sentence.start, sentence.end));
    if (!m) continue;
    const from = sentence.start + m.index + m[0].length;
    const rest = text.slice(from, sentence.end);
    if (NOT_TAUGHT_TOPIC.test(rest)) continue;
    const topic = rest.slice(0, ABOUT_END.exec(rest)?.index ?? rest.length).trim();
    if (topic.split(/\s+/u).length < 3) continue;
    const cueAt = sentence.start + m.index + m[0].lastIndexOf(m.groups!.verb!);
    out.push({ value: topic, spans: [{ start: from, end: from + topic.length }], rule: 'topic.taught', cueAt });
  }
  return out;
}

/**
 * A person presents a subject in prose: "Ông X, Phó Trưởng ban … thông tin về những thành tựu …",
 * "Đại tá Y, … chia sẻ về thủ đoạn …", "bà Z, … đã thông tin những nội dung cơ bản về …; …; …",
 * "Đại úy W, … hướng dẫn các hội viên cách nhận biết …". The subject of the clause must be a person (a
 * rank or "ông/bà/đồng chí" before a capital), and the verb one of presenting: a chair's "phát biểu về
 * …" or a report's "báo cáo về kết quả …" is not a topic, nor is what a chair shares.
 */
const PRESENTER_SUBJECT = new RegExp(String.raw`(?<![${L}])(?:${alternation([...ranks, ...honorifics])})\.?\s+\p{Lu}[^;:
]{0,160}$`, 'u');
// "thu thập thông tin về", "cung cấp thông tin về": "thông tin" is the noun there, not the verb.
const PRESENTS = /(?<![\p{L}])(?<!(?:thu thập|cung cấp|tiếp nhận|trao đổi|nắm|xử lý|bảo mật)\s)(?:đã\s+)?(?<verb>(?:trình bày|chia sẻ|thông tin|truyền đạt|giới thiệu|phổ biến)\s+(?:(?:những|các|một số)\s+(?=nội dung)|về\s+(?:(?:những|các|một số)\s+)?)|hướng dẫn\s+(?:các\s+|cho\s+)?(?:hội viên|học viên|đại biểu|cán bộ|người dân|phụ nữ|thanh niên)(?:\s+[\p{Ll}\p{M}]+){0,3}?\s+cách\s+)/u;
/** A report's results or the course's plan, not a subject. */
// "thông tin về tình hình …" briefs on the situation; the labelled articles never take it for a topic.
const NOT_PRESENTED = /^(?:tình hình|kết quả|dự thảo|kế hoạch|chương trình|mục đích|mục tiêu|ý nghĩa|nội quy|quy chế|thành phần|báo cáo|tình hình thực hiện)(?![\p{L}])|^[“"]/iu;
/** "Nội dung lớp học còn có …; …": the course's own list of subjects. */
const COURSE_CONTENT = /(?<![\p{L}])[Nn]ội dung\s+(?:lớp học|lớp tập huấn|lớp bồi dưỡng|khóa học|khoá học|chương trình tập huấn|buổi tập huấn|tập huấn|bồi dưỡng)\s+(?:còn\s+)?(?:có|gồm(?:\s+có)?|tập trung vào)\s+/u;

/** A training: what its presenters teach is a topic; at an outreach meeting it is only described content. */
const TRAINING = /(?<![\p{L}])(?:tập huấn|bồi dưỡng|lớp học|học viên|giảng viên|báo cáo viên)(?![\p{L}])/iu;

function presentedInProse(text: string, sentences: Range[]): TopicFinding[] {
  const out: TopicFinding[] = [];
  if (!TRAINING.test(text)) return out;
  for (const sentence of sentences) {
    const s = text.slice(sentence.start, sentence.end);
    const course = COURSE_CONTENT.exec(s);
    if (course) {
      const from = sentence.start + course.index + course[0].length;
      out.push(...cutItems(colonList(text, from, sentence.end, null, sentence.start + course.index), 'topic.course-content'));
      continue;
    }
    const m = PRESENTS.exec(s);
    if (!m || /chủ trì/u.test(s) || !PRESENTER_SUBJECT.test(s.slice(0, m.index))) continue;
    const from = sentence.start + m.index + m[0].length;
    if (NOT_PRESENTED.test(text.slice(from, sentence.end))) continue;
    const cueAt = sentence.start + m.index + m[0].indexOf(m.groups!.verb!);
    out.push(...cutItems(colonList(text, from, sentence.end, null, cueAt), 'topic.presented'));
  }
  return out;
}

/** Each item ends where its clause does ("…, qua đó …", "… cho cán bộ …"); short remnants are dropped. */
function cutItems(items: TopicFinding[], rule: string): TopicFinding[] {
  return items.flatMap((t) => {
    const value = t.value.slice(0, ABOUT_END.exec(t.value)?.index ?? t.value.length).trim();
    if (value.split(/\s+/u).length < 3) return [];
    const start = t.spans[0]!.start;
    return [{ ...t, value, spans: [{ start, end: start + value.length }], rule }];
  });
}

function quotedList(text: string, from: number, sentenceEnd: number, cueAt: number, rule: string): TopicFinding[] {
  const out: TopicFinding[] = [];
  let pos = from;
  let m = QUOTED.exec(text.slice(pos, pos + 400));
  while (m) {
    const start = pos + m[0].indexOf(m[1]!);
    out.push({ value: m[1]!.trim(), spans: [{ start, end: start + m[1]!.length }], rule, cueAt });
    pos += m[0].length;
    m = NEXT_QUOTED.exec(text.slice(pos, pos + 400));
  }
  // "“A” và “B” do bà X trình bày": the presenter of the whole list.
  const by = out.length ? presentedBy(text.slice(pos, Math.min(sentenceEnd, pos + 300)), pos, false) : null;
  if (by) for (const t of out) t.presenter = by.presenter;
  return out;
}

function splitOn(piece: { text: string; start: number }, re: RegExp): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let last = 0;
  for (const m of piece.text.matchAll(re)) {
    out.push({ text: piece.text.slice(last, m.index), start: piece.start + last });
    last = m.index! + m[0].length;
  }
  out.push({ text: piece.text.slice(last), start: piece.start + last });
  return out.map((p) => ({ text: p.text.trim(), start: p.start + (p.text.length - p.text.trimStart().length) })).filter((p) => p.text.length > 0);
}

function dropEnumerator(p: { text: string; start: number }): { text: string; start: number } {
  const m = ENUMERATOR.exec(p.text);
  return m ? { text: p.text.slice(m[0].length), start: p.start + m[0].length } : p;
}

function colonList(text: string, from: number, sentenceEnd: number, count: number | null, cueAt: number): TopicFinding[] {
  const body = text.slice(from, sentenceEnd).replace(/[.…]+\s*$/u, '');
  const numbered = (body.match(/\(\d{1,2}\)\s/gu) ?? []).length >= 2;
  let parts = splitOn({ text: body, start: from }, numbered ? PAREN_NUMBER : /;/gu).map(dropEnumerator).filter((p) => p.text.length > 0);
  const upper = (p: { text: string }) => /^\p{Lu}/u.test(p.text);
  const firstUpper = parts.length > 0 && upper(parts[0]!);
  const end = parts.findIndex((p, i) => i > 0 && (upper(p) !== firstUpper || LIST_END.test(p.text)));
  if (end > 0) parts = parts.slice(0, end);
  if ((count !== null && parts.length < count) || (count === null && parts.length === 1)) {
    const split = parts.flatMap((p) => splitOn(p, /,\s+(?=\p{Lu})/gu));
    if (count === null ? split.length > 1 && split.every((p) => p.text.split(/\s+/u).length >= 3) : split.length <= count) parts = split;
  }
  return parts.map((p) => {
    // "…: Tình hình nhân quyền thế giới do Đại tá X trình bày; …": each item may name its own presenter.
    const by = presentedBy(p.text, p.start, true);
    const item = (by ? p.text.slice(0, by.cut) : p.text).replace(/[.;,]+$/u, '');
    return { value: item, spans: [{ start: p.start, end: p.start + item.length }], rule: 'topic.colon-list', cueAt, ...(by ? { presenter: by.presenter } : {}) };
  });
}

export function findTopics(text: string, sentences: Range[]): TopicFinding[] {
  const out: TopicFinding[] = [];
  CUE.lastIndex = 0;
  for (let m = CUE.exec(text); m; m = CUE.exec(text)) {
    const after = m.index + m[0].length;
    const sentence = sentences.find((s) => s.start <= m!.index && m!.index < s.end);
    const sentenceEnd = sentence?.end ?? text.length;
    const countWord = m.groups!.count;
    const count = countWord === undefined ? null : (NUMBER_WORDS[countWord] ?? Number(countWord));
    if (m.groups!.cue === 'nội dung' && (m.groups!.lead?.trim() !== ':' || !PRESENTING_BEFORE.test(text.slice(sentence?.start ?? 0, m.index)))) continue;
    const quoted = quotedList(text, after, sentenceEnd, m.index, 'topic.quoted-title');
    if (quoted.length) {
      out.push(...quoted);
      continue;
    }
    const lead = m.groups!.lead?.trim();
    if (lead === ':') out.push(...colonList(text, after, sentenceEnd, count, m.index));
    else if (lead === 'về') {
      const rest = text.slice(after, sentenceEnd);
      const by = presentedBy(rest, after, true);
      const end = Math.min(ABOUT_END.exec(rest)?.index ?? rest.length, by?.cut ?? rest.length);
      const topic = rest.slice(0, end).trim();
      if (topic.split(/\s+/u).length >= 3) out.push({ value: topic, spans: [{ start: after, end: after + topic.length }], rule: 'topic.about', cueAt: m.index, ...(by ? { presenter: by.presenter } : {}) });
    }
  }
  out.push(...taughtTopics(text, sentences));
  // Prose presenting a topic where no cue word already found one in the same place.
  for (const t of presentedInProse(text, sentences)) {
    if (!out.some((o) => o.spans[0]!.start < t.spans[0]!.end && o.spans[0]!.end > t.spans[0]!.start)) out.push(t);
  }
  return dedupe(out.sort((a, b) => a.spans[0]!.start - b.spans[0]!.start));
}

function dedupe(topics: TopicFinding[]): TopicFinding[] {
  const seen = new Set<string>();
  return topics.filter((t) => {
    const key = t.value.toLocaleLowerCase('vi');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function findMaterials(text: string): Found<{ type: string; title: string }>[] {
  const out: Found<{ type: string; title: string }>[] = [];
  FILM.lastIndex = 0;
  for (let m = FILM.exec(text); m; m = FILM.exec(text)) {
    out.push({ value: { type: m.groups!.type!, title: m.groups!.title!.trim() }, spans: [{ start: m.index, end: m.index + m[0].length }], rule: 'material.film-title' });
  }
  return out;
}
