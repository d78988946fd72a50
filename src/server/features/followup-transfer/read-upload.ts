import { followupImportLimits } from '../../../shared/api/followup-transfer.js';
import { formatViNumber } from '../../../shared/text/index.js';
import { AppError } from '../../errors.js';
import type { UploadReadLimits } from '../files/upload-limits.js';
import { readAndExtract } from '../intake/pipeline.js';
import type { IntakeLimits } from '../intake/read/limits.js';
import { readUploadedTable, type FileKind, type UploadedTable } from '../participants/import/read-table.js';

/*
 * Reading what was uploaded, through the readers that already guard every upload: tables through
 * the participants import's reader (an .xlsx opened in an upload worker by
 * files/guarded-workbook.ts under the zip limits; a CSV parsed with quotes, BOM and `;`), documents
 * through document intake's readers (docx/pdf/txt/html in an intake worker). Refusals are
 * Vietnamese problem documents; nothing is written.
 */

export type TableUpload = { bytes: Buffer | null; kind: FileKind | null; fileName: string | null; limits?: UploadReadLimits };
export type DocumentUpload = { bytes: Buffer | null; contentType: string | null; fileName: string | null; limits?: Partial<IntakeLimits> };

export async function readTable(upload: TableUpload): Promise<UploadedTable> {
  if (!upload.bytes || !upload.kind) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Hãy gửi tệp Excel (.xlsx) hoặc CSV (.csv).');
  if (upload.bytes.length > followupImportLimits.tableBytes) {
    throw new AppError('PAYLOAD_TOO_LARGE', `Tệp vượt giới hạn ${formatViNumber(followupImportLimits.tableBytes / 1024 / 1024)} MB mỗi lần nhập. Hãy chia thành nhiều tệp.`);
  }
  return readUploadedTable(upload.bytes, upload.kind, upload.fileName, upload.limits);
}

/** Refuses more data rows than one import takes (counted after the heading). */
export function assertRowLimit(count: number): void {
  if (count > followupImportLimits.rows) {
    throw new AppError(
      'PAYLOAD_TOO_LARGE',
      `Tệp có ${formatViNumber(count)} dòng, vượt giới hạn ${formatViNumber(followupImportLimits.rows)} dòng mỗi lần nhập. Hãy chia thành nhiều tệp.`,
    );
  }
}

const intakeCodeStatus: Record<string, 'UNSUPPORTED_MEDIA_TYPE' | 'PAYLOAD_TOO_LARGE' | 'UNREADABLE_DOCUMENT' | 'BAD_REQUEST' | 'RATE_LIMITED'> = {
  empty: 'BAD_REQUEST',
  too_large: 'PAYLOAD_TOO_LARGE',
  archive_too_large: 'PAYLOAD_TOO_LARGE',
  too_long: 'PAYLOAD_TOO_LARGE',
  unsupported_type: 'UNSUPPORTED_MEDIA_TYPE',
};

/** The text of a recommendation list, with the reader's warnings. */
export async function readDocumentText(upload: DocumentUpload): Promise<{ text: string; kind: string; warnings: string[] }> {
  if (!upload.bytes) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Hãy gửi văn bản Word (.docx), PDF, .txt hoặc .html.');
  const result = await readAndExtract(
    { bytes: upload.bytes, fileName: upload.fileName ?? 'van-ban', declaredType: upload.contentType },
    { maxFileBytes: followupImportLimits.documentBytes, ...upload.limits },
  );
  if (!result.ok) throw new AppError(intakeCodeStatus[result.code] ?? 'UNREADABLE_DOCUMENT', result.message);
  // Intake's warning that the text is not Vietnamese is about its conference draft, not this list.
  const warnings = result.warnings.filter((w) => !w.startsWith('Văn bản không phải tiếng Việt'));
  return { text: result.sourceText, kind: result.kind, warnings };
}
