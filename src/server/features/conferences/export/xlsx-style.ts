import type ExcelJS from 'exceljs';

/** The look every Excel export shares: thin grey borders and a pale blue, bold, wrapped header row. */
const thin = { style: 'thin', color: { argb: 'FFBFBFBF' } } as const;
export const cellBorder = { top: thin, left: thin, bottom: thin, right: thin };
export const headerFill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } } as const;

/** Writes the column headings into `row`, styled as a header. */
export function writeHeaderRow(row: ExcelJS.Row, headers: string[], heightPt: number): void {
  headers.forEach((text, i) => {
    const cell = row.getCell(i + 1);
    cell.value = text;
    cell.font = { bold: true };
    cell.fill = headerFill;
    cell.border = cellBorder;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  row.height = heightPt;
}
