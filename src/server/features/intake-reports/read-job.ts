import { openWorkbookGuarded } from '../files/guarded-workbook.js';
import { readZipDirectory } from '../files/guarded-zip.js';
import { inflateDocxSafely } from '../intake/read/docx-zip-guard.js';
import type { IntakeLimits } from '../intake/read/limits.js';
import { readDocument } from '../intake/read/read-document.js';
import { IntakeReadError, type IntakeErrorCode } from '../intake/read/read-error.js';
import type { IntakeReportProposal } from '../../../shared/api/intake-reports.js';
import { proposeFromDocument, type ReadReport } from './propose.js';
import { docxTables, pdfTextTables, workbookTables } from './read-tables.js';

/** One upload for a reading worker (structured-clonable). */
export type ReportJob = { bytes: Uint8Array; fileName: string; limits: IntakeLimits; today: string };

export type ReportJobResult =
  | { ok: true; fileKind: string; sourceText: string; proposal: IntakeReportProposal }
  | { ok: false; code: IntakeErrorCode | 'too_many_rows'; message: string };

const MAX_SHEET_ROWS = 5000;

function isWorkbook(bytes: Uint8Array): boolean {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return false;
  try {
    return readZipDirectory(bytes).some((e) => e.name === 'xl/workbook.xml');
  } catch {
    return false;
  }
}

/**
 * Reads an upload with document intake's guarded readers (.docx, .pdf with a text layer, .txt,
 * .html) or, for an .xlsx, the guarded workbook reader, then proposes what it holds. A Word
 * document's tables are read again from its XML (already inflated under the same limits), so each
 * number keeps its row and column. Runs in a worker; never throws.
 */
export async function runJob(job: ReportJob): Promise<ReportJobResult> {
  try {
    const read = await readReport(job);
    return { ok: true, fileKind: read.fileKind, sourceText: read.text, proposal: proposeFromDocument(read, job.today) };
  } catch (error) {
    if (error instanceof IntakeReadError) return { ok: false, code: error.code, message: error.message };
    return { ok: false, code: 'internal', message: 'Không đọc được tài liệu do lỗi hệ thống. Hãy thử lại hoặc gửi tệp ở định dạng khác.' };
  }
}

async function readReport(job: ReportJob): Promise<ReadReport> {
  const { bytes, limits } = job;
  if (isWorkbook(bytes)) {
    const zip = { maxInflatedBytes: limits.maxInflatedBytes, maxEntries: limits.maxZipEntries, maxCompressionRatio: limits.maxCompressionRatio };
    const opened = await openWorkbookGuarded(bytes, zip, MAX_SHEET_ROWS);
    if (!opened.ok) {
      if (opened.reason === 'too_many_rows') throw new IntakeReadError('too_long', `Bảng tính có hơn ${MAX_SHEET_ROWS.toLocaleString('vi-VN')} dòng: đây không giống báo cáo của tỉnh. Hãy gửi bảng số liệu của báo cáo.`);
      if (opened.reason === 'bomb') throw new IntakeReadError('archive_too_large', `Bảng tính bị từ chối: ${opened.detail}.`);
      throw new IntakeReadError('corrupt', 'Bảng tính Excel bị hỏng hoặc không đọc được. Hãy mở bằng Excel, lưu lại thành .xlsx rồi gửi lại.');
    }
    const { tables, text } = workbookTables(opened.workbook, MAX_SHEET_ROWS);
    if (!text.trim()) throw new IntakeReadError('empty', 'Bảng tính trống: không có ô nào có nội dung.');
    return { fileKind: 'xlsx', text, rejoinLines: false, tables, pageCount: null, warnings: [] };
  }
  const read = await readDocument({ bytes, fileName: job.fileName }, limits);
  const tables =
    read.kind === 'docx' ? docxTables(new TextDecoder().decode(inflateDocxSafely(bytes, limits)['word/document.xml'])) : read.kind === 'pdf' ? pdfTextTables(read.text) : [];
  return { fileKind: read.kind, text: read.text, rejoinLines: read.rejoinLines, tables, pageCount: read.pageStarts?.length ?? null, warnings: read.warnings };
}
