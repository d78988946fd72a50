import type ExcelJS from 'exceljs';
import type { ErrorCode } from '../../errors.js';
import { openWorkbookGuarded } from '../files/guarded-workbook.js';
import type { ZipLimits } from '../files/guarded-zip.js';
import { MARKER_SHEET, TEMPLATE_SHEET } from './template-layout.js';

/** Reading one template in an upload worker (structured-clonable: it crosses the thread boundary). */
export type TemplateJob = { bytes: Uint8Array; fileName: string | null; zip: ZipLimits; maxFilledRows: number };
/** A cell as Excel holds it: a real number, a text, or nothing. */
export type Cell = number | string | null;
export type TemplateRead =
  | { ok: true; marker: string | null; sheetFound: boolean; rows: { number: number; cells: Cell[] }[] }
  | { ok: false; code: Extract<ErrorCode, 'UNSUPPORTED_MEDIA_TYPE' | 'PAYLOAD_TOO_LARGE' | 'UNREADABLE_DOCUMENT' | 'RATE_LIMITED' | 'INTERNAL'>; message: string };


const quoted = (fileName: string | null) => (fileName ? `Tệp “${fileName}”` : 'Tệp gửi lên');
const unreadable = (fileName: string | null): TemplateRead => ({
  ok: false,
  code: 'UNSUPPORTED_MEDIA_TYPE',
  message: `${quoted(fileName)} không đọc được như một bảng tính Excel (.xlsx): có thể là tệp khác đổi đuôi hoặc tệp đã hỏng. Hãy tải lại tệp mẫu.`,
});

/** Entry point of the worker: never throws; every refusal is one Vietnamese sentence. */
export async function runJob(job: TemplateJob): Promise<TemplateRead> {
  try {
    return await readTemplate(job);
  } catch {
    return { ok: false, code: 'INTERNAL', message: `${quoted(job.fileName)} không đọc được do lỗi hệ thống. Hãy thử lại.` };
  }
}

/** Opened under the import limits (files/guarded-workbook.ts), the same guards as participant lists. */
async function readTemplate(job: TemplateJob): Promise<TemplateRead> {
  const { fileName } = job;
  const opened = await openWorkbookGuarded(job.bytes, job.zip, job.maxFilledRows);
  if (!opened.ok) {
    if (opened.reason === 'too_many_rows') {
      return { ok: false, code: 'PAYLOAD_TOO_LARGE', message: `${quoted(fileName)} có hơn ${job.maxFilledRows.toLocaleString('vi-VN')} dòng: tệp mẫu một báo cáo không dài như vậy. Hãy dùng tệp mẫu tải từ hệ thống, hoặc tệp CSV dạng dài cho nhiều báo cáo.` };
    }
    if (opened.reason === 'bomb') {
      return { ok: false, code: 'PAYLOAD_TOO_LARGE', message: `${quoted(fileName)} bị từ chối: ${opened.detail}. Tệp có thể bị hỏng hoặc được tạo ra để làm treo hệ thống.` };
    }
    return unreadable(fileName);
  }
  const { workbook } = opened;
  const markerCell = workbook.getWorksheet(MARKER_SHEET)?.getCell('A1').value;
  const sheet = workbook.getWorksheet(TEMPLATE_SHEET) ?? workbook.worksheets.find((s) => s.state !== 'veryHidden' && s.actualRowCount > 0);
  const rows: { number: number; cells: Cell[] }[] = [];
  sheet?.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: Cell[] = [];
    for (let c = 1; c <= row.cellCount; c += 1) cells.push(cellOf(row.getCell(c).value));
    rows.push({ number, cells });
  });
  return { ok: true, marker: typeof markerCell === 'string' ? markerCell : null, sheetFound: Boolean(workbook.getWorksheet(TEMPLATE_SHEET)), rows };
}

function cellOf(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellOf((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('hyperlink' in value) return cellOf(value.text as ExcelJS.CellValue);
  if ('error' in value) return `#${String((value as { error: unknown }).error)}`;
  return null;
}
