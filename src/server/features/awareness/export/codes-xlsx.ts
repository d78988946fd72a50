import ExcelJS from 'exceljs';
import type { Code } from '../../../../shared/api/awareness.js';

export const CODES_SHEET = 'Mã phiếu';

/**
 * The printable sheet of codes: one row per slip, with the link that pre-fills the code, so a
 * province can mail-merge its own slips or cut the printed table into strips.
 */
export async function renderCodesWorkbook(title: string, codes: Code[], linkOf: (code: string) => string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'rights-desk';
  const sheet = workbook.addWorksheet(CODES_SHEET, { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.columns = [{ width: 6 }, { width: 14 }, { width: 34 }, { width: 8 }, { width: 60 }];
  sheet.getCell('A1').value = title;
  sheet.getCell('A1').font = { bold: true, size: 13 };
  sheet.getCell('A2').value = 'Mỗi mã dùng một lần cho mỗi bài; mã không gắn với họ tên người nhận.';
  sheet.getCell('A2').font = { italic: true };
  const header = sheet.getRow(3);
  ['STT', 'Mã phiếu', 'Điểm cầu', 'Đợt', 'Đường dẫn'].forEach((h, i) => {
    const cell = header.getCell(i + 1);
    cell.value = h;
    cell.font = { bold: true };
  });
  codes.forEach((c, i) => {
    const row = sheet.addRow([i + 1, c.code, c.connectionPointName ?? 'Chung', c.batch, linkOf(c.code)]);
    row.getCell(2).font = { name: 'Courier New', bold: true, size: 14 };
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
