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

const HEADER = /(?:^|\n)(?:STT|TT)?[^\n]*Chỉ tiêu[^\n]*(?:\n[^\n]+){0,4}/u;
const NUMERIC_HEADINGS: [RegExp, string][] = [
  [/Kế hoạch|\bKH\b|Chỉ tiêu giao/u, 'Kế hoạch'],
  [/Thực hiện|Kết quả|Ước thực hiện/u, 'Thực hiện'],
  [/So với|Cùng kỳ|Tỷ lệ %|% KH/u, 'So sánh (%)'],
];

/**
 * The results tables of a PDF's text layer. A PDF keeps no table structure: a row comes as a
 * block ("1 Số người được\ntuyển sinh, đào tạo\nnghề\nngười 20.000 21.350") under a heading
 * block naming the columns. The heading says in which order the numbers stand (plan, result,
 * comparison); each block numbered like a row becomes label, unit and those numbers.
 */
export function pdfTextTables(text: string): ReportTable[] {
  const tables: ReportTable[] = [];
  const blocks = text.split(/\n\s*\n/u);
  let headings: string[] | null = null;
  let rows: string[][] = [];
  const flush = () => {
    if (headings && rows.length) tables.push({ rows: [['Chỉ tiêu', 'Đơn vị tính', ...headings], ...rows] });
    headings = null;
    rows = [];
  };
  for (const block of blocks) {
    const lines = block.split('\n').map((l) => l.trim()).filter(Boolean);
    if (!lines.length) continue;
    // A heading block may end with the first row in the same paragraph: split them where a row number starts.
    const headerAt = HEADER.exec(block);
    if (headerAt && /Thực hiện|Kết quả/u.test(block)) {
      flush();
      const rowStart = lines.findIndex((l, i) => i > 0 && /^\d{1,3}\s+\p{L}/u.test(l));
      const headText = (rowStart > 0 ? lines.slice(0, rowStart) : lines).join(' ');
      headings = NUMERIC_HEADINGS.map(([re, name]) => ({ at: headText.search(re), name })).filter((h) => h.at >= 0).sort((a, b) => a.at - b.at).map((h) => h.name);
      if (rowStart > 0) addRow(lines.slice(rowStart));
      continue;
    }
    if (!headings) continue;
    if (!addRow(lines)) flush();
  }
  flush();
  return tables;

  function addRow(lines: string[]): boolean {
    const first = /^(\d{1,3})\s+(.*)$/u.exec(lines[0]!);
    const last = /^(?<unit>\D*?)\s*(?<nums>(?:-?\d[\d.,]*%?\s*)+)$/u.exec(lines[lines.length - 1]!);
    if (!first || !last) return false;
    const labelLines = lines.length === 1 ? [first[2]!.replace(last[0], '')] : [first[2]!, ...lines.slice(1, -1)];
    const numbers = last.groups!.nums!.trim().split(/\s+/u);
    const label = labelLines.join(' ').replace(/\s+/gu, ' ').trim();
    if (label.length < 4) return false;
    // Fewer numbers than columns: the empty cells are the first ones (a plan not set).
    const cells = [...Array(Math.max(0, headings!.length - numbers.length)).fill(''), ...numbers];
    rows.push([label, last.groups!.unit!.trim(), ...cells]);
    return true;
  }
}
