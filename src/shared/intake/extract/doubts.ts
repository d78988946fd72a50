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

/**
 * Doubts about one reported figure, read from the figure and the clause it stands in, by sub-field:
 * a reported % that does not match value ÷ target doubts the % (`percent_of_target`), not the value.
 */
export function indicatorDoubts(indicator: ExtractedIndicator, text: string, clause: Range): Record<string, Doubt[]> {
  const out: Doubt[] = [];
  const clauseText = text.slice(clause.start, clause.end);
  if (looksLikeSetting(clauseText)) out.push({ level: 'low', warning: 'Có thể là số liệu bối cảnh (dân số, số xã, tín đồ…), không phải kết quả.' });
  const words = indicator.label.replace(/…/gu, ' ').split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  if (words.length < 2) out.push({ level: 'low', warning: 'Không rõ số liệu này nói về gì; hãy đặt tên chỉ số.' });
  if (indicator.unit === null) out.push({ level: 'low', warning: 'Số liệu không rõ đơn vị: bài không ghi đơn vị sau con số; hãy ghi đơn vị.' });
  if (indicator.unit && GENERIC_UNITS.has(indicator.unit) && words.length < 4) {
    out.push({ level: 'medium', warning: `Số liệu không rõ đơn vị: „${indicator.unit}” không nói rõ đếm gì.` });
  }
  if (!indicator.period) out.push({ level: 'medium', warning: 'Không rõ kỳ báo cáo của số liệu.' });
  if (indicator.target === null && indicator.percent_of_target === null && PLAN_WORDS.test(clauseText)) {
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
