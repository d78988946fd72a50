import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { formatLabels, levelLabels, qualifierWords, statusLabels, themeLabel } from './labels.js';
import type { ExportRow } from './queries.js';
import { cellBorder, headerFill, writeHeaderRow } from './xlsx-style.js';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const LIST_SHEET = 'Hội nghị tập huấn';
export const SUMMARY_SHEET = 'Tổng hợp';

const columns = [
  { header: 'STT', width: 6 },
  { header: 'Ngày', width: 12 },
  { header: 'Tên hội nghị', width: 55 },
  { header: 'Tỉnh', width: 16 },
  { header: 'Tỉnh cũ', width: 14 },
  { header: 'Cấp', width: 11 },
  { header: 'Hình thức', width: 25 },
  { header: 'Trạng thái', width: 15 },
  { header: 'Số đại biểu', width: 12 },
  { header: 'Ghi chú số liệu', width: 12 },
  { header: 'Số điểm cầu', width: 10 },
  { header: 'Chủ đề', width: 36 },
  { header: 'Đơn vị tổ chức', width: 36 },
] as const;
export const LIST_HEADERS = columns.map((c) => c.header);
/** Row of the header; the title and the filters line are above it. */
const HEADER_ROW = 3;

/**
 * Excel shows `#,##0` with the reader's own separators, so a Vietnamese Excel shows 3.100;
 * the value stays a number that sums and sorts.
 */
const NUMBER_FORMAT = '#,##0';
const DATE_FORMAT = 'dd/mm/yyyy';

/** A calendar date as an Excel date: midnight UTC, which exceljs writes as the plain day serial. */
const excelDate = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);
/**
 * Lines a text takes when wrapped in a column `width` characters wide (word by word). Rows get
 * an explicit height from this, because neither Excel nor LibreOffice reliably grows a row to
 * its wrapped text when opening a generated file.
 */
export function wrappedLines(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * 1.2));
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (used === 0) used = word.length;
    else if (used + 1 + word.length <= perLine) used += 1 + word.length;
    else {
      lines += 1;
      used = word.length;
    }
    // A word longer than a line is broken across lines.
    while (used > perLine) {
      lines += 1;
      used -= perLine;
    }
  }
  return lines;
}
const LINE_HEIGHT_PT = 15;
const WRAPPED_COLUMNS = [3, 7, 12, 13]; // Tên hội nghị, Hình thức, Chủ đề, Đơn vị tổ chức

const label = <K extends string>(labels: Record<K, string>, key: string | null) => (key === null ? '' : (labels[key as K] ?? key));

/** `participants` sums the known figures; null while none of the province's conferences has one (unknown is not 0). */
type ProvinceTotal = { name: string; conferences: number; participants: number | null; connectionPoints: number };

export type ListWorkbookInput = {
  /** The first row: what the file is. */
  title: string;
  /** The second row: the filters applied, the export time and the count. */
  filtersLine: string;
  total: number;
  /** Yields the rows batch by batch, in list order. */
  batches: AsyncIterable<ExportRow[]>;
};

function writeHeader(sheet: ExcelJS.Worksheet, input: ListWorkbookInput) {
  sheet.columns = columns.map((c) => ({ width: c.width }));
  const last = columns.length;
  const title = sheet.getRow(1);
  title.getCell(1).value = input.title;
  title.getCell(1).font = { bold: true, size: 14 };
  title.height = 24;
  sheet.mergeCells(1, 1, 1, last);
  title.commit();
  const filters = sheet.getRow(2);
  filters.getCell(1).value = input.filtersLine;
  filters.getCell(1).font = { italic: true };
  filters.getCell(1).alignment = { wrapText: true, vertical: 'top' };
  filters.height = Math.max(2, wrappedLines(input.filtersLine, columns.reduce((a, c) => a + c.width, 0))) * LINE_HEIGHT_PT;
  sheet.mergeCells(2, 1, 2, last);
  filters.commit();
  const header = sheet.getRow(HEADER_ROW);
  writeHeaderRow(header, columns.map((c) => c.header), 30);
  header.commit();
}

function writeListRow(sheet: ExcelJS.Worksheet, rowNumber: number, index: number, r: ExportRow) {
  const row = sheet.getRow(rowNumber);
  row.values = [
    index,
    excelDate(r.date),
    r.title,
    r.provinceName ?? 'Trung ương',
    r.legacyProvinceName ?? '',
    label(levelLabels, r.level),
    label(formatLabels, r.format),
    label(statusLabels, r.status),
    // Unknown stays an empty cell (with the number format), never 0.
    r.participants ?? null,
    r.participants === null ? '' : label(qualifierWords, r.qualifier),
    r.connectionPoints,
    r.themes.map(themeLabel).join('; '),
    r.organisers.join('; '),
  ];
  row.eachCell({ includeEmpty: true }, (cell, col) => {
    cell.border = cellBorder;
    cell.alignment = { vertical: 'top', wrapText: WRAPPED_COLUMNS.includes(col) };
  });
  const lines = Math.max(...WRAPPED_COLUMNS.map((col) => wrappedLines(String(row.getCell(col).value ?? ''), columns[col - 1]!.width)));
  if (lines > 1) row.height = lines * LINE_HEIGHT_PT;
  row.getCell(1).alignment = { vertical: 'top', horizontal: 'center' };
  row.getCell(2).numFmt = DATE_FORMAT;
  row.getCell(9).numFmt = NUMBER_FORMAT;
  row.getCell(11).numFmt = NUMBER_FORMAT;
  row.commit();
}

function writeSummary(sheet: ExcelJS.Worksheet, totals: ProvinceTotal[], filtersLine: string) {
  const widths = [6, 28, 14, 16, 14];
  sheet.columns = widths.map((width) => ({ width }));
  const title = sheet.getRow(1);
  title.getCell(1).value = 'Tổng hợp hội nghị tập huấn theo tỉnh, thành phố';
  title.getCell(1).font = { bold: true, size: 14 };
  sheet.mergeCells(1, 1, 1, 5);
  title.commit();
  const filters = sheet.getRow(2);
  filters.getCell(1).value = filtersLine;
  filters.getCell(1).font = { italic: true };
  filters.getCell(1).alignment = { wrapText: true, vertical: 'top' };
  filters.height = Math.max(2, wrappedLines(filtersLine, widths.reduce((a, b) => a + b, 0))) * LINE_HEIGHT_PT;
  sheet.mergeCells(2, 1, 2, 5);
  filters.commit();
  const header = sheet.getRow(3);
  ['STT', 'Tỉnh, thành phố', 'Số hội nghị', 'Tổng đại biểu', 'Số điểm cầu'].forEach((h, i) => {
    const cell = header.getCell(i + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.fill = headerFill;
    cell.border = cellBorder;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  header.commit();
  totals.forEach((t, i) => {
    const row = sheet.getRow(4 + i);
    row.values = [i + 1, t.name, t.conferences, t.participants, t.connectionPoints];
    // includeEmpty: an unknown participants figure is an empty cell that keeps its number format.
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cell.border = cellBorder;
      if (col >= 3) cell.numFmt = NUMBER_FORMAT;
    });
    row.getCell(1).alignment = { horizontal: 'center' };
    row.commit();
  });
  // The total is a formula with its value cached, so it is right before and after a recalculation.
  const first = 4;
  const lastData = 3 + totals.length;
  const sum = (col: string, key: keyof Omit<ProvinceTotal, 'name'>) => ({
    formula: totals.length ? `SUM(${col}${first}:${col}${lastData})` : '0',
    result: totals.reduce((a, t) => a + (t[key] ?? 0), 0),
  });
  // No province with a known figure: the total is unknown too, an empty cell rather than SUM() = 0.
  const participantsKnown = totals.some((t) => t.participants !== null);
  const total = sheet.getRow(lastData + 1);
  total.values = ['', 'Tổng cộng', sum('C', 'conferences'), participantsKnown ? sum('D', 'participants') : null, sum('E', 'connectionPoints')];
  total.eachCell({ includeEmpty: true }, (cell, col) => {
    cell.border = cellBorder;
    cell.font = { bold: true };
    if (col >= 3) cell.numFmt = NUMBER_FORMAT;
  });
  total.commit();
  const note = sheet.getRow(lastData + 3);
  note.getCell(1).value =
    'Ghi chú: tổng đại biểu cộng các số liệu đã ghi nhận, kể cả số ước lượng (“khoảng”, “hơn”). Ô trống: chưa ghi số đại biểu (không phải 0); hội nghị chưa ghi không được cộng.';
  note.getCell(1).font = { italic: true, size: 10 };
  note.getCell(1).alignment = { wrapText: true, vertical: 'top' };
  note.height = 42;
  sheet.mergeCells(lastData + 3, 1, lastData + 3, 5);
  note.commit();
}

const provinceOrder = (a: ProvinceTotal & { key: string }, b: ProvinceTotal & { key: string }) =>
  a.key === '' ? -1 : b.key === '' ? 1 : a.name.localeCompare(b.name, 'vi');

/**
 * Streams the workbook into `out` (a zip written as it goes), one committed row at a time, so
 * memory holds one batch of rows rather than the whole list; the per-province totals of the
 * second sheet are summed while the rows pass. The caller has already checked the row count.
 */
export async function writeListWorkbook(out: Writable, input: ListWorkbookInput): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'rights-desk';
  workbook.title = input.title;
  const sheet = workbook.addWorksheet(LIST_SHEET, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW, topLeftCell: `A${HEADER_ROW + 1}`, activeCell: `A${HEADER_ROW + 1}` }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}` },
  });
  sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW + Math.max(input.total, 1), column: columns.length } };
  writeHeader(sheet, input);

  const totals = new Map<string, ProvinceTotal & { key: string }>();
  let index = 0;
  for await (const batch of input.batches) {
    for (const r of batch) {
      index += 1;
      writeListRow(sheet, HEADER_ROW + index, index, r);
      const key = r.provinceCode ?? '';
      const t = totals.get(key) ?? { key, name: r.provinceName ?? 'Trung ương (toàn quốc)', conferences: 0, participants: null, connectionPoints: 0 };
      t.conferences += 1;
      if (r.participants !== null) t.participants = (t.participants ?? 0) + r.participants;
      t.connectionPoints += r.connectionPoints;
      totals.set(key, t);
    }
  }
  sheet.commit();

  const summary = workbook.addWorksheet(SUMMARY_SHEET, {
    views: [{ state: 'frozen', ySplit: 3, xSplit: 0 }],
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  writeSummary(summary, [...totals.values()].sort(provinceOrder), input.filtersLine);
  summary.commit();
  await workbook.commit();
}
