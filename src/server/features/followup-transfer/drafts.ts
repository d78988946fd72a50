import type { DraftItem, DraftRow } from '../../../shared/api/followup-transfer.js';
import { searchKey } from '../../../shared/text/index.js';
import type { TableRow } from '../participants/import/read-table.js';

/** An item with every field empty, for a source to fill in. */
export function blankItem(overrides: Partial<DraftItem> & Pick<DraftItem, 'kind' | 'text' | 'itemDate'>): DraftItem {
  return {
    nature: null,
    reference: null,
    leadOrganisationId: null,
    cooperatingOrganisationIds: [],
    provinceCode: null,
    dueDate: null,
    visitId: null,
    uprCycle: null,
    uprPosition: null,
    recommendingStates: [],
    treaty: null,
    session: null,
    paragraph: null,
    planNumber: null,
    planDate: null,
    planTitle: null,
    themes: [],
    sdgs: [],
    affectedPersons: [],
    ...overrides,
  };
}

export function draftRow(rowNumber: number, item: DraftItem, errors: DraftRow['errors'] = [], warnings: string[] = []): DraftRow {
  return { rowNumber, item, errors, warnings, duplicate: false, lead: null, cooperating: [], dueText: null };
}

/** Checks every source applies to an item's text. */
export function textIssues(text: string, what: string): DraftRow['errors'] {
  if (!text) return [{ field: 'text', message: `Thiếu nội dung ${what}.` }];
  if (text.length < 3) return [{ field: 'text', message: 'Nội dung cần ít nhất 3 ký tự.' }];
  if (text.length > 8000) return [{ field: 'text', message: 'Nội dung dài quá 8.000 ký tự.' }];
  return [];
}

/** The cell of a mapped column, trimmed and NFC, or '' when the column is not mapped. */
export const cellOf = (row: TableRow, column: number | null) => (column === null ? '' : (row.cells[column] ?? '').normalize('NFC').replace(/\s+/gu, ' ').trim());

/** The cell as written, line breaks kept (lists of themes put one per line). */
export const rawCellOf = (row: TableRow, column: number | null) => (column === null ? '' : (row.cells[column] ?? '').normalize('NFC').trim());

/** How many fields a heading line's cells were recognised as, 0 when not the text column. */
export const recognisedFields = (mapping: Record<string, number | null>) => (mapping.text === null ? 0 : Object.values(mapping).filter((c) => c !== null).length);

/** Text compared for duplicates: folded, so a re-typed accent or a double space is the same text. */
export const sameTextKey = (text: string) => searchKey(text);

const isBlank = (cells: string[]) => cells.every((c) => c.trim() === '');

/**
 * The heading line: among the first ten non-empty lines, the one where `recognised` counts the
 * most known headings (matrices and plans start with a title that may hold "recommendations" or
 * "nhiệm vụ" too), else the first non-empty line.
 */
export function locateHeader(rows: TableRow[], recognised: (cells: string[]) => number): { header: TableRow | undefined; dataRows: TableRow[]; headers: string[] } {
  const candidates = rows.filter((r) => !isBlank(r.cells)).slice(0, 10);
  let header = candidates[0];
  let best = 0;
  for (const r of candidates) {
    const score = recognised(r.cells);
    if (score > best) [header, best] = [r, score];
  }
  const dataRows = header ? rows.filter((r) => r.number > header.number && !isBlank(r.cells)) : [];
  const headers = (header?.cells ?? []).map((h) => h.normalize('NFC').replace(/\s+/gu, ' ').trim());
  const width = dataRows.reduce((w, r) => Math.max(w, r.cells.length), headers.length);
  while (headers.length < width) headers.push('');
  return { header, dataRows, headers };
}
