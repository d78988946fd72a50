import ExcelJS from 'exceljs';
import { AppError } from '../../../errors.js';
import { searchKey } from '../../../../shared/text/index.js';
import { parseCsv } from './csv.js';

export type FileKind = 'xlsx' | 'csv';

/** One line of the file as the person sees it: `number` is Excel's row number (header = 1). */
export type TableRow = { number: number; cells: string[] };
export type UploadedTable = { kind: FileKind; sheetName: string | null; rows: TableRow[] };

/** What the first bytes say a file really is, for a message a person can act on. */
function describeContent(bytes: Buffer): string | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'một tệp nén ZIP (có thể là tệp Word hoặc tệp nén đổi đuôi)';
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'định dạng Excel 97–2003 (.xls) hoặc tệp Excel đã đặt mật khẩu';
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'một ảnh PNG';
  if (starts(0xff, 0xd8, 0xff)) return 'một ảnh JPEG';
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'một tệp PDF';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'một ảnh GIF';
  return null;
}

const unsupported = (detail: string) => new AppError('UNSUPPORTED_MEDIA_TYPE', detail);
const quoted = (fileName: string | null) => (fileName ? `Tệp “${fileName}”` : 'Tệp gửi lên');
const saveAsHint = 'Hãy mở tệp trong Excel rồi chọn Lưu thành “Excel Workbook (.xlsx)” hoặc “CSV UTF-8”, hoặc dùng tệp mẫu.';

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('hyperlink' in value) return cellText(value.text as ExcelJS.CellValue);
  return ''; // an error value (#N/A…) reads as an empty cell
}

/** The sheet that holds the list: the first one with content that is not the instructions. */
function pickSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  const sheets = workbook.worksheets.filter((s) => s.actualRowCount > 0);
  return sheets.find((s) => !searchKey(s.name).startsWith('huong dan')) ?? sheets[0];
}

async function readXlsx(bytes: Buffer, fileName: string | null): Promise<UploadedTable> {
  const what = describeContent(bytes);
  if (!bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    throw unsupported(`${quoted(fileName)} không phải tệp Excel .xlsx${what ? ` mà là ${what}` : ''}. ${saveAsHint}`);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its argument as an ArrayBuffer-like `Buffer` of its own; a Node Buffer is what it reads.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw unsupported(`${quoted(fileName)} không đọc được như một bảng tính Excel: có thể là tệp Word hoặc tệp nén đổi đuôi, hoặc tệp đã hỏng. ${saveAsHint}`);
  }
  const sheet = pickSheet(workbook);
  if (!sheet) {
    if (workbook.worksheets.length === 0) throw unsupported(`${quoted(fileName)} không có trang tính nào: có thể không phải tệp Excel. ${saveAsHint}`);
    return { kind: 'xlsx', sheetName: workbook.worksheets[0]?.name ?? null, rows: [] };
  }
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = [];
    // row.values is 1-based with a hole at 0; read by column number to keep empty cells in place.
    for (let c = 1; c <= row.cellCount; c += 1) cells.push(cellText(row.getCell(c).value));
    rows.push({ number, cells });
  });
  return { kind: 'xlsx', sheetName: sheet.name, rows };
}

function readCsv(bytes: Buffer, fileName: string | null): UploadedTable {
  const what = describeContent(bytes);
  if (what || bytes.includes(0)) {
    throw unsupported(`${quoted(fileName)} không phải tệp CSV${what ? ` mà là ${what}` : ' (có ký tự nhị phân)'}. ${saveAsHint}`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw unsupported(
      `${quoted(fileName)} không phải văn bản UTF-8, nên tiếng Việt có dấu sẽ bị sai. Trong Excel, hãy chọn Lưu thành “CSV UTF-8 (Comma delimited)” rồi gửi lại.`,
    );
  }
  // TextDecoder already drops one leading BOM unless told otherwise; drop any second one left by tools that add their own.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const rows = parseCsv(text).map((cells, i) => ({ number: i + 1, cells }));
  return { kind: 'csv', sheetName: null, rows };
}

/**
 * Reads an uploaded invitation list into rows of strings, checking that the bytes really are what
 * the declared type says: a PNG renamed `.xlsx`, an old `.xls`, or a CSV saved in a legacy
 * encoding is refused with 415 and a sentence that says how to save the file properly.
 */
export async function readUploadedTable(bytes: Buffer, kind: FileKind, fileName: string | null): Promise<UploadedTable> {
  if (bytes.length === 0) throw new AppError('BAD_REQUEST', `${quoted(fileName)} trống.`);
  return kind === 'xlsx' ? readXlsx(bytes, fileName) : readCsv(bytes, fileName);
}
