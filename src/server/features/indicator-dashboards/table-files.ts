import ExcelJS from 'exceljs';
import { formatViDateTime } from '../../../shared/text/index.js';
import { cellBorder, writeHeaderRow } from '../conferences/export/xlsx-style.js';
import type { DashboardTableFile, TableCell } from './table.js';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

/** `#,##0`, `#,##0.0`…: Excel shows them with the reader's separators, 1.234,5 in a Vietnamese Excel. */
const numberFormat = (decimals: number) => (decimals > 0 ? `#,##0.${'0'.repeat(Math.min(decimals, 4))}` : '#,##0');

/**
 * The table as a workbook: the title and the filters on top, an empty line, the bold header row
 * (frozen below it), the rows, then the notes on how the figures roll up.
 */
export async function renderTableXlsx(table: DashboardTableFile, exportedAt: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'rights-desk';
  workbook.title = table.title;
  const top = [table.title, ...table.filters, `Xuất lúc: ${formatViDateTime(exportedAt)}`];
  const headerRow = top.length + 2;
  const sheet = workbook.addWorksheet('Số liệu', {
    views: [{ state: 'frozen', xSplit: 1, ySplit: headerRow, topLeftCell: `B${headerRow + 1}` }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${headerRow}:${headerRow}` },
  });
  sheet.columns = table.columns.map((c) => ({ width: c.width }));
  top.forEach((line, i) => {
    const cell = sheet.getCell(i + 1, 1);
    cell.value = line;
    if (i === 0) cell.font = { bold: true, size: 13 };
  });
  writeHeaderRow(sheet.getRow(headerRow), table.columns.map((c) => c.header), 32);
  for (const values of table.rows) {
    const row = sheet.addRow(values);
    table.columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.border = cellBorder;
      if (c.decimals !== undefined && typeof values[i] === 'number') cell.numFmt = numberFormat(c.decimals);
      if (typeof values[i] === 'string' && c.decimals !== undefined) cell.font = { italic: true, color: { argb: 'FF888888' } };
    });
  }
  sheet.addRow([]);
  for (const note of table.notes) sheet.addRow([note]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const csvField = (v: TableCell): string => {
  if (v === null) return '';
  const s = typeof v === 'number' ? String(v) : v;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * The table as CSV for other systems: UTF-8 with a BOM (so Excel reads the Vietnamese), one
 * header row then the rows, numbers with a dot and no grouping. The filters are in the file name
 * and the workbook, not above the header, so the file loads as it is.
 */
export function renderTableCsv(table: DashboardTableFile): Buffer {
  const lines = [table.columns.map((c) => csvField(c.header)).join(','), ...table.rows.map((r) => r.map(csvField).join(','))];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
