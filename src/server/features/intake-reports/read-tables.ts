import type ExcelJS from 'exceljs';

/** A table of a document as rows of cell texts (merged cells repeat nothing: they are empty). */
export type ReportTable = { rows: string[][] };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/giu, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e] ?? ''),
  );

/** The text of one cell's XML: its runs joined, its paragraphs separated by a space. */
function cellText(xml: string): string {
  const paragraphs = xml.split(/<\/w:p>/u).map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => decode(m[1]!)).join(''));
  return paragraphs.filter((p) => p.trim()).join(' ').replace(/\s+/gu, ' ').trim();
}

/**
 * The tables of a Word document's `word/document.xml` (already inflated under intake's zip
 * limits), read with plain scanning: a report's tables are rows of cells, and mammoth's raw text
 * loses which number belongs to which column. A table nested in a cell is read as that cell's text.
 */
export function docxTables(documentXml: string): ReportTable[] {
  const tables: ReportTable[] = [];
  let depth = 0;
  let start = -1;
  const tag = /<(\/?)w:tbl>/gu;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(documentXml)) !== null) {
    if (!m[1]) {
      if (depth === 0) start = m.index;
      depth++;
    } else if (depth > 0) {
      depth--;
      if (depth === 0) tables.push(readTable(documentXml.slice(start, m.index)));
    }
  }
  return tables.filter((t) => t.rows.length > 0);
}

function readTable(xml: string): ReportTable {
  const rows: string[][] = [];
  for (const row of xml.split(/<\/w:tr>/u)) {
    const cells = row.split(/<\/w:tc>/u).slice(0, -1).map((c) => cellText(c.slice(c.lastIndexOf('<w:tc>') >= 0 ? c.lastIndexOf('<w:tc>') : 0)));
    if (cells.some((c) => c)) rows.push(cells);
  }
  return { rows };
}

/** Every sheet of a workbook as a table: cells as Excel shows them (numbers kept as numbers' text, vi-VN). */
export function workbookTables(workbook: ExcelJS.Workbook, maxRows = 5000): { tables: ReportTable[]; text: string } {
  const tables: ReportTable[] = [];
  const lines: string[] = [];
  for (const sheet of workbook.worksheets) {
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      if (rows.length >= maxRows) return;
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        cells[column - 1] = cellValueText(cell.value);
      });
      for (let i = 0; i < cells.length; i++) cells[i] ??= '';
      if (cells.some((c) => c)) rows.push(cells);
    });
    if (rows.length) {
      tables.push({ rows });
      lines.push(sheet.name, ...rows.map((r) => r.filter(Boolean).join('\t')), '');
    }
  }
  return { tables, text: lines.join('\n').trim() };
}

/** A cell's value as text; a real number in vi-VN writing so the same reader parses it. */
function cellValueText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value).replace('.', ',') : '';
  if (typeof value === 'string') return value.replace(/\s+/gu, ' ').trim();
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('result' in value && value.result !== undefined) return cellValueText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((r) => r.text).join('').trim();
    if ('text' in value) return String(value.text).trim();
  }
  return String(value);
}
