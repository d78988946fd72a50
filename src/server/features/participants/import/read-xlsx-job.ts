import type ExcelJS from 'exceljs';
import type { ErrorCode } from '../../../errors.js';
import { openWorkbookGuarded } from '../../files/guarded-workbook.js';
import type { ZipLimits } from '../../files/guarded-zip.js';
import { searchKey } from '../../../../shared/text/index.js';
import { quoted, saveAsHint, tooManyRowsMessage } from './table-messages.js';
import type { TableRow } from './read-table-types.js';

/** Reading one .xlsx in an upload worker (structured-clonable: it crosses the thread boundary). */
export type XlsxJob = {
  bytes: Uint8Array;
  fileName: string | null;
  zip: ZipLimits;
  /** Filled rows beyond which the file is refused while inflating (the import's row limit plus the rows a heading may sit below). */
  maxFilledRows: number;
  /** The import's row limit, for the message. */
  rowLimit: number;
};

export type XlsxResult =
  | { ok: true; sheetName: string | null; rows: TableRow[] }
  | { ok: false; code: Extract<ErrorCode, 'UNSUPPORTED_MEDIA_TYPE' | 'PAYLOAD_TOO_LARGE' | 'UNREADABLE_DOCUMENT' | 'RATE_LIMITED' | 'INTERNAL'>; message: string };

/** Entry point of the worker: never throws, every refusal is one Vietnamese sentence. */
export async function runJob(job: XlsxJob): Promise<XlsxResult> {
  try {
    return await readXlsx(job);
  } catch {
    return { ok: false, code: 'INTERNAL', message: `${quoted(job.fileName)} không đọc được do lỗi hệ thống. Hãy thử lại.` };
  }
}

const unreadable = (fileName: string | null): XlsxResult => ({
  ok: false,
  code: 'UNSUPPORTED_MEDIA_TYPE',
  message: `${quoted(fileName)} không đọc được như một bảng tính Excel: có thể là tệp Word hoặc tệp nén đổi đuôi, hoặc tệp đã hỏng. ${saveAsHint}`,
});

async function readXlsx(job: XlsxJob): Promise<XlsxResult> {
  const { fileName } = job;
  const opened = await openWorkbookGuarded(job.bytes, job.zip, job.maxFilledRows);
  if (!opened.ok) {
    if (opened.reason === 'too_many_rows') return { ok: false, code: 'PAYLOAD_TOO_LARGE', message: tooManyRowsMessage(fileName, job.rowLimit) };
    if (opened.reason === 'bomb') {
      return {
        ok: false,
        code: 'PAYLOAD_TOO_LARGE',
        message: `${quoted(fileName)} bị từ chối: ${opened.detail}. Tệp có thể bị hỏng hoặc được tạo ra để làm treo hệ thống. ${saveAsHint}`,
      };
    }
    return unreadable(fileName);
  }
  const { workbook } = opened;
  const sheet = pickSheet(workbook);
  if (!sheet) {
    if (workbook.worksheets.length === 0) {
      return { ok: false, code: 'UNSUPPORTED_MEDIA_TYPE', message: `${quoted(fileName)} không có trang tính nào: có thể không phải tệp Excel. ${saveAsHint}` };
    }
    return { ok: true, sheetName: workbook.worksheets[0]?.name ?? null, rows: [] };
  }
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = [];
    // row.values is 1-based with a hole at 0; read by column number to keep empty cells in place.
    for (let c = 1; c <= row.cellCount; c += 1) cells.push(cellText(row.getCell(c).value));
    rows.push({ number, cells });
  });
  return { ok: true, sheetName: sheet.name, rows };
}

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
