import { eq } from 'drizzle-orm';
import { indicatorTransferLimits, type IndicatorImportResult } from '../../../shared/api/indicator-transfer.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import type { Actor } from '../auth/actor.js';
import { defaultUploadReadLimits } from '../files/upload-limits.js';
import { uploadWorkers, type PoolFailure } from '../files/worker-pool.js';
import { reportForms } from '../indicators/tables.js';
import { readCellNumber, valueTypeProblem } from './cell-numbers.js';
import { CopyBuffer } from './copy-in.js';
import { loadForm, partsOf } from './form-rows.js';
import { importResult, type Upload } from './import-common.js';
import type { TemplateJob, TemplateRead } from './read-template-job.js';
import { RowErrors } from './row-errors.js';
import { COLUMNS, HEADER_ROW, readMarker } from './template-layout.js';
import { resolveTargets, targetKey } from './targets.js';
import { finishImport, recordImportEvents, startImport, writeStagedValues } from './write-values.js';

const JOB = new URL('./read-template-job.ts', import.meta.url);
const wrongTemplate = 'Tệp này không phải tệp mẫu báo cáo chỉ tiêu tải từ hệ thống (thiếu dấu nhận dạng của mẫu). Hãy tải tệp mẫu của đúng biểu mẫu, đơn vị và kỳ, điền số liệu vào đó rồi gửi lại.';

function failure(fileName: string | null, timeLimitMs: number) {
  return (why: PoolFailure): TemplateRead => {
    if (why === 'busy') return { ok: false, code: 'RATE_LIMITED', message: 'Máy chủ đang đọc nhiều tệp khác. Hãy gửi lại sau một phút.' };
    if (why === 'timeout') return { ok: false, code: 'UNREADABLE_DOCUMENT', message: `Đọc tệp${fileName ? ` “${fileName}”` : ''} quá ${Math.round(timeLimitMs / 1000)} giây nên đã dừng: tệp có thể bị hỏng.` };
    if (why === 'out_of_memory') return { ok: false, code: 'UNREADABLE_DOCUMENT', message: 'Tệp cần quá nhiều bộ nhớ để đọc nên đã dừng: tệp có thể bị hỏng.' };
    return { ok: false, code: 'INTERNAL', message: 'Bộ đọc tệp gặp lỗi và đã được khởi động lại. Hãy thử lại.' };
  };
}

/** Reads the workbook in an upload worker, under the import's zip, row, time and memory limits. */
async function readWorkbook(upload: Upload) {
  const limits = upload.limits ?? defaultUploadReadLimits;
  if (upload.bytes.length === 0) throw new AppError('BAD_REQUEST', 'Tệp gửi lên trống.');
  if (!upload.bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', `${upload.fileName ? `Tệp “${upload.fileName}”` : 'Tệp gửi lên'} không phải tệp Excel .xlsx. Hãy dùng tệp mẫu tải từ hệ thống.`);
  }
  const job: TemplateJob = {
    bytes: upload.bytes,
    fileName: upload.fileName,
    zip: { maxInflatedBytes: limits.importMaxInflatedBytes, maxEntries: limits.maxZipEntries, maxCompressionRatio: limits.maxCompressionRatio },
    maxFilledRows: indicatorTransferLimits.xlsxRows,
  };
  const read = await uploadWorkers(limits.workerMemoryMb).run({ module: JOB, job, timeLimitMs: limits.timeLimitMs, failure: failure(upload.fileName, limits.timeLimitMs) });
  if (!read.ok) throw new AppError(read.code, read.message, read.code === 'RATE_LIMITED' ? { retryAfterSeconds: 60 } : {});
  return read;
}

/**
 * Imports a filled Excel template: recognised by its hidden marker (another form's file, an
 * older version of the form or a file not made from a template is refused as a whole), every
 * figure checked with the cell it came from, then written into the unit's draft (created if
 * missing) in one transaction, or nothing is. `expectedFormId`: the form the person chose on
 * the page, so a file of another form is named as such.
 */
export async function importTemplate(db: Db, actor: Actor, upload: Upload, expectedFormId?: string): Promise<IndicatorImportResult> {
  const read = await readWorkbook(upload);
  const marker = readMarker(read.marker);
  if (!marker) throw new AppError('VALIDATION', wrongTemplate, { errors: [{ path: 'file', message: wrongTemplate }] });
  const [formRow] = await db.select({ id: reportForms.id, code: reportForms.code, version: reportForms.version, name: reportForms.name }).from(reportForms).where(eq(reportForms.code, marker.formCode));
  if (!formRow) throw new AppError('VALIDATION', `Tệp là mẫu của biểu mẫu ${marker.formCode}, biểu mẫu này không còn trong hệ thống.`, { errors: [{ path: 'file', message: `Biểu mẫu ${marker.formCode} không còn.` }] });
  if (expectedFormId && expectedFormId !== formRow.id) {
    const [expected] = await db.select({ code: reportForms.code, name: reportForms.name }).from(reportForms).where(eq(reportForms.id, expectedFormId));
    const message = `Tệp là mẫu của biểu mẫu ${formRow.code} (${formRow.name}), không phải biểu mẫu ${expected?.code ?? 'đã chọn'}. Hãy chọn đúng biểu mẫu hoặc tải mẫu của biểu mẫu đã chọn.`;
    throw new AppError('VALIDATION', message, { errors: [{ path: 'file', message }] });
  }
  if (formRow.version !== marker.formVersion) {
    const message = `Tệp được tải theo phiên bản cũ của biểu mẫu ${formRow.code}; biểu mẫu đã thay đổi từ đó. Hãy tải tệp mẫu mới và chép số liệu sang.`;
    throw new AppError('VALIDATION', message, { errors: [{ path: 'file', message }] });
  }
  const form = await loadForm(db, formRow.id);

  const errors = new RowErrors();
  const staged = new CopyBuffer();
  const seen = new Set<string>();
  let filled = 0;
  for (const row of read.rows) {
    if (row.number <= HEADER_ROW) continue;
    const cell = (c: { n: number }) => row.cells[c.n - 1] ?? null;
    const code = String(cell(COLUMNS.code) ?? '').trim().toUpperCase();
    const part = String(cell(COLUMNS.part) ?? '').trim();
    if (!code) continue;
    const indicator = form.byCode.get(code);
    if (!indicator || !partsOf(indicator).includes(part)) {
      errors.add(row.number, COLUMNS.code.n, COLUMNS.code.heading, `chỉ tiêu “${code.slice(0, 40)}” không có trong biểu mẫu ${form.code}; đừng thêm hay sửa mã trong tệp mẫu.`);
      continue;
    }
    if (seen.has(`${code}|${part}`)) {
      errors.add(row.number, COLUMNS.code.n, COLUMNS.code.heading, `chỉ tiêu ${code} xuất hiện hai lần; đừng chép thêm dòng trong tệp mẫu.`);
      continue;
    }
    seen.add(`${code}|${part}`);
    const numbers: Record<string, number | null> = {};
    for (const name of ['target', 'value', 'numerator', 'denominator'] as const) {
      const col = COLUMNS[name];
      const n = readCellNumber(cell(col));
      if (!n.ok) {
        errors.add(row.number, col.n, col.heading, n.message);
        continue;
      }
      numbers[name] = n.value;
      if (n.value === null) continue;
      if ((name === 'numerator' || name === 'denominator') && indicator.valueType !== 'ratio') {
        errors.add(row.number, col.n, col.heading, 'chỉ tiêu này không có tử số, mẫu số; để trống ô này.');
        continue;
      }
      const problem = name === 'numerator' || name === 'denominator' ? (n.value < 0 ? 'không được âm.' : null) : valueTypeProblem(n.value, indicator);
      if (problem) errors.add(row.number, col.n, col.heading, problem);
    }
    const comment = cell(COLUMNS.comment);
    const commentText = comment === null ? null : String(comment).trim().slice(0, 2001) || null;
    if (commentText && commentText.length > 2000) errors.add(row.number, COLUMNS.comment.n, COLUMNS.comment.heading, 'ghi chú tối đa 2.000 ký tự.');
    if (commentText !== null || Object.values(numbers).some((n) => n !== null)) filled += 1;
    staged.push(['', code, part, numbers.value ?? null, numbers.numerator ?? null, numbers.denominator ?? null, numbers.target ?? null, commentText]);
  }
  if (!read.sheetFound || seen.size === 0) throw new AppError('VALIDATION', wrongTemplate, { errors: [{ path: 'file', message: wrongTemplate }] });

  return db.transaction(async (tx) => {
    const key = { unitKind: marker.unitKind, unitCode: marker.unitCode, period: marker.period };
    const { targets, refusals } = await resolveTargets(tx, actor, form, [key]);
    const refusal = refusals.get(targetKey(key));
    if (refusal) {
      if (refusal.forbidden) errors.forbidden = true;
      const row = refusal.on === 'period' ? 4 : 3;
      errors.add(row, 2, refusal.on === 'period' ? 'Kỳ báo cáo' : 'Đơn vị báo cáo', refusal.message);
    }
    errors.throwIfAny();
    const target = targets.get(targetKey(key))!;
    // The report's id was not known while the lines were read: set it on every staged line now.
    const lines = staged.flush().map((chunk) => chunk.replace(/^\t/gmu, `${target.reportId}\t`));
    staged.chunks.splice(0, staged.chunks.length, ...lines);
    const importId = await startImport(tx, actor, form.id, 'xlsx', upload.fileName);
    await writeStagedValues(tx, actor, staged, ['value', 'numerator', 'denominator', 'target', 'comment'], importId);
    const counts = new Map([[target.reportId, filled]]);
    await finishImport(tx, importId, counts);
    await recordImportEvents(tx, actor, counts, { fileKind: 'xlsx', fileName: upload.fileName, importId });
    return importResult('xlsx', form, [target], counts);
  });
}
