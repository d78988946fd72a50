import type { DraftRow, UprMapping } from '../../../shared/api/followup-transfer.js';
import type { TableRow } from '../participants/import/read-table.js';
import { readTable } from './read-upload.js';
import { blankItem, cellOf, rawCellOf, draftRow, locateHeader, recognisedFields, textIssues } from './drafts.js';
import { readPosition, readSdgs, readThemes, romanCycle, splitList, suggestColumns, uprHeaderPhrases } from './lexicon.js';
import { readStateList, takeTrailingStates } from './states.js';

/*
 * The UN's "UPR matrix of recommendations" read into draft items: one row per recommendation,
 * the position (Supported / Noted, "Chấp thuận" / "Ghi nhận"), OHCHR's themes mapped to
 * rights-desk's, SDGs, affected persons, and the recommending State(s), in their own column or in
 * parentheses at the end of the text. Pure: the service adds rights and duplicates.
 */

export type UprOptions = { uprCycle: number; itemDate: string; provinceCode: string | null };

export const suggestUprMapping = (headers: string[]): UprMapping => suggestColumns(headers, uprHeaderPhrases);

export function locateUprHeader(rows: TableRow[]) {
  return locateHeader(rows, (cells) => recognisedFields(suggestUprMapping(cells)));
}

/** "45.12 Continue …" / "45.12. Continue …": a paragraph number leading the text. */
const LEADING_PARAGRAPH = /^(\d{1,3}(?:\.\d{1,3}){1,2})\.?\s+(?=\S)/u;

export function parseUprRow(row: TableRow, mapping: UprMapping, options: UprOptions): DraftRow {
  const errors: DraftRow['errors'] = [];
  const warnings: string[] = [];
  let text = cellOf(row, mapping.text);
  let paragraph = cellOf(row, mapping.paragraph).replace(/\.$/u, '') || null;
  const leading = LEADING_PARAGRAPH.exec(text);
  if (leading) {
    paragraph ??= leading[1]!;
    text = text.slice(leading[0].length);
  }
  const trailing = takeTrailingStates(text);
  text = trailing.text;
  let states = trailing.states;
  let unknownStates = trailing.unknown;
  const statesCell = cellOf(row, mapping.states);
  if (statesCell) {
    const read = readStateList(statesCell);
    states = [...new Set([...read.states, ...states])];
    unknownStates = [...new Set([...read.unknown, ...unknownStates])];
  }
  if (unknownStates.length) warnings.push(`Không có trong danh mục quốc gia: ${unknownStates.join(', ')} (giữ nguyên như trong tệp).`);
  errors.push(...textIssues(text, 'khuyến nghị'));
  if (paragraph && paragraph.length > 50) errors.push({ field: 'paragraph', message: 'Số hiệu khuyến nghị dài quá 50 ký tự.' });

  let uprPosition: 'accepted' | 'noted' | null = null;
  if (mapping.position !== null) {
    const cell = cellOf(row, mapping.position);
    const position = readPosition(cell);
    if (position === null) errors.push({ field: 'uprPosition', message: 'Thiếu lập trường (Supported/Chấp thuận hoặc Noted/Ghi nhận).' });
    else if (position === 'unknown') errors.push({ field: 'uprPosition', message: `Không nhận ra lập trường “${cell.slice(0, 60)}”: chỉ nhận Supported/Chấp thuận hoặc Noted/Ghi nhận.` });
    else uprPosition = position;
  }
  const themes = readThemes(rawCellOf(row, mapping.themes));
  if (themes.unmapped.length) warnings.push(`Chủ đề chưa có trong danh mục, không lưu: ${themes.unmapped.join('; ')}.`);
  const sdgs = readSdgs(cellOf(row, mapping.sdgs));
  for (const bad of sdgs.bad) errors.push({ field: 'sdgs', message: `Không đọc được mục tiêu SDG “${bad.slice(0, 40)}” (dạng SDG 5 hoặc 1.2, từ 1 đến 17).` });
  const affected = splitList(rawCellOf(row, mapping.affectedPersons)).map((s) => s.slice(0, 200)).slice(0, 30);
  if (states.length > 200) errors.push({ field: 'recommendingStates', message: 'Quá 200 quốc gia khuyến nghị.' });

  const item = blankItem({
    kind: 'upr',
    text,
    itemDate: options.itemDate,
    provinceCode: options.provinceCode,
    uprCycle: options.uprCycle,
    uprPosition,
    paragraph,
    reference: paragraph ? `UPR ${romanCycle(options.uprCycle)} ${paragraph}` : `UPR ${romanCycle(options.uprCycle)}`,
    recommendingStates: states.map((s) => s.slice(0, 100)),
    themes: themes.themes,
    sdgs: sdgs.sdgs,
    affectedPersons: affected,
  });
  return draftRow(row.number, item, errors, warnings);
}

export function parseUprRows(rows: TableRow[], mapping: UprMapping, options: UprOptions): DraftRow[] {
  return rows.map((row) => parseUprRow(row, mapping, options));
}

/**
 * Reads a UPR matrix file (.xlsx or .csv, by its name) into draft rows and the items ready to
 * save: for seed-demo and scripts, without a request. Rows with errors or duplicates of each
 * other are left out of `items`; the caller writes them with `insertFollowupItems` after its own
 * rights checks (seed-demo marks them `sample: true`).
 */
export async function parseUprMatrix(bytes: Uint8Array, fileName: string, options: UprOptions): Promise<{ rows: DraftRow[]; items: DraftRow['item'][] }> {
  const kind = /\.csv$/iu.test(fileName) ? 'csv' : 'xlsx';
  const table = await readTable({ bytes: Buffer.from(bytes), kind, fileName });
  const { dataRows, headers } = locateUprHeader(table.rows);
  const mapping = suggestUprMapping(headers);
  if (mapping.text === null) throw new Error(`${fileName}: no recommendation column`);
  const rows = parseUprRows(dataRows, mapping, options);
  const seen = new Set<string>();
  const items = rows
    .filter((r) => !r.errors.length)
    .map((r) => r.item)
    .filter((item) => {
      const key = `${item.paragraph}|${item.text}`;
      return !seen.has(key) && Boolean(seen.add(key));
    });
  return { rows, items };
}
