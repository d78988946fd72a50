import { formatViNumber } from '../../../shared/text/index.js';
import { AppError, type FieldIssue } from '../../errors.js';

/** Problems listed in one answer; the detail says how many there are in all. */
const MAX_LISTED = 1000;

/** Excel's letter for a column number (1 → A, 27 → AA). */
export function columnLetter(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/**
 * The problems of one file, each naming its cell: `path` is `row 12, column E` (the row as Excel
 * or a text editor numbers it, the column's letter), `message` a Vietnamese sentence that starts
 * with the cell and the column's heading.
 */
export class RowErrors {
  readonly list: (FieldIssue & { row: number; col: number })[] = [];
  /** The file names a unit the person may not report for: the answer is 403, with the same list. */
  forbidden = false;
  add(row: number, col: number, heading: string, message: string): void {
    this.list.push({ row, col, path: `row ${row}, column ${columnLetter(col)}`, message: `Dòng ${row}, cột ${columnLetter(col)} (${heading}): ${message}` });
  }
  get size(): number {
    return this.list.length;
  }
  /** Refuses the whole file when anything is wrong: nothing of it is saved. */
  throwIfAny(): void {
    if (this.list.length === 0) return;
    const sorted = [...this.list].sort((a, b) => a.row - b.row || a.col - b.col);
    const rows = new Set(sorted.map((e) => e.row)).size;
    const first = sorted
      .slice(0, 3)
      .map((e) => e.message.replace(/\.$/u, ''))
      .join('; ');
    const listed = sorted.length > MAX_LISTED ? ` Danh sách chỉ nêu ${formatViNumber(MAX_LISTED)} lỗi đầu tiên.` : '';
    throw new AppError(
      this.forbidden ? 'FORBIDDEN' : 'VALIDATION',
      `Tệp có ${formatViNumber(sorted.length)} lỗi ở ${formatViNumber(rows)} dòng nên chưa nhập số liệu nào (${first}${sorted.length > 3 ? '; …' : ''}). Hãy sửa rồi gửi lại cả tệp.${listed}`,
      { errors: sorted.slice(0, MAX_LISTED).map(({ path, message }) => ({ path, message })) },
    );
  }
}
