import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import type { ErrorCode } from '../../../errors.js';
import { checkDeclaredSizes, inflateZipGuarded, readZipDirectory, ZipGuardError, type ZipLimits } from '../../files/guarded-zip.js';
import { searchKey } from '../../../../shared/text/index.js';
import { SheetRowCounter } from './sheet-row-counter.js';
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

/** Pictures and embedded objects: never needed for a list, so never inflated (kept as empty parts). */
const NOT_CELLS = /^xl\/(?:media|embeddings)\//u;
const SHEET = /^xl\/worksheets\/[^/]+\.xml$/u;

class TooManyRows extends Error {}

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

/**
 * The zip is checked and inflated under the limits first (features/files/guarded-zip.ts), counting
 * each sheet's filled rows as its XML comes out, so a sheet of a million rows stops at the limit
 * instead of being parsed whole; exceljs then reads a copy rebuilt from what was counted (stored,
 * not recompressed: cheap).
 */
async function readXlsx(job: XlsxJob): Promise<XlsxResult> {
  const { fileName } = job;
  let files: Record<string, Uint8Array>;
  try {
    const declared = readZipDirectory(job.bytes);
    if (!declared.some((e) => e.name === 'xl/workbook.xml')) return unreadable(fileName);
    // The declared total is left to the count while inflating: a long list must hear "too many rows", not "too large".
    checkDeclaredSizes(declared, job.zip, NOT_CELLS, false);
    const counters = new Map<string, SheetRowCounter>();
    files = inflateZipGuarded(job.bytes, declared, job.zip, {
      skip: NOT_CELLS,
      onData: (name, chunk) => {
        if (!SHEET.test(name)) return;
        let counter = counters.get(name);
        if (!counter) counters.set(name, (counter = new SheetRowCounter()));
        if (counter.push(chunk) > job.maxFilledRows) throw new TooManyRows();
      },
    });
  } catch (error) {
    if (error instanceof TooManyRows) return { ok: false, code: 'PAYLOAD_TOO_LARGE', message: tooManyRowsMessage(fileName, job.rowLimit) };
    if (error instanceof ZipGuardError && error.reason === 'bomb') {
      return {
        ok: false,
        code: 'PAYLOAD_TOO_LARGE',
        message: `${quoted(fileName)} bị từ chối: ${error.detail}. Tệp có thể bị hỏng hoặc được tạo ra để làm treo hệ thống. ${saveAsHint}`,
      };
    }
    if (error instanceof ZipGuardError) return unreadable(fileName);
    throw error;
  }

  const workbook = new ExcelJS.Workbook();
  try {
    const rebuilt = zipSync(files, { level: 0 });
    // exceljs types its argument as an ArrayBuffer-like `Buffer` of its own; a Node Buffer is what it reads.
    await workbook.xlsx.load(Buffer.from(rebuilt.buffer, rebuilt.byteOffset, rebuilt.byteLength) as unknown as ArrayBuffer);
  } catch {
    return unreadable(fileName);
  }
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
