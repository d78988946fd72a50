import { AppError } from '../../../errors.js';
import { participantLimits } from '../../../../shared/api/participants.js';
import { defaultUploadReadLimits, type UploadReadLimits } from '../../files/upload-limits.js';
import { uploadWorkers, type PoolFailure } from '../../files/worker-pool.js';
import { HEADER_SEARCH_ROWS } from './column-mapping.js';
import { CsvRowLimitExceeded, parseCsv } from './csv.js';
import type { FileKind, UploadedTable } from './read-table-types.js';
import type { XlsxJob, XlsxResult } from './read-xlsx-job.js';
import { describeContent, quoted, saveAsHint, tooManyRowsMessage } from './table-messages.js';

export type { FileKind, TableRow, UploadedTable } from './read-table-types.js';

const XLSX_JOB = new URL('./read-xlsx-job.ts', import.meta.url);

const unsupported = (detail: string) => new AppError('UNSUPPORTED_MEDIA_TYPE', detail);

/**
 * Filled lines past which a file is refused while it is read: the import's row limit plus the
 * lines a heading may sit below (see `findHeaderRow`). Past it the file certainly holds more data
 * rows than the limit; at or under it, the exact count is checked after reading (service.ts).
 */
const maxFilledRows = participantLimits.importRows + HEADER_SEARCH_ROWS;

function poolFailure(fileName: string | null, limits: UploadReadLimits) {
  return (why: PoolFailure): XlsxResult => {
    switch (why) {
      case 'timeout':
        return {
          ok: false,
          code: 'UNREADABLE_DOCUMENT',
          message: `Đọc tệp${fileName ? ` “${fileName}”` : ''} quá ${Math.round(limits.timeLimitMs / 1000)} giây nên đã dừng: tệp có thể quá phức tạp hoặc bị hỏng. ${saveAsHint}`,
        };
      case 'out_of_memory':
        return { ok: false, code: 'UNREADABLE_DOCUMENT', message: `${quoted(fileName)} cần quá nhiều bộ nhớ để đọc nên đã dừng: tệp có thể quá phức tạp hoặc bị hỏng. ${saveAsHint}` };
      case 'busy':
        return { ok: false, code: 'RATE_LIMITED', message: 'Máy chủ đang đọc nhiều tệp khác. Hãy gửi lại sau một phút.' };
      default:
        return { ok: false, code: 'INTERNAL', message: 'Bộ đọc tệp gặp lỗi và đã được khởi động lại. Hãy thử lại.' };
    }
  };
}

/** An .xlsx is read in an upload worker (time and heap limits); this thread only checks the signature. */
async function readXlsx(bytes: Buffer, fileName: string | null, limits: UploadReadLimits): Promise<UploadedTable> {
  const what = describeContent(bytes);
  if (!bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    throw unsupported(`${quoted(fileName)} không phải tệp Excel .xlsx${what ? ` mà là ${what}` : ''}. ${saveAsHint}`);
  }
  const job: XlsxJob = {
    bytes,
    fileName,
    zip: { maxInflatedBytes: limits.importMaxInflatedBytes, maxEntries: limits.maxZipEntries, maxCompressionRatio: limits.maxCompressionRatio },
    maxFilledRows,
    rowLimit: participantLimits.importRows,
  };
  const result = await uploadWorkers(limits.workerMemoryMb).run({
    module: XLSX_JOB,
    job,
    timeLimitMs: limits.timeLimitMs,
    failure: poolFailure(fileName, limits),
  });
  if (!result.ok) throw new AppError(result.code, result.message, result.code === 'RATE_LIMITED' ? { retryAfterSeconds: 60 } : {});
  return { kind: 'xlsx', sheetName: result.sheetName, rows: result.rows };
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
  let cells: string[][];
  try {
    // Read on this thread: at most 10 MB of text, one pass, and it stops at the row limit.
    cells = parseCsv(text, undefined, maxFilledRows);
  } catch (error) {
    if (error instanceof CsvRowLimitExceeded) throw new AppError('PAYLOAD_TOO_LARGE', tooManyRowsMessage(fileName, participantLimits.importRows));
    throw error;
  }
  return { kind: 'csv', sheetName: null, rows: cells.map((c, i) => ({ number: i + 1, cells: c })) };
}

/**
 * Reads an uploaded invitation list into rows of strings, checking that the bytes really are what
 * the declared type says: a PNG renamed `.xlsx`, an old `.xls`, or a CSV saved in a legacy
 * encoding is refused with 415 and a sentence that says how to save the file properly. A zip
 * bomb, or a sheet with more rows than an import takes, is refused with 413 while it is being
 * read, not after.
 */
export async function readUploadedTable(
  bytes: Buffer,
  kind: FileKind,
  fileName: string | null,
  limits: UploadReadLimits = defaultUploadReadLimits,
): Promise<UploadedTable> {
  if (bytes.length === 0) throw new AppError('BAD_REQUEST', `${quoted(fileName)} trống.`);
  return kind === 'xlsx' ? readXlsx(bytes, fileName, limits) : readCsv(bytes, fileName);
}
