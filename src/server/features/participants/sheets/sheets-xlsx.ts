import ExcelJS from 'exceljs';
import { formatViDate } from '../../../../shared/text/index.js';
import { cellBorder, writeHeaderRow } from '../../conferences/export/xlsx-style.js';
import type { SheetGroup } from './sheet-rows.js';
import { sheetTitles, type SheetKind } from './sheets-docx.js';

const widths: Record<SheetKind, number[]> = { list: [6, 30, 40, 30], signin: [6, 28, 42, 26] };
const headers: Record<SheetKind, string[]> = {
  list: ['STT', 'Họ và tên', 'Cơ quan, đơn vị', 'Chức vụ'],
  signin: ['STT', 'Họ và tên', 'Cơ quan, đơn vị — chức vụ', 'Ký tên'],
};

/** Excel keeps sheet names under 32 characters, without []:*?/\ and unique within the book. */
function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 28).trim() || 'Danh sách';
  let candidate = base;
  for (let i = 2; taken.has(candidate.toLocaleLowerCase('vi')); i++) candidate = `${base.slice(0, 26)} ${i}`;
  taken.add(candidate.toLocaleLowerCase('vi'));
  return candidate;
}

/**
 * The participant list or sign-in sheet as Excel: a sheet per connection point, set to print on
 * A4 portrait one page wide, the table's header repeated on each printed page, and the
 * conference's name, date and page number in the printed header and footer.
 */
export async function renderSheetsXlsx(kind: SheetKind, conference: { title: string; startDate: string }, groups: SheetGroup[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'rights-desk';
  const taken = new Set<string>();
  const date = formatViDate(conference.startDate);
  for (const group of groups.length ? groups : [{ pointName: null, people: [] }]) {
    const sheet = book.addWorksheet(sheetName(group.pointName ?? (groups.length > 1 ? 'Chưa xếp điểm cầu' : 'Danh sách'), taken), {
      pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '4:4', margins: { left: 0.6, right: 0.4, top: 0.8, bottom: 0.6, header: 0.3, footer: 0.3 } },
      headerFooter: {
        oddHeader: `&C&10${conference.title.replace(/&/g, '&&')} — ngày ${date}`,
        oddFooter: '&C&10Trang &P/&N',
      },
    });
    sheet.columns = widths[kind].map((width) => ({ width }));
    sheet.mergeCells(1, 1, 1, 4);
    sheet.getCell(1, 1).value = `${sheetTitles[kind]} — ${conference.title}`;
    sheet.getCell(1, 1).font = { bold: true, size: 13 };
    sheet.getCell(1, 1).alignment = { wrapText: true, vertical: 'middle' };
    sheet.getRow(1).height = 36;
    sheet.mergeCells(2, 1, 2, 4);
    sheet.getCell(2, 1).value = `Ngày ${date}${group.pointName ? ` — Điểm cầu: ${group.pointName}` : ''}`;
    sheet.getCell(2, 1).font = { italic: true };
    writeHeaderRow(sheet.getRow(4), headers[kind], 30);
    group.people.forEach((p, i) => {
      const values = kind === 'list' ? [i + 1, p.fullName, p.agency ?? '', p.position ?? ''] : [i + 1, p.fullName, [p.agency, p.position].filter(Boolean).join(' — '), ''];
      const row = sheet.getRow(5 + i);
      values.forEach((v, c) => {
        const cell = row.getCell(c + 1);
        cell.value = v;
        cell.border = cellBorder;
        cell.alignment = { vertical: 'middle', wrapText: c > 0, horizontal: c === 0 ? 'center' : 'left' };
      });
      // Room for a signature; wrapped names of agencies get two lines.
      row.height = kind === 'signin' ? 36 : String(values[2]).length > 40 ? 30 : 18;
    });
    const total = sheet.getRow(6 + group.people.length);
    total.getCell(1).value = `Tổng số: ${group.people.length} đại biểu.`;
    total.getCell(1).font = { italic: true };
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
