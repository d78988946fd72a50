import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { checkDeclaredSizes, inflateZipGuarded, readZipDirectory, ZipGuardError, type ZipLimits } from './guarded-zip.js';
import { SheetRowCounter } from './sheet-row-counter.js';

/** Pictures and embedded objects: never needed to read cells, so never inflated (kept as empty parts). */
const NOT_CELLS = /^xl\/(?:media|embeddings)\//u;
const SHEET = /^xl\/worksheets\/[^/]+\.xml$/u;

class TooManyRows extends Error {}

/** An .xlsx opened under the limits, or why not; each caller words the refusal for its own users. */
export type GuardedWorkbook =
  | { ok: true; workbook: ExcelJS.Workbook }
  | { ok: false; reason: 'not_xlsx' }
  | { ok: false; reason: 'too_many_rows' }
  | { ok: false; reason: 'bomb'; detail: string };

/**
 * Opens an uploaded .xlsx for reading its cells, in an upload worker. The zip is checked and
 * inflated under the limits first (guarded-zip.ts), counting each sheet's filled rows as its XML
 * comes out, so a bomb or a sheet of a million rows stops at the limit instead of being parsed
 * whole; exceljs then reads a copy rebuilt from what was counted (stored, not recompressed: cheap).
 * The declared total is left to the count while inflating: a long list must hear "too many rows",
 * not "too large".
 */
export async function openWorkbookGuarded(bytes: Uint8Array, zip: ZipLimits, maxFilledRows: number): Promise<GuardedWorkbook> {
  let files: Record<string, Uint8Array>;
  try {
    const declared = readZipDirectory(bytes);
    if (!declared.some((e) => e.name === 'xl/workbook.xml')) return { ok: false, reason: 'not_xlsx' };
    checkDeclaredSizes(declared, zip, NOT_CELLS, false);
    const counters = new Map<string, SheetRowCounter>();
    files = inflateZipGuarded(bytes, declared, zip, {
      skip: NOT_CELLS,
      onData: (name, chunk) => {
        if (!SHEET.test(name)) return;
        let counter = counters.get(name);
        if (!counter) counters.set(name, (counter = new SheetRowCounter()));
        if (counter.push(chunk) > maxFilledRows) throw new TooManyRows();
      },
    });
  } catch (error) {
    if (error instanceof TooManyRows) return { ok: false, reason: 'too_many_rows' };
    if (error instanceof ZipGuardError && error.reason === 'bomb') return { ok: false, reason: 'bomb', detail: error.detail };
    if (error instanceof ZipGuardError) return { ok: false, reason: 'not_xlsx' };
    throw error;
  }
  const workbook = new ExcelJS.Workbook();
  try {
    const rebuilt = zipSync(files, { level: 0 });
    // exceljs types its argument as an ArrayBuffer-like `Buffer` of its own; a Node Buffer is what it reads.
    await workbook.xlsx.load(Buffer.from(rebuilt.buffer, rebuilt.byteOffset, rebuilt.byteLength) as unknown as ArrayBuffer);
  } catch {
    return { ok: false, reason: 'not_xlsx' };
  }
  return { ok: true, workbook };
}
