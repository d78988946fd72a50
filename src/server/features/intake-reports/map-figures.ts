import type { ProposedFigure } from '../../../shared/api/intake-reports.js';
import { valueTypeProblem } from '../indicator-transfer/cell-numbers.js';
import type { FormIndicator } from '../indicator-transfer/form-rows.js';
import { prepareCatalogue, suggestIndicator } from '../indicator-transfer/suggest-indicator.js';

/**
 * Proposes, for each figure, the indicator of the report's form it most likely is (the words its
 * label shares with the indicator's name, units agreeing), and says when it should not be
 * pre-ticked: a value the indicator cannot take, or a second figure for an indicator that another
 * figure already fills (a report repeats its table's figures in its text; a table cell wins, then
 * the closer match).
 */
export function mapFigures(figures: ProposedFigure[], indicators: FormIndicator[]): ProposedFigure[] {
  // A name's bracketed gloss ("Tỷ lệ hộ nghèo (chuẩn nghèo đa chiều)") says how it is measured, not what it is:
  // counted as words it would make "tỷ lệ hộ nghèo còn 3,4%" closer to the shorter "Tỷ lệ hộ cận nghèo".
  const catalogue = prepareCatalogue(indicators.map((i) => ({ code: i.code, nameVi: i.nameVi.replace(/\s*\([^)]*\)/gu, ''), unit: i.unit, valueType: i.valueType })));
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  const mapped = figures.map((f) => {
    // The unit's words count as the label's: "15.420 suất quà" is a count of gifts (phần quà), "7.215 lao động" of workers.
    const s = suggestIndicator(f.unit && f.unit !== '%' ? `${f.label} ${f.unit}` : f.label, f.unit, catalogue);
    const indicator = s ? byCode.get(s.indicatorCode)! : null;
    const problem = indicator ? valueTypeProblem(f.value, indicator) : null;
    return {
      ...f,
      indicatorCode: s?.indicatorCode ?? null,
      indicatorName: s?.nameVi ?? null,
      score: s?.score ?? null,
      warning: f.warning ?? (problem ? `${indicator!.code}: ${problem}` : s ? null : 'Chưa khớp được với chỉ tiêu nào của biểu mẫu; hãy chọn chỉ tiêu hoặc bỏ qua.'),
    };
  });
  const rank = (f: ProposedFigure) => (f.evidence.kind === 'table' ? 10 : 0) + (f.score ?? 0) - (f.warning ? 100 : 0);
  const best = new Map<string, ProposedFigure>();
  for (const f of mapped) {
    if (!f.indicatorCode) continue;
    const held = best.get(f.indicatorCode);
    if (!held || rank(f) > rank(held)) best.set(f.indicatorCode, f);
  }
  return mapped.map((f) => {
    const held = f.indicatorCode ? best.get(f.indicatorCode) : undefined;
    if (!held || held === f || f.warning) return f;
    const where = held.evidence.kind === 'table' ? `bảng ${held.evidence.table}, dòng ${held.evidence.row}` : 'một câu khác';
    const same = held.value === f.value ? 'cùng giá trị' : `giá trị khác (${String(held.value).replace('.', ',')})`;
    return { ...f, repeats: true, warning: `Chỉ tiêu này đã có số liệu ở ${where}, ${same}; mỗi chỉ tiêu chỉ lưu một giá trị.` };
  });
}
