import { checkDeclaredSizes, inflateZipGuarded, readZipDirectory, ZipGuardError, type ZipLimits } from './guarded-zip.js';

/** Checking one Office material (a zip) in an upload worker, before it is stored. */
export type ArchiveCheckJob = { bytes: Uint8Array; fileName: string; zip: ZipLimits };
export type ArchiveCheckResult =
  | { ok: true }
  | { ok: false; code: 'PAYLOAD_TOO_LARGE' | 'UNSUPPORTED_MEDIA_TYPE' | 'UNREADABLE_DOCUMENT' | 'RATE_LIMITED' | 'INTERNAL'; message: string };

/**
 * Inflates every entry, pictures included, counting the bytes and keeping none: a material is
 * stored as sent and opened later by whoever downloads it, so all of it must be what it declares.
 * Never throws; every refusal is one Vietnamese sentence.
 */
export async function runJob(job: ArchiveCheckJob): Promise<ArchiveCheckResult> {
  try {
    const declared = readZipDirectory(job.bytes);
    checkDeclaredSizes(declared, job.zip);
    inflateZipGuarded(job.bytes, declared, job.zip, { keep: false });
    return { ok: true };
  } catch (error) {
    if (error instanceof ZipGuardError && error.reason === 'bomb') {
      return {
        ok: false,
        code: 'PAYLOAD_TOO_LARGE',
        message: `Tệp «${job.fileName}» bị từ chối: ${error.detail}. Tệp có thể bị hỏng hoặc được tạo ra để làm treo máy của người mở nó.`,
      };
    }
    if (error instanceof ZipGuardError) {
      return { ok: false, code: 'UNSUPPORTED_MEDIA_TYPE', message: `Tệp «${job.fileName}» bị hỏng, không giải nén được. Hãy mở lại tệp và lưu đúng định dạng.` };
    }
    return { ok: false, code: 'INTERNAL', message: `Không kiểm tra được tệp «${job.fileName}» do lỗi hệ thống. Hãy thử lại.` };
  }
}
