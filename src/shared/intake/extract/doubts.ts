import type { ExtractedIndicator, IntakeExtraction } from '../extraction.js';
import type { Doubt } from './confidence.js';
import { looksLikeSetting } from './context-figures.js';
import type { Range } from './segments.js';

/**
 * The doubts a reviewer should see beside a field, in plain Vietnamese: where the rule that produced
 * it is weak, or where two readings compete. Each doubt lowers the field's confidence.
 */

const GENERIC_UNITS = new Set(['lượt', 'cuộc', 'đợt', 'ca', 'buổi', 'suất', 'căn', 'bài', 'tin']);
const PLAN_WORDS = /(?<![\p{L}])(?:kế hoạch|chỉ tiêu|mục tiêu)(?![\p{L}])/u;

/** Words that link a label but name nothing: a label of only these does not say what is counted. */
const LINK_WORDS = new Set(['trong', 'đó', 'đạt', 'là', 'có', 'được', 'và', 'chiếm', 'tỷ', 'tỉ', 'lệ', 'với', 'của', 'cho', 'số', 'tổng', 'gồm', 'riêng', 'còn', '–']);
/** "giảm 14 vụ so với năm 2021", "vượt 15 căn so với số đăng ký": a difference, not a level. */
const CHANGE_BEFORE = /(?<![\p{L}])(?:tăng|giảm|vượt)(?:\s+(?:thêm|được|khoảng|gần|hơn|trên))?\s*$/u;
const CHANGE_AFTER = /^[^,;.()]{0,30}?(?<![\p{L}])so với(?![\p{L}])/u;
/** "… cho 100% cán bộ … trước tháng 6-2026", "… đến năm 2030": a deadline makes it a goal. */
const DEADLINE_AFTER = /^[^;.]*?(?<![\p{L}])(?:trước\s+(?:ngày|tháng|quý|năm)|(?:đến|tới)\s+(?:hết\s+|cuối\s+)?năm\s+\d{4}|vào\s+năm\s+\d{4})(?![\p{L}])/u;
/** "500.000 đồng/tháng": a rate, not a total. ("mỗi suất trị giá 1 triệu đồng" is labelled as a figure in the sets.) */
const PER_AFTER = /^\s*\/\s*(?:tháng|năm|người|hộ|suất|ngày|lượt|khẩu|em)(?![\p{L}])/u;
/** The meeting's own numbers: papers, delegates, trainees. */
const MEETING_WORDS = /(?<![\p{L}])(?:tham luận|bài thu hoạch|bài kiểm tra|đại biểu|học viên|báo cáo viên|điểm cầu)(?![\p{L}])/u;
const NATIONWIDE = /(?<![\p{L}])(?:cả nước|toàn quốc)(?![\p{L}])/u;

/** An opening bracket between the clause's start and the figure, not closed before it. */
function insideBrackets(text: string, from: number, at: number): boolean {
  const open = text.lastIndexOf('(', at);
  return open >= from && text.lastIndexOf(')', at) < open;
}

/** A short line of its own with no full stop: a heading or a caption, not a reported sentence. */
function isHeadingLine(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  const line = text.slice(start, end < 0 ? text.length : end).trim();
  return !/[.!?…:;]["”»)]?$/u.test(line) && line.split(/\s+/u).length <= 20;
}

/**
 * Doubts about one reported figure, read from the figure (at `span`) and the clause it stands in, by
 * sub-field: a reported % that does not match value ÷ target doubts the % (`percent_of_target`), not the value.
 */
export function indicatorDoubts(indicator: ExtractedIndicator, text: string, clause: Range, span: Range, sentence: Range = clause): Record<string, Doubt[]> {
  const out: Doubt[] = [];
  const clauseText = text.slice(clause.start, clause.end);
  const before = text.slice(Math.max(clause.start, span.start - 30), span.start);
  const after = text.slice(span.end, clause.end);
  if (looksLikeSetting(clauseText)) out.push({ level: 'low', warning: 'Có thể là số liệu bối cảnh (dân số, số xã, tín đồ…), không phải kết quả.' });
  const words = indicator.label.replace(/…/gu, ' ').split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  // A unit that names what is counted ("cấp 52.000 thẻ bảo hiểm y tế") says it as well as the label does.
  const unitWords = indicator.unit && indicator.unit !== '%' && !GENERIC_UNITS.has(indicator.unit) ? indicator.unit.split(/\s+/u) : [];
  const naming = words.filter((w) => !LINK_WORDS.has(w.toLocaleLowerCase('vi')));
  if (words.length + unitWords.length < 2 || naming.length === 0) out.push({ level: 'low', warning: 'Không rõ số liệu này nói về gì; hãy đặt tên chỉ số.' });
  if (CHANGE_BEFORE.test(before) && CHANGE_AFTER.test(after)) {
    out.push({ level: 'low', warning: 'Có thể là mức tăng, giảm hay vượt so với kỳ trước hoặc kế hoạch, không phải số liệu kết quả.' });
  }
  if (PER_AFTER.test(after)) out.push({ level: 'low', warning: 'Có thể là một mức (định mức, đơn giá), không phải số liệu kết quả.' });
  if (DEADLINE_AFTER.test(after)) out.push({ level: 'low', warning: 'Có hạn thực hiện đi kèm: có thể là chỉ tiêu phải đạt, không phải kết quả.' });
  // The sentence, not only the clause: "Cuối khóa, các học viên làm bài thu hoạch; 100% đạt yêu cầu".
  if (MEETING_WORDS.test(text.slice(sentence.start, sentence.end))) out.push({ level: 'low', warning: 'Có thể là số liệu về chính hội nghị, lớp học (tham luận, học viên…), không phải kết quả của địa phương.' });
  if (NATIONWIDE.test(clauseText)) out.push({ level: 'low', warning: 'Số liệu của cả nước: có thể không phải của đơn vị báo cáo.' });
  if (insideBrackets(text, clause.start, span.start)) out.push({ level: 'medium', warning: 'Số liệu nằm trong ngoặc: có thể chỉ là chú thích cho số liệu trước.' });
  // Written as a year is: four digits with no thousands dot ("2031 nhà" may be a year, "2.031 nhà" is not).
  const written = /\d[\d.,]*/u.exec(text.slice(span.start, span.end))?.[0] ?? '';
  if (/^\d{4}$/u.test(written) && indicator.value >= 1945 && indicator.value <= 2100 && indicator.unit !== '%' && indicator.value_vnd == null) {
    out.push({ level: 'low', warning: 'Con số trông như một năm: hãy kiểm tra đây có phải số liệu không.' });
  }
  if (isHeadingLine(text, span.start)) out.push({ level: 'medium', warning: 'Số liệu lấy từ một dòng tiêu đề, không từ câu tường thuật.' });
  if (indicator.unit === null) out.push({ level: 'low', warning: 'Số liệu không rõ đơn vị: bài không ghi đơn vị sau con số; hãy ghi đơn vị.' });
  if (indicator.unit && GENERIC_UNITS.has(indicator.unit) && words.length < 4) {
    out.push({ level: 'medium', warning: `Số liệu không rõ đơn vị: „${indicator.unit}” không nói rõ đếm gì.` });
  }
  if (!indicator.period) out.push({ level: 'medium', warning: 'Không rõ kỳ báo cáo của số liệu.' });
  const planInComparison = PLAN_WORDS.test(indicator.comparison?.basis ?? '');
  if (indicator.target === null && indicator.percent_of_target === null && !planInComparison && PLAN_WORDS.test(clauseText)) {
    out.push({ level: 'medium', warning: 'Câu có nhắc kế hoạch/chỉ tiêu nhưng chưa gắn được vào số liệu này.' });
  }
  const percent: Doubt[] = indicator.inconsistency ? [{ level: 'low', warning: indicator.inconsistency }] : [];
  return { value: out, percent_of_target: percent };
}

/** Doubts about the participants count: a second, different count elsewhere in the text. */
export function participantDoubts(rivalCount: number | null, count: number | undefined): Doubt[] {
  if (rivalCount === null || count === undefined) return [];
  const vi = new Intl.NumberFormat('vi-VN');
  return [{ level: 'low', warning: `Hai con số người dự khác nhau trong bài (${vi.format(count)} và ${vi.format(rivalCount)}).` }];
}

/** Vietnamese names of fields, for the draft's warning list. */
export function fieldName(path: string, draft: Pick<IntakeExtraction, 'indicators' | 'officials'>): string {
  const indicator = /^indicators\[(\d+)\]/u.exec(path);
  if (indicator) return `Số liệu „${draft.indicators[Number(indicator[1])]?.label ?? ''}”`;
  const official = /^officials\[(\d+)\]/u.exec(path);
  if (official) return `Người „${draft.officials[Number(official[1])]?.name ?? ''}”`;
  const names: Record<string, string> = {
    event_date: 'Ngày diễn ra', event_end_date: 'Ngày kết thúc', participants_count: 'Số người dự', participants_qualifier: 'Số người dự', level: 'Cấp tổ chức',
    province: 'Tỉnh, thành phố', format: 'Hình thức', connection_points_count: 'Số điểm cầu',
  };
  return names[path.replace(/\[\d+\].*$/u, '')] ?? path;
}

/**
 * One line per doubtful field for the draft's `warnings`: the low-confidence fields' warnings, once each,
 * so a draft a reviewer should look at twice never arrives with an empty list.
 */
export function draftWarnings(draft: Pick<IntakeExtraction, 'indicators' | 'officials' | 'evidence'>): string[] {
  const out: string[] = [];
  for (const [path, e] of Object.entries(draft.evidence)) {
    if (e.confidence !== 'low' || !e.warnings?.length || path.startsWith('context_figures')) continue;
    for (const w of e.warnings) {
      const line = `${fieldName(path, draft)}: ${w}`;
      if (!out.includes(line)) out.push(line);
    }
  }
  return out;
}
