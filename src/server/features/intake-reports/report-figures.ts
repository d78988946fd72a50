import type { ProposedFigure } from '../../../shared/api/intake-reports.js';
import { readableLabels } from '../../../shared/intake/extract/indicator-label.js';
import { findIndicators } from '../../../shared/intake/extract/indicators.js';
import { sentencesOf } from '../../../shared/intake/extract/segments.js';
import type { PreparedText } from '../../../shared/intake/source-text/index.js';
import { parseViNumber, searchKey } from '../../../shared/text/index.js';
import type { ReportTable } from './read-tables.js';

/*
 * The figures a report states: in its sentences (intake's figure rules, `findIndicators`, only
 * in the results part: after the limitations and directions headings figures are plans) and in
 * its tables, where the heading row says which column is the indicator, its unit, the plan and
 * what was done. Each keeps where it was read: the sentence, or the table's row and column.
 */

type Draft = Omit<ProposedFigure, 'indicatorCode' | 'indicatorName' | 'score' | 'warning'> & { warning?: string | null };

/** Figures of the sentences before `until` (prepared-text offset), with evidence in SOURCE offsets. */
export function textFigures(prepared: PreparedText, source: string, until: number): Draft[] {
  const text = prepared.text.slice(0, until);
  const sentences = sentencesOf(text);
  const out: Draft[] = [];
  const figures = findIndicators(text, sentences, []);
  // Read beside its number, not in its sentence: "tặng quà cho đối tượng bảo trợ xã hội, hộ nghèo", not "tặng … cho …".
  const labels = readableLabels(figures.map((f) => f.value));
  for (const [i, f] of figures.entries()) {
    const sentence = sentences.find((s) => s.start <= f.span.start && f.span.start < s.end) ?? f.span;
    const start = prepared.toSource(sentence.start);
    const end = prepared.toSource(sentence.end);
    out.push({
      key: `t${out.length + 1}`,
      label: labels[i]!,
      // Money is proposed in đồng, the catalogue's unit: "7,5 tỷ đồng" is 7.500.000.000.
      value: f.value.value_vnd ?? f.value.value,
      unit: f.value.value_vnd != null ? 'đồng' : f.value.unit,
      target: f.value.value_vnd != null && f.value.target !== null ? (f.value.target * f.value.value_vnd) / f.value.value : f.value.target,
      evidence: { kind: 'text', start, end, quote: source.slice(start, end).replace(/\s+/gu, ' ').trim().slice(0, 600) },
      warning: f.value.inconsistency ?? null,
    });
  }
  return out;
}

type Role = 'label' | 'unit' | 'target' | 'actual' | 'skip';

/** What a heading cell says its column holds; comparisons and ratios are read first ("Thực hiện cùng kỳ" is no result). */
export function columnRole(heading: string): Role | null {
  const k = searchKey(heading);
  if (!k) return null;
  // "% kế hoạch", "Tỷ lệ %": a share of the plan, never the value itself.
  if (heading.includes('%')) return 'skip';
  if (/^(stt|tt|so tt|ghi chu|ma so|ma)$/u.test(k) || /cung ky|so sanh|so voi|% ?kh|ty le (?:%|dat|so)|tang giam|\bnam truoc\b/u.test(k)) return 'skip';
  if (/^(dvt|don vi tinh|don vi)$/u.test(k) || k.startsWith('don vi tinh')) return 'unit';
  if (/^(ke hoach|kh|chi tieu giao|chi tieu ke hoach|muc tieu|nhiem vu)\b/u.test(k)) return 'target';
  if (/^(thuc hien|ket qua|th|uoc thuc hien|uoc th|so lieu|so luong|luy ke|uoc)\b/u.test(k)) return 'actual';
  if (/^(chi tieu|noi dung|ten chi tieu|linh vuc|hang muc|danh muc|cac chi tieu)\b/u.test(k)) return 'label';
  return null;
}

const isNumberCell = (c: string) => parseViNumber(c.replace(/[\s\u00a0]/gu, '').replace(/%$/u, '')) !== null;

function headerOf(table: ReportTable): { index: number; roles: (Role | null)[] } | null {
  // A sheet's title rows ("Kết quả thực hiện … 6 tháng đầu năm 2026") sit above the heading: a heading names two columns at least.
  for (let i = 0; i < Math.min(8, table.rows.length); i++) {
    const roles = table.rows[i]!.map(columnRole);
    if (roles.filter((r) => r !== null).length < 2) continue;
    if (roles.includes('actual') || (roles.includes('label') && roles.includes('target'))) return { index: i, roles };
  }
  return null;
}

const unitOfLabel = (label: string) => (/^(tỷ lệ|tỉ lệ)/iu.test(label.trim()) ? '%' : null);

/**
 * Figures of a report's tables. A table whose heading names the columns gives, per row, the
 * label, unit, plan and result; a table without one gives its rows of "label … number" (the first
 * number after the label), so a plain two-column summary is read too.
 */
export function tableFigures(tables: ReportTable[]): Draft[] {
  const out: Draft[] = [];
  tables.forEach((table, t) => {
    const header = headerOf(table);
    const roles = header?.roles ?? [];
    const labelCol = roles.indexOf('label');
    const unitCol = roles.indexOf('unit');
    const targetCol = roles.indexOf('target');
    const actualCol = roles.indexOf('actual');
    table.rows.forEach((cells, r) => {
      if (header && r <= header.index) return;
      const label = (labelCol >= 0 ? cells[labelCol] : cells.find((c, i) => roles[i] !== 'skip' && c && !isNumberCell(c) && !/^[IVX\d.]+$/u.test(c)))?.trim() ?? '';
      if (label.length < 4) return;
      let col = actualCol;
      if (col < 0) col = cells.findIndex((c, i) => i > cells.indexOf(label) && roles[i] !== 'skip' && roles[i] !== 'unit' && roles[i] !== 'target' && isNumberCell(c));
      const raw = col >= 0 ? (cells[col] ?? '').trim() : '';
      if (!raw || !isNumberCell(raw)) return;
      const percent = raw.endsWith('%');
      const value = parseViNumber(raw.replace(/[\s\u00a0]/gu, '').replace(/%$/u, ''))!;
      const unitCell = unitCol >= 0 ? (cells[unitCol] ?? '').trim() : '';
      const target = targetCol >= 0 ? parseViNumber((cells[targetCol] ?? '').replace(/[\s\u00a0]/gu, '').replace(/%$/u, '')) : null;
      const heading = header ? (table.rows[header.index]![col] ?? '') : '';
      out.push({
        key: `b${out.length + 1}`,
        label,
        value,
        unit: unitCell || (percent ? '%' : unitOfLabel(label)),
        target,
        evidence: {
          kind: 'table',
          table: t + 1,
          row: r + 1,
          column: col + 1,
          quote: [label, unitCell && `(${unitCell})`, heading ? `${heading}: ${raw}` : raw].filter(Boolean).join(' ').slice(0, 600),
        },
      });
    });
  });
  return out;
}
