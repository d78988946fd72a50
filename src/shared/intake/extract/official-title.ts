import { alternation, familyNames, honorifics, L, ranks, titleStarts, titleStopWords, speechVerbs } from './lexicon.js';
import type { Range } from './segments.js';

/**
 * Reading a title after a name ("…, Phó Giám đốc Công an tỉnh, Phó Trưởng ban BCĐNQ tỉnh cho biết")
 * or before it ("Phó Chủ tịch UBND tỉnh Nguyễn Trung Thảo").
 *
 * A title runs until a lower-case verb or linking word ("cho biết", "chủ trì", "đã", "cùng"), a
 * full stop, semicolon, colon or bracket, or a comma/dash whose next part does not start like a title
 * or a body ("…, Trưởng Ban …" continues; "…, cùng đại diện …" ends). "chỉ đạo" after "Ban" is part of
 * the body's name ("Ban chỉ đạo về nhân quyền"), not the verb.
 */
const TITLE_START = new RegExp(String.raw`^(?:${alternation(titleStarts)})(?![${L}])`, 'u');
/** Titles of people (not bodies): a phrase before a name must start with one of these. */
const PERSON_TITLE = new RegExp(
  String.raw`(?<![${L}])(?:Phó|Trưởng|Chủ tịch|Chủ nhiệm|Giám đốc|Bí thư|Ủy viên|Uỷ viên|Viện trưởng|Vụ trưởng|Cục trưởng|Chánh|Thứ trưởng|Bộ trưởng|Hiệu trưởng|Tổng Giám đốc|Tư lệnh|Chính ủy|Đại sứ|Chỉ huy trưởng)(?![${L}])`,
  'u',
);
/** Verbs of taking on a topic: "Chuyên đề … do X, Trưởng phòng …, Công an tỉnh đảm nhận". */
const TAKING_ON = ['đảm nhận', 'đảm nhiệm', 'đảm trách', 'thuyết trình', 'giảng dạy', 'giảng bài', 'trả lời', 'phụ trách chuyên đề', 'phụ trách nội dung'];
const STOP = new RegExp(
  String.raw`(?<=\s)(?:${alternation([...titleStopWords, ...speechVerbs, ...TAKING_ON])})(?![${L}])|\s(?:và|cùng)\s+(?=(?:${alternation([...ranks, ...honorifics, 'các', 'đại diện', 'lãnh đạo', 'nhiều'])})(?![${L}])|(?:${alternation(familyNames)})\s+\p{Lu})`,
  'u',
);
const SEPARATOR = /\s*(?:,|[-–—])\s*/uy;
// A person's name is capitalised throughout: "Tôn giáo" after "Phòng Dân tộc - " is the unit's name, not Mr Tôn.
const RANK_OR_PERSON = new RegExp(String.raw`^(?:(?:${alternation([...ranks, ...honorifics])})(?![${L}])|(?:${alternation(familyNames)})(?![${L}])(?!\s+\p{Ll}))`, 'u');
const CAPITALISED = /^\p{Lu}/u;
const FORMER = /^(?:nguyên|Nguyên|cựu|Cựu)\s+(?=\p{Lu})/u;
/** Titles the press writes in lower case after a comma ("…, giảng viên Học viện …"). */
const LOWER_TITLE_START = /^(?:giảng viên|nghiên cứu viên|chuyên viên|công chức|chuyên gia|báo cáo viên|đại diện|phó|trưởng|chủ tịch|giám đốc)(?![\p{L}])/u;
/** A lower-case title after a comma continues the person's title: "nguyên Phó Giám đốc Sở Ngoại vụ, chuyên gia tư vấn của Ban Chỉ đạo". */
const LOWER_TITLE_NEXT = /^(?:chuyên gia|giảng viên|nghiên cứu viên|chuyên viên|thành viên|ủy viên|uỷ viên|cố vấn)(?![\p{L}])/u;
// A full stop inside an abbreviation ("TP.HCM", "T.Ư") does not end a title.
const HARD_END = /\.(?!\p{L})|[;:()“”"\n]|\s[-–—]\s|,/u;
const MAX_TITLE = 180;
const LOWER_NAME_PART_END = /[,.;:()\n“”"]/u;
/** "…và Trợ giúp pháp lý", "…và Kiểm tra văn bản": a coordinated body name (a person after "và" is all capitals). */
const COORDINATED_BODY = /\svà\s+\p{Lu}[\p{L}\p{M}]*\s+\p{Ll}/u;
/** "(Bộ Quốc phòng)" right after a title: the body the unit belongs to. */
const BODY_IN_BRACKETS = /^\s*\(([^()\n]{3,60})\)/u;

/** The first stop inside `segment` (at or after index 0) that is a real stop, or -1. */
function stopIn(segment: string): number {
  let from = 0;
  while (from < segment.length) {
    const m = STOP.exec(segment.slice(from));
    if (!m) return -1;
    const at = from + m.index;
    const before = segment.slice(0, at).trimEnd();
    // "Ban chỉ đạo", "Ban Chỉ đạo": part of the body's name.
    if (/^\s*chỉ đạo/u.test(segment.slice(at)) && /(?:^|\s)Ban$/u.test(before)) {
      from = at + 1;
      continue;
    }
    // "Ủy viên dự khuyết Ban Chấp hành Trung ương": one title; "dự" here is not "to attend".
    if (/^\s*dự\s+khuyết(?![\p{L}])/u.test(segment.slice(at))) {
      from = at + 1;
      continue;
    }
    return at;
  }
  return -1;
}

/**
 * The lower-case part of a unit's name after a comma, up to its next comma or the first verb: kept
 * when another body follows its comma ("Khoa Công tác đảng, công tác chính trị, Học viện …"), or when
 * it is the coordinated tail of the name ("Phòng Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý
 * cho biết"), then the title ends with it. Null when it is not part of the title.
 */
function lowerNamePart(text: string, from: number, limit: number): { length: number; continues: boolean } | null {
  const rest = text.slice(from, Math.min(limit, from + 100));
  if (!/^\p{Ll}/u.test(rest)) return null;
  const cut = LOWER_NAME_PART_END.exec(rest)?.index ?? rest.length;
  let part = rest.slice(0, cut);
  const stop = stopIn(` ${part}`);
  const stopped = stop >= 0;
  if (stopped) part = part.slice(0, Math.max(0, stop - 1));
  part = part.trimEnd();
  const words = part.split(/\s+/u).filter(Boolean).length;
  if (words === 0 || words > 9) return null;
  if (!stopped && rest[cut] === ',') {
    const next = rest.slice(cut + 1).trimStart();
    if (TITLE_START.test(next.slice(0, 40))) return { length: cut, continues: true };
  }
  return COORDINATED_BODY.test(` ${part}`) ? { length: part.length, continues: false } : null;
}

/** Title right after a name, starting at `from` (just after the name). Null if none. */
export function titleAfter(text: string, from: number, limit: number): { title: string; span: Range } | null {
  SEPARATOR.lastIndex = from;
  const sep = SEPARATOR.exec(text);
  let pos = from;
  if (sep) pos = from + sep[0].length;
  else if (text[from] === '(' || /^\s*\(/u.test(text.slice(from, from + 3))) pos = text.indexOf('(', from) + 1;
  else return null;
  // "nguyên Phó Viện trưởng …": a former title still describes the person.
  const former = FORMER.exec(text.slice(pos, pos + 12));
  const titlePos = former ? pos + former[0].length : pos;
  if (!TITLE_START.test(text.slice(titlePos, titlePos + 40)) && !LOWER_TITLE_START.test(text.slice(titlePos, titlePos + 40))) return null;
  const start = pos;
  let end = pos;
  while (pos < limit && pos - start < MAX_TITLE) {
    const rest = text.slice(pos, limit);
    const hard = HARD_END.exec(rest);
    const segEnd = hard ? hard.index : rest.length;
    const segment = rest.slice(0, segEnd);
    const stop = stopIn(segment);
    if (stop >= 0) {
      end = pos + segment.slice(0, stop).trimEnd().length;
      break;
    }
    end = pos + segment.trimEnd().length;
    if (!hard || !/^(?:,|\s[-–—]\s)$/u.test(hard[0])) break;
    SEPARATOR.lastIndex = pos + segEnd;
    const next = SEPARATOR.exec(text);
    const nextPos = pos + segEnd + (next ? next[0].length : hard[0].length);
    const ahead = text.slice(nextPos, nextPos + 40);
    // "…, Trưởng Ban …" continues; so does a body written with commas or dashes ("Sở Văn hóa, Thể thao
    // và Du lịch", "Bộ Lao động - Thương binh …"); a rank, a person or a lower-case word ends the title.
    if (!TITLE_START.test(ahead) && !LOWER_TITLE_NEXT.test(ahead) && (!CAPITALISED.test(ahead) || RANK_OR_PERSON.test(ahead))) {
      // A unit whose name has a comma in it ("Khoa Công tác đảng, công tác chính trị, Học viện …",
      // "Phòng Phổ biến, giáo dục pháp luật, Sở Tư pháp"): a short lower-case part with no verb,
      // followed by another body, still belongs to the title.
      const inner = lowerNamePart(text, nextPos, limit);
      if (!inner) break;
      if (!inner.continues) {
        end = nextPos + inner.length;
        break;
      }
    }
    pos = nextPos;
  }
  if (end <= start) return null;
  const bracket = BODY_IN_BRACKETS.exec(text.slice(end, limit));
  if (bracket && TITLE_START.test(bracket[1]!) && stopIn(` ${bracket[1]}`) < 0) end += bracket[0].length;
  return { title: text.slice(start, end), span: { start, end } };
}

/** Where earlier parts of a title may start, and whether a person is named in a range. */
export interface TitleContext {
  sentenceStart: number;
  namesIn: (start: number, end: number) => boolean;
}

/** Title right before a name: the clause's tail starting with a person's title, with no verb in it. */
export function titleBefore(text: string, nameStart: number, clauseStart: number, earlier?: TitleContext): { title: string; span: Range } | null {
  const clause = text.slice(clauseStart, nameStart);
  const m = PERSON_TITLE.exec(clause);
  if (!m) return null;
  const raw = clause.slice(m.index);
  const title = raw.trimEnd();
  if (!title || /\s$/u.test(raw) === false) return null;
  // "…, Giám đốc Sở Tư pháp và Nguyễn Thị Hoa": the title before "và" is the previous person's.
  if (stopIn(` ${title}`) >= 0 || /\s(?:và|cùng)$/u.test(title)) return null;
  let start = clauseStart + m.index;
  if (earlier && !clause.slice(0, m.index).trim()) start = earlierTitleParts(text, start, earlier);
  const whole = text.slice(start, nameStart).trimEnd();
  return { title: whole, span: { start, end: start + whole.length } };
}

/**
 * "Giám đốc Công an tỉnh, Thiếu tướng X", "Phó Chủ tịch UBND tỉnh, Trưởng Ban …, đồng chí X": the
 * title written before the rank or "đồng chí" that introduces the name, ending at their comma.
 */
export function titleBeforeCue(text: string, cueStart: number, context: TitleContext): { title: string; span: Range } | null {
  const clause = titleClauseBefore(text, cueStart, context);
  if (!clause) return null;
  const start = clause.more ? earlierTitleParts(text, clause.start, context) : clause.start;
  const title = text.slice(start, clause.end).trimEnd();
  return { title, span: { start, end: start + title.length } };
}

/** What may come before a title that opens its clause: nothing, or "có", "là", "gồm", an honorific. */
const BEFORE_TITLE = new RegExp(String.raw`^\s*$|(?<![${L}])(?:có|là|gồm|với|${alternation(honorifics)})\s*$`, 'u');

/**
 * The clause ending at the comma just before `at` when it is wholly a person's title: it starts with
 * one (after nothing, "có", "là", an honorific), names no one, has no verb, and does not follow a name
 * ("ông A, Giám đốc Sở Tư pháp, ông B": that title is A's). `more` when earlier parts may precede it.
 */
function titleClauseBefore(text: string, at: number, context: TitleContext): { start: number; end: number; more: boolean } | null {
  const comma = /,\s*$/u.exec(text.slice(context.sentenceStart, at));
  if (!comma) return null;
  const commaAt = context.sentenceStart + comma.index;
  const head = text.slice(context.sentenceStart, commaAt);
  const clauseStart = context.sentenceStart + Math.max(...[...head.matchAll(/[,;:(\n“”]/gu)].map((b) => b.index + 1), 0);
  const clause = text.slice(clauseStart, commaAt);
  const m = PERSON_TITLE.exec(clause);
  if (!m || !BEFORE_TITLE.test(clause.slice(0, m.index)) || stopIn(` ${clause.slice(m.index)}`) >= 0) return null;
  if (context.namesIn(clauseStart, commaAt)) return null;
  const open = !clause.slice(0, m.index).trim();
  if (open && text[clauseStart - 1] === ',' && context.namesIn(clauseStart - 3, clauseStart - 1)) return null;
  return { start: clauseStart + m.index, end: commaAt, more: open };
}

/**
 * "Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo Nhân quyền tỉnh Trần Đức Quý": the parts of a title
 * before the name's own clause, each a whole title clause after a comma. Returns where the whole
 * title starts.
 */
function earlierTitleParts(text: string, start: number, context: TitleContext): number {
  for (let clause = titleClauseBefore(text, start, context); clause; clause = clause.more ? titleClauseBefore(text, clause.start, context) : null) {
    start = clause.start;
  }
  return start;
}
