import type { Indicator } from '../api/indicators.js';
import { disaggregations, type Disaggregation } from '../api/indicators.js';
import type { ValidationIssue } from '../api/indicator-reports.js';
import { formatViNumber } from '../text/format.js';
import { roundTo } from './figures.js';

/*
 * The checks of a report's values, shared by the server (which decides) and the entry grid
 * (which shows the same issues while the person types). Pure: everything it needs is passed in.
 *
 * Errors block submission; a warning needs a comment on that value before the report can be
 * submitted (issuesBlockingSubmit). Choices made here:
 * - More decimals than the indicator has is an ERROR, not a silent rounding: a reported figure
 *   must never change without the reporter seeing it. (A ratio's value that the server computes
 *   from its numerator and denominator is rounded, since nobody typed it.)
 * - A reported percentage that does not match its own numerator and denominator is a WARNING:
 *   the figure is often the one a published report states ("651/547, đạt 119,02%") and the
 *   reporter may have to keep it as published; the comment explains it to the approver, who
 *   sees the discrepancy. It is flagged when the reported value differs from the recomputed one,
 *   rounded to the indicator's decimals, by 0,01 point or more.
 * - Parts of a disaggregation must add up to the total exactly for counts (to the indicator's
 *   last decimal for money and plain numbers; numerators and denominators for ratios).
 *   Percentages by part are rates, which do not add up, so they are not summed.
 * - A part may have its own target (chỉ tiêu giao cho nữ, cho người dân tộc thiểu số), optional
 *   and checked like its value (range, decimals). Targets of counts, money and plain numbers add
 *   up to the total's target by the same rule as the values; a ratio's or a percentage's target
 *   is a rate, so it is not summed.
 * - An outlier is a value more than 3× or less than a third of the median of the unit's last
 *   four values of the same indicator and frequency (at least two of them): a warning.
 */

export type ValidationIndicator = Pick<Indicator, 'code' | 'nameVi' | 'valueType' | 'decimals' | 'maxValue' | 'ratioScale' | 'disaggregations'> & {
  /** The form requires a value. */
  required: boolean;
};

export type ValidationCell = {
  indicatorCode: string;
  part: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  target: number | null;
  comment: string | null;
};

export type ValidationRule = { leftCode: string; operator: '<=' | '<' | '=' | '>=' | '>'; rightCode: string; factor: number; severity: 'error' | 'warning'; message: string };

export type ValidationInput = {
  indicators: readonly ValidationIndicator[];
  values: readonly ValidationCell[];
  rules?: readonly ValidationRule[];
  /** Per indicator code, the unit's totals of earlier periods of the same frequency, most recent first. */
  history?: Readonly<Record<string, readonly number[]>>;
};

type Field = ValidationIssue['field'];
const num = (n: number, decimals = 4) => formatViNumber(n, { maximumFractionDigits: decimals });
/** Floating-point noise far below any reported precision (1e-9 relative). */
const close = (a: number, b: number, tolerance = 0) => Math.abs(a - b) <= tolerance + 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

const partLabels: Record<string, string> = {
  '': 'tổng số',
  'sex:female': 'nữ',
  'sex:male': 'nam',
  'ethnicity:minority': 'dân tộc thiểu số',
  'ethnicity:kinh': 'dân tộc Kinh',
};
export const partLabel = (part: string) => partLabels[part] ?? part;
const fieldLabels: Record<Field, string> = { value: 'Giá trị', numerator: 'Tử số', denominator: 'Mẫu số', target: 'Chỉ tiêu', comment: 'Ghi chú' };

/** Upper bound of a value: maxValue, or 100 for a percentage and a ratio scaled to 100. */
export function upperBound(ind: Pick<ValidationIndicator, 'valueType' | 'maxValue' | 'ratioScale'>): number | null {
  if (ind.maxValue !== null) return ind.maxValue;
  if (ind.valueType === 'percent') return 100;
  if (ind.valueType === 'ratio' && ind.ratioScale === 100) return 100;
  return null;
}

/** True when a ratio may exceed its scale (numerator above denominator), as "% of plan" does. */
const mayExceedScale = (ind: ValidationIndicator) => ind.maxValue !== null && ind.maxValue > ind.ratioScale;

function issue(ind: ValidationIndicator | null, part: string, field: Field, severity: ValidationIssue['severity'], code: string, text: string): ValidationIssue {
  const where = ind ? `${ind.nameVi}${part ? ` (${partLabel(part)})` : ''} — ${fieldLabels[field].toLowerCase()}: ` : '';
  return { indicatorCode: ind?.code ?? null, part, field, severity, code, message: `${where}${text}` };
}

function checkField(ind: ValidationIndicator, cell: ValidationCell, field: 'value' | 'numerator' | 'denominator' | 'target'): ValidationIssue[] {
  const v = cell[field];
  if (v === null) return [];
  const out = (code: string, text: string) => [issue(ind, cell.part, field, 'error', code, text)];
  const isPart = field === 'numerator' || field === 'denominator';
  if (isPart || ind.valueType === 'count') {
    if (v < 0) return out('range', `phải là số không âm, không phải ${num(v)}.`);
    if (ind.valueType === 'count' && !Number.isInteger(v)) return out('integer', `phải là số nguyên, không phải ${num(v)}.`);
    return [];
  }
  if ((ind.valueType === 'money' || ind.valueType === 'percent' || ind.valueType === 'ratio') && v < 0) return out('range', `phải là số không âm, không phải ${num(v)}.`);
  const max = upperBound(ind);
  if (max !== null && v > max + 1e-9) {
    return out('range', ind.maxValue === null ? `tỷ lệ phần trăm phải từ 0 đến 100, không phải ${num(v)}.` : `không được vượt quá ${num(max)}, không phải ${num(v)}.`);
  }
  if (!close(roundTo(v, ind.decimals), v)) {
    return out('decimals', ind.decimals === 0 ? `chỉ tiêu này ghi số nguyên, không phải ${num(v)}.` : `chỉ ghi tối đa ${ind.decimals} chữ số thập phân (${num(v)}).`);
  }
  return [];
}

const hasTotal = (ind: ValidationIndicator, cell: ValidationCell | undefined) =>
  cell !== undefined && (cell.value !== null || (ind.valueType === 'ratio' && cell.numerator !== null && cell.denominator !== null));

function checkCell(ind: ValidationIndicator, cell: ValidationCell): ValidationIssue[] {
  const issues = (['value', 'numerator', 'denominator', 'target'] as const).flatMap((f) => checkField(ind, cell, f));
  const { numerator: n, denominator: d } = cell;
  if (n !== null && d !== null) {
    if (d === 0 && n > 0) issues.push(issue(ind, cell.part, 'denominator', 'error', 'denominator_zero', 'mẫu số bằng 0 trong khi tử số khác 0.'));
    else if (n > d && !mayExceedScale(ind)) {
      issues.push(issue(ind, cell.part, 'numerator', 'error', 'numerator_gt_denominator', `tử số (${num(n)}) lớn hơn mẫu số (${num(d)}).`));
    } else if (cell.value !== null && d > 0) {
      const exact = (n / d) * ind.ratioScale;
      const expected = roundTo(exact, ind.decimals);
      if (Math.abs(cell.value - expected) >= 0.01 - 1e-9) {
        issues.push(
          issue(ind, cell.part, 'value', 'warning', 'recomputed', `ghi ${num(cell.value)} nhưng ${num(n)}/${num(d)} = ${num(expected, Math.max(ind.decimals, 2))}; kiểm tra lại số liệu hoặc ghi chú giải thích.`),
        );
      }
    }
  }
  if (cell.target !== null && cell.value === null && !(n !== null && d !== null)) {
    issues.push(issue(ind, cell.part, 'value', 'warning', 'target_without_value', `có chỉ tiêu ${num(cell.target)} nhưng chưa có kết quả thực hiện.`));
  }
  return issues;
}

/** The parts of a disaggregation add up to the total (see the choices above). */
function checkParts(ind: ValidationIndicator, cells: Map<string, ValidationCell>): ValidationIssue[] {
  if (ind.valueType === 'percent') return [];
  const total = cells.get('');
  if (!total) return [];
  const fields: Array<'value' | 'numerator' | 'denominator' | 'target'> = ind.valueType === 'ratio' ? ['numerator', 'denominator'] : ['value', 'target'];
  const tolerance = ind.valueType === 'count' || ind.valueType === 'ratio' ? 0 : 10 ** -ind.decimals / 2;
  const issues: ValidationIssue[] = [];
  for (const key of ind.disaggregations as Disaggregation[]) {
    const parts = disaggregations[key] ?? [];
    for (const field of fields) {
      const totalValue = total[field];
      const given = parts.map((p) => cells.get(p)?.[field] ?? null);
      const known = given.filter((v): v is number => v !== null);
      if (totalValue === null || !known.length) continue;
      const sum = known.reduce((a, b) => a + b, 0);
      const label = parts.map(partLabel).join(' + ');
      const what = field === 'value' ? '' : ` (${fieldLabels[field].toLowerCase()})`;
      // A target's sum is compared with the total's target, and its issue sits on that cell.
      const totalName = field === 'target' ? 'chỉ tiêu của tổng số' : 'tổng số';
      if (known.length === parts.length && !close(sum, totalValue, tolerance)) {
        issues.push(issue(ind, '', field, 'error', 'parts_sum', `${label} = ${num(sum)}${what}, khác ${totalName} ${num(totalValue)}.`));
      } else if (known.length < parts.length && sum > totalValue + tolerance + 1e-9) {
        issues.push(issue(ind, '', field, 'error', 'parts_sum', `các phần đã ghi (${label}) cộng lại ${num(sum)}${what}, vượt ${totalName} ${num(totalValue)}.`));
      }
    }
  }
  return issues;
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The value against the unit's own history: more than 3× or under a third of the median of its last four values. */
export function outlierIssue(ind: ValidationIndicator, value: number, history: readonly number[]): ValidationIssue | null {
  const recent = history.slice(0, 4);
  if (recent.length < 2) return null;
  const m = median(recent);
  if (m <= 0) return null;
  if (value > 3 * m || value < m / 3) {
    return issue(ind, '', 'value', 'warning', 'outlier', `${num(value)} khác thường so với các kỳ trước (trung vị ${recent.length} kỳ gần nhất: ${num(m, 2)}); kiểm tra lại hoặc ghi chú giải thích.`);
  }
  return null;
}

const compare: Record<ValidationRule['operator'], (a: number, b: number) => boolean> = {
  '<=': (a, b) => a <= b + 1e-9,
  '<': (a, b) => a < b,
  '=': (a, b) => close(a, b),
  '>=': (a, b) => a >= b - 1e-9,
  '>': (a, b) => a > b,
};

/** A total's value, or for a ratio its value computed from the numerator and denominator. */
export function totalValue(ind: Pick<ValidationIndicator, 'ratioScale'>, cell: ValidationCell | undefined): number | null {
  if (!cell) return null;
  if (cell.value !== null) return cell.value;
  if (cell.numerator !== null && cell.denominator !== null && cell.denominator !== 0) return (cell.numerator / cell.denominator) * ind.ratioScale;
  return null;
}

/** Every issue of a report's values; an empty list means it may be submitted. */
export function validateReport(input: ValidationInput): ValidationIssue[] {
  const byCode = new Map(input.indicators.map((i) => [i.code, i]));
  const cellsOf = new Map<string, Map<string, ValidationCell>>();
  for (const cell of input.values) {
    if (!cellsOf.has(cell.indicatorCode)) cellsOf.set(cell.indicatorCode, new Map());
    cellsOf.get(cell.indicatorCode)!.set(cell.part, cell);
  }
  const issues: ValidationIssue[] = [];
  for (const ind of input.indicators) {
    const cells = cellsOf.get(ind.code) ?? new Map<string, ValidationCell>();
    const total = cells.get('');
    if (ind.required && !hasTotal(ind, total)) issues.push(issue(ind, '', 'value', 'error', 'required', 'biểu mẫu yêu cầu chỉ tiêu này; chưa có số liệu.'));
    for (const cell of cells.values()) issues.push(...checkCell(ind, cell));
    issues.push(...checkParts(ind, cells));
    const value = totalValue(ind, total);
    const history = input.history?.[ind.code];
    if (value !== null && history) {
      const outlier = outlierIssue(ind, value, history);
      if (outlier) issues.push(outlier);
    }
  }
  for (const rule of input.rules ?? []) {
    const left = byCode.get(rule.leftCode);
    const right = byCode.get(rule.rightCode);
    if (!left || !right) continue;
    const a = totalValue(left, cellsOf.get(left.code)?.get(''));
    const b = totalValue(right, cellsOf.get(right.code)?.get(''));
    if (a === null || b === null) continue;
    const bound = b * rule.factor;
    if (!compare[rule.operator](a, bound)) {
      const factor = rule.factor === 1 ? '' : ` × ${num(rule.factor)}`;
      issues.push({
        indicatorCode: left.code,
        part: '',
        field: 'value',
        severity: rule.severity,
        code: 'rule',
        message: `${rule.message} (${left.nameVi}: ${num(a)}; cần ${rule.operator} ${right.nameVi}${factor} = ${num(bound)}).`,
      });
    }
  }
  return issues;
}

/** The path of an issue in a submission's error list: `values.<code>.<part>.<field>` (the total's part is ''). */
export const issuePath = (i: Pick<ValidationIssue, 'indicatorCode' | 'part' | 'field'>) => `values.${i.indicatorCode ?? ''}.${i.part}.${i.field}`;

const issueFields: readonly string[] = ['value', 'numerator', 'denominator', 'target', 'comment'];

/**
 * Reads an issue path back into its cell, or null when it is not one. Read from the right: an
 * indicator code may hold dots (`T.JOBS`), a part and a field never do.
 */
export function parseIssuePath(path: string): Pick<ValidationIssue, 'indicatorCode' | 'part' | 'field'> | null {
  const segments = path.split('.');
  if (segments.length < 4 || segments[0] !== 'values') return null;
  const field = segments.at(-1)!;
  const part = segments.at(-2)!;
  const code = segments.slice(1, -2).join('.');
  if (!issueFields.includes(field) || !(part === '' || part in partLabels)) return null;
  return { indicatorCode: code || null, part, field: field as Field };
}

/**
 * What stops a submission: every error, and every warning whose value has no comment yet
 * (returned as an error on the comment, saying what to explain).
 */
export function issuesBlockingSubmit(issues: readonly ValidationIssue[], values: readonly ValidationCell[]): ValidationIssue[] {
  const commented = new Set(values.filter((v) => v.comment && v.comment.trim()).map((v) => `${v.indicatorCode}|${v.part}`));
  return issues.flatMap((i): ValidationIssue[] => {
    if (i.severity === 'error') return [i];
    if (commented.has(`${i.indicatorCode}|${i.part}`)) return [];
    return [{ ...i, field: 'comment', severity: 'error', code: 'comment_required', message: `Cần ghi chú giải thích: ${i.message}` }];
  });
}
