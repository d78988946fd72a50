import { AppError } from '../../errors.js';
import type { ArchiveCheckJob, ArchiveCheckResult } from './archive-check-job.js';
import type { UploadReadLimits } from './upload-limits.js';
import { uploadWorkers, type PoolFailure } from './worker-pool.js';

const CHECK_JOB = new URL('./archive-check-job.ts', import.meta.url);

function failure(fileName: string, limits: UploadReadLimits) {
  return (why: PoolFailure): ArchiveCheckResult => {
    switch (why) {
      case 'timeout':
        return { ok: false, code: 'UNREADABLE_DOCUMENT', message: `Kiểm tra tệp «${fileName}» quá ${Math.round(limits.timeLimitMs / 1000)} giây nên đã dừng: tệp có thể bị hỏng.` };
      case 'out_of_memory':
        return { ok: false, code: 'UNREADABLE_DOCUMENT', message: `Tệp «${fileName}» cần quá nhiều bộ nhớ để kiểm tra nên đã bị từ chối: tệp có thể bị hỏng.` };
      case 'busy':
        return { ok: false, code: 'RATE_LIMITED', message: 'Máy chủ đang kiểm tra nhiều tệp khác. Hãy gửi lại sau một phút.' };
      default:
        return { ok: false, code: 'INTERNAL', message: 'Bộ kiểm tra tệp gặp lỗi và đã được khởi động lại. Hãy thử lại.' };
    }
  };
}

/**
 * Refuses an Office material (.docx/.xlsx/.pptx, all zips) that inflates beyond the limits or to
 * more than it declares (a zip bomb), checked in an upload worker so the server's thread never
 * inflates anything. Throws the refusal as an AppError (413, 415, 422 or 429).
 */
export async function checkOfficeArchive(bytes: Buffer, fileName: string, limits: UploadReadLimits): Promise<void> {
  const job: ArchiveCheckJob = {
    bytes,
    fileName,
    zip: { maxInflatedBytes: limits.materialMaxInflatedBytes, maxEntries: limits.maxZipEntries, maxCompressionRatio: limits.maxCompressionRatio },
  };
  const result = await uploadWorkers(limits.workerMemoryMb).run({ module: CHECK_JOB, job, timeLimitMs: limits.timeLimitMs, failure: failure(fileName, limits) });
  if (!result.ok) throw new AppError(result.code, result.message, result.code === 'RATE_LIMITED' ? { retryAfterSeconds: 60 } : {});
}
