import type { Indicator } from '../../../../../shared/api/indicators';
import { disaggregations } from '../../../../../shared/api/indicators';

/**
 * The entry grid as a spreadsheet: one row per indicator total and per disaggregated part, and
 * the columns a person types into. Pure, so the keyboard and paste rules are tested without a DOM.
 *
 * Column positions are the same on every row (an Excel block lands where it was aimed); a row
 * that has no such cell (a count has no numerator, a ratio's value is computed) skips it. A
 * disaggregated part takes its own target, optional (decision 0011).
 */
export const inputColumns = ['target', 'value', 'numerator', 'denominator', 'comment'] as const;
export type InputColumn = (typeof inputColumns)[number];

export type GridRow = {
  /** `${indicatorCode}|${part}` */
  key: string;
  indicatorCode: string;
  /** '' is the total; 'sex:female'… a part that adds up to it. */
  part: string;
  indicator: Indicator;
  editable: ReadonlySet<InputColumn>;
};
export type GridShape = { columns: readonly InputColumn[]; rows: ReadonlyArray<Pick<GridRow, 'editable'>> };
export type CellPos = { row: number; col: number };

export const rowKey = (indicatorCode: string, part: string) => `${indicatorCode}|${part}`;

/** Which cells of an indicator's row take input: a ratio is computed from its numerator and denominator. */
export function editableColumns(indicator: Pick<Indicator, 'valueType'>): Set<InputColumn> {
  const cells = new Set<InputColumn>(['comment', 'target']);
  if (indicator.valueType !== 'ratio') cells.add('value');
  if (indicator.valueType === 'ratio' || indicator.valueType === 'percent') {
    cells.add('numerator');
    cells.add('denominator');
  }
  return cells;
}

/** The grid's rows in the form's order: each indicator's total, then its parts (nữ, nam; DTTS, Kinh). */
export function buildGridRows(indicators: readonly Indicator[]): GridRow[] {
  return indicators.flatMap((indicator) => {
    const parts = ['', ...indicator.disaggregations.flatMap((d) => disaggregations[d])];
    return parts.map((part) => ({ key: rowKey(indicator.code, part), indicatorCode: indicator.code, part, indicator, editable: editableColumns(indicator) }));
  });
}

/** The columns shown: numerator and denominator only when some indicator of the form has them. */
export function gridColumns(rows: readonly Pick<GridRow, 'editable'>[]): InputColumn[] {
  const used = (c: InputColumn) => rows.some((r) => r.editable.has(c));
  return inputColumns.filter((c) => c === 'comment' || c === 'target' || c === 'value' || used(c));
}

export type Move = 'up' | 'down' | 'left' | 'right' | 'next' | 'prev';

const has = (shape: GridShape, row: number, col: number) => {
  const column = shape.columns[col];
  return column !== undefined && (shape.rows[row]?.editable.has(column) ?? false);
};

/** The editable cell of a row nearest to a column (on a tie, the one to the right: value → numerator). */
function nearestInRow(shape: GridShape, row: number, col: number): number | null {
  for (let d = 0; d < shape.columns.length; d++) {
    if (has(shape, row, col + d)) return col + d;
    if (has(shape, row, col - d)) return col - d;
  }
  return null;
}

/**
 * Where the cursor goes: arrows to the neighbouring cell (up and down keep the column, or the
 * nearest cell of that row when it has none there), Tab and Shift+Tab through every cell in
 * reading order, wrapping to the next row. At the grid's edge it stays put.
 */
export function moveFrom(shape: GridShape, pos: CellPos, move: Move): CellPos {
  const { rows, columns } = shape;
  if (move === 'up' || move === 'down') {
    const step = move === 'down' ? 1 : -1;
    for (let row = pos.row + step; row >= 0 && row < rows.length; row += step) {
      const col = nearestInRow(shape, row, pos.col);
      if (col !== null) return { row, col };
    }
    return pos;
  }
  if (move === 'left' || move === 'right') {
    const step = move === 'right' ? 1 : -1;
    for (let col = pos.col + step; col >= 0 && col < columns.length; col += step) if (has(shape, pos.row, col)) return { row: pos.row, col };
    return pos;
  }
  const step = move === 'next' ? 1 : -1;
  let index = pos.row * columns.length + pos.col + step;
  for (; index >= 0 && index < rows.length * columns.length; index += step) {
    const row = Math.floor(index / columns.length);
    const col = index % columns.length;
    if (has(shape, row, col)) return { row, col };
  }
  return pos;
}

/**
 * Reads what Excel (or LibreOffice, Google Sheets) puts on the clipboard: rows separated by
 * newlines, cells by tabs, a cell holding a tab, newline or quote wrapped in quotes with its
 * quotes doubled. The trailing newline Excel adds is not an extra row.
 */
export function parseClipboardBlock(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const s = text.replace(/\r\n?/g, '\n');
  while (i < s.length) {
    const ch = s[i]!;
    if (ch === '"' && cell === '') {
      // A quoted cell runs to the next quote not doubled.
      let j = i + 1;
      let quoted = '';
      while (j < s.length) {
        if (s[j] === '"' && s[j + 1] === '"') {
          quoted += '"';
          j += 2;
        } else if (s[j] === '"') break;
        else quoted += s[j++];
      }
      if (j < s.length && (j + 1 === s.length || s[j + 1] === '\t' || s[j + 1] === '\n')) {
        cell = quoted;
        i = j + 1;
        continue;
      }
      // Not a properly closed quoted cell: a cell that merely starts with a quote.
    }
    if (ch === '\t') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
    i++;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** A block of more than one cell; a single value is left to the input's own paste. */
export const isBlock = (block: string[][]) => block.length > 1 || (block[0]?.length ?? 0) > 1;

export type PastePlan = {
  cells: Array<CellPos & { text: string }>;
  /** Values aimed at a cell that takes no input (a computed ratio's value, a count's numerator). */
  skipped: number;
  /** Values that fell beyond the grid's last row or column. */
  outside: number;
};

/** Where each value of a pasted block goes, from the focused cell rightwards and downwards. */
export function planPaste(shape: GridShape, from: CellPos, block: string[][]): PastePlan {
  const plan: PastePlan = { cells: [], skipped: 0, outside: 0 };
  block.forEach((values, i) =>
    values.forEach((text, j) => {
      const row = from.row + i;
      const col = from.col + j;
      if (row >= shape.rows.length || col >= shape.columns.length) plan.outside++;
      else if (!has(shape, row, col)) {
        if (text.trim() !== '') plan.skipped++;
      } else plan.cells.push({ row, col, text });
    }),
  );
  return plan;
}
