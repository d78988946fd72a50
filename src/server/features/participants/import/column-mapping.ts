import { importFields, type ImportField, type SuggestedMapping } from '../../../../shared/api/participants.js';
import { searchKey } from '../../../../shared/text/index.js';
import type { TableRow } from './read-table.js';

/**
 * Header names people give each field, folded (no diacritics, lower case). Lists come from many
 * offices, each with its own headings: "Họ và tên", "Họ tên đại biểu", "Đơn vị công tác", "SĐT"…
 */
const headerPhrases: Record<ImportField, string[]> = {
  name: ['ho va ten', 'ho ten', 'ten dai bieu', 'ten', 'full name', 'name'],
  agency: ['co quan don vi', 'co quan', 'don vi', 'noi cong tac', 'don vi cong tac', 'agency', 'organisation', 'organization'],
  position: ['chuc vu', 'chuc danh', 'position', 'title'],
  connectionPoint: ['diem cau', 'connection point'],
  contact: ['lien he', 'so dien thoai', 'dien thoai', 'sdt', 'dt', 'email', 'thu dien tu', 'contact', 'phone'],
};

/** Whether `phrase` appears in `key` as whole words. */
const containsWords = (key: string, phrase: string) => ` ${key} `.includes(` ${phrase} `);

/**
 * Proposes a column for each field from the header texts. Every (field, column) pair gets a
 * score, an exact heading beating a heading that merely contains the phrase, and a longer
 * phrase beating a shorter one; pairs are then taken best first, each field and each column
 * used once. So "Tên cơ quan" goes to the agency (two words matched) rather than the name
 * (one word), and "Họ và tên" to the name.
 */
export function suggestMapping(headers: string[]): SuggestedMapping {
  const pairs: Array<{ field: ImportField; column: number; score: number }> = [];
  headers.forEach((header, column) => {
    const key = searchKey(header);
    if (!key) return;
    for (const field of importFields) {
      let best = 0;
      for (const phrase of headerPhrases[field]) {
        const words = phrase.split(' ').length;
        if (key === phrase) best = Math.max(best, 100 + words);
        else if (containsWords(key, phrase)) best = Math.max(best, words);
      }
      if (best > 0) pairs.push({ field, column, score: best });
    }
  });
  pairs.sort((a, b) => b.score - a.score || a.column - b.column);
  const mapping = Object.fromEntries(importFields.map((f) => [f, null])) as SuggestedMapping;
  const usedColumns = new Set<number>();
  for (const { field, column } of pairs) {
    if (mapping[field] !== null || usedColumns.has(column)) continue;
    mapping[field] = column;
    usedColumns.add(column);
  }
  return mapping;
}

const isBlank = (cells: string[]) => cells.every((c) => c.trim() === '');

/** How many non-empty lines from the top the heading is looked for in. */
export const HEADER_SEARCH_ROWS = 10;

/**
 * The heading line: the first of the first ten non-empty lines in which a name column is
 * recognised (lists often start with a title such as "DANH SÁCH ĐẠI BIỂU…"), else simply the
 * first non-empty line.
 */
export function findHeaderRow(rows: TableRow[]): TableRow | undefined {
  const candidates = rows.filter((r) => !isBlank(r.cells)).slice(0, HEADER_SEARCH_ROWS);
  return candidates.find((r) => suggestMapping(r.cells).name !== null) ?? candidates[0];
}

/** The lines after the heading that hold something; blank lines are skipped, not errors. */
export function dataRowsAfter(rows: TableRow[], header: TableRow | undefined): TableRow[] {
  if (!header) return [];
  return rows.filter((r) => r.number > header.number && !isBlank(r.cells));
}
