import type { ExtractedIndicator } from '../extraction.js';
import { parseViNumber } from '../../text/index.js';
import { qualifierOf } from './counts.js';
import type { Found } from './found.js';
import { clauseStartBefore } from './indicator-clause.js';
import { labelOf } from './indicator-label.js';
import { findPeriodScopes, periodAt } from './indicator-period.js';
import { L } from './lexicon.js';
import { rangeAt, type Range } from './segments.js';

/**
 * Figures the article gives without a unit, where the words before the number clearly name what is
 * counted: "đã giải quyết việc làm mới cho 12.450.", "trợ giúp pháp lý cho hơn 1.100, trong đó …",
 * "số người tham gia bảo hiểm xã hội tự nguyện là 9.820". Proposed with no unit and a low confidence
 * (rule `indicator.number-without-unit`; doubts.ts asks the reviewer for the unit), not dropped.
 *
 * Only whole counts from 10 up, ending their clause (a word after the number would be an unknown unit:
 * "12 xã", "3 ngày"), and only after a verb phrase whose object is people or cases, or after
 * "(tổng) số …" with "là/đạt". A year, a date or a number after "Điều", "khóa"… never counts.
 */
export interface UnitlessFinding {
  value: ExtractedIndicator;
  evidence: Record<string, Found<unknown>>;
  span: Range;
}

const QUALIFIER = String.raw`khoảng|gần|xấp xỉ|hơn|trên|ít nhất|tối thiểu`;
// Whole counts only: "12.450", "820"; a decimal without a unit is more likely a lost "%".
const COUNT = new RegExp(
  String.raw`(?<![${L}\p{N}.,/\-–])(?:(?<q>${QUALIFIER})\s+)?(?<n>\d{1,3}(?:\.\d{3})+|\d+)(?![\p{N}.,]\d|[\p{N}%/])(?=\s*(?:[,;.)\n]|$|\s(?:và|trong đó|đạt|tăng|giảm|so với|bằng)\s))`,
  'gu',
);
/** Verb phrases whose object is people or cases, as they stand right before the number. */
const COUNTABLE_BEFORE = new RegExp(
  String.raw`(?<![${L}])(?:giải quyết việc làm|tạo việc làm|đào tạo nghề|xuất khẩu lao động|đi làm việc ở nước ngoài|trợ giúp pháp lý|tư vấn pháp luật|tư vấn pháp lý|hòa giải thành|hoà giải thành|thụ lý|tiếp nhận|khám(?:,\s*chữa)? bệnh|tiêm chủng|cai nghiện|thoát nghèo|tặng quà|trao quà|hỗ trợ|giải quyết|tập huấn|bồi dưỡng|tuyên truyền)(?:\s+(?:mới|miễn phí|thành công|đầy đủ))?(?:\s+(?:cho|được|thêm|tổng cộng))?\s*$`,
  'u',
);
/** "(tổng) số người tham gia bảo hiểm xã hội tự nguyện là", "số lao động có việc làm mới đạt". */
const COUNT_OF_BEFORE = new RegExp(String.raw`(?<![${L}])(?:tổng\s+)?số\s+(?:người|lao động|hộ|lượt|vụ|vụ việc|trường hợp|đối tượng|học sinh|trẻ em)(?:\s+[${L}]+){0,8}\s+(?:là|đạt|lên tới|lên đến)\s*:?\s*$`, 'iu');
const NOT_A_FIGURE_BEFORE = /(?:ngày|tháng|năm|lần thứ|khóa|khoá|Điều|điều|khoản|nhiệm kỳ|giai đoạn|chu kỳ|thứ|số|Nghị quyết|Nghị định|Quyết định|Chỉ thị|Thông tư|Công văn|Kế hoạch|Luật)\s*$/u;

/** `taken`: the figures with a unit, dates and other spans a number here may not overlap. */
export function findUnitlessFigures(text: string, sentences: Range[], taken: Range[]): UnitlessFinding[] {
  const out: UnitlessFinding[] = [];
  let scopes: ReturnType<typeof findPeriodScopes> | null = null;
  COUNT.lastIndex = 0;
  for (let m = COUNT.exec(text); m; m = COUNT.exec(text)) {
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].length;
    if (taken.some((r) => start < r.end && end > r.start)) continue;
    const numberStart = start + m[0].length - g.n!.length;
    const value = parseViNumber(g.n!);
    if (value === null || value < 10 || (/^\d{4}$/u.test(g.n!) && value >= 1900 && value <= 2100)) continue;
    const sentence = rangeAt(sentences, start) ?? { start: 0, end: text.length };
    const clauseStart = clauseStartBefore(text, sentence.start, start);
    const head = text.slice(clauseStart, start);
    if (NOT_A_FIGURE_BEFORE.test(text.slice(Math.max(0, start - 20), start))) continue;
    const countable = COUNTABLE_BEFORE.test(head) || COUNT_OF_BEFORE.test(head);
    if (!countable) continue;
    const label = labelOf(head, '', null);
    if (!label) continue;
    scopes ??= findPeriodScopes(text);
    const period = periodAt(scopes, start);
    const evidence: Record<string, Found<unknown>> = {
      value: { value, spans: [{ start: numberStart, end }], rule: 'indicator.number-without-unit' },
      label: { value: label, spans: [{ start: clauseStart, end }], rule: 'indicator.number-without-unit' },
    };
    if (period) evidence.period = { value: period.value, spans: period.spans, rule: period.rule };
    out.push({
      value: {
        label, value, unit: null, qualifier: g.q ? qualifierOf(g.q) : null, value_vnd: null, target: null,
        percent_of_target: null, computed_percent: null, inconsistency: null, comparison: null, period: period?.value ?? null,
      },
      evidence,
      span: { start, end },
    });
  }
  return out;
}
