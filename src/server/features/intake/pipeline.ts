import { WorkerPool, type PoolFailure } from '../files/worker-pool.js';
import type { IntakeJob } from './pipeline-job.js';
import type { IntakeReadResult } from './pipeline-result.js';
import { withDefaultLimits, type IntakeLimits } from './read/limits.js';
import { emptyFile, fileTooLarge, textTooLong } from './read/read-error.js';

export type { IntakeReadResult } from './pipeline-result.js';
export { defaultIntakeLimits, type IntakeLimits } from './read/limits.js';

/** The module each intake worker runs (`runJob`), in worker threads with the shared pool's design. */
const JOB_MODULE = new URL('./pipeline-job.ts', import.meta.url);

// Intake has its own workers (its own heap limit), and documents wait their turn rather than
// being turned away: an upload of a dozen reports queues, it is not refused.
let pool: WorkerPool | null = null;

function poolFor(limits: IntakeLimits): WorkerPool {
  // One pool per process; its heap limit is fixed by the first caller (the server passes config).
  pool ??= new WorkerPool({ memoryMb: limits.workerMemoryMb, maxQueued: Number.POSITIVE_INFINITY });
  return pool;
}

/** Loads intake's readers in a worker now (the server calls this once it listens), so the first upload does not wait for them. */
export function warmIntakeReader(limits: IntakeLimits): void {
  poolFor(limits).warm(JOB_MODULE);
}

function runInWorker(job: IntakeJob, timeLimitMs: number): Promise<IntakeReadResult> {
  return poolFor(job.limits).run({ module: JOB_MODULE, job, timeLimitMs, failure: (why) => workerFailure(why, timeLimitMs) });
}

function workerFailure(why: PoolFailure, timeLimitMs: number): IntakeReadResult {
  if (why === 'timeout') {
    const seconds = Math.round(timeLimitMs / 1000);
    return { ok: false, code: 'timeout', message: `Đọc tài liệu quá ${seconds} giây nên đã dừng: tệp có thể quá phức tạp hoặc bị hỏng. Hãy lưu lại thành .docx/.txt rồi gửi lại.` };
  }
  if (why === 'out_of_memory') {
    return { ok: false, code: 'out_of_memory', message: 'Tài liệu cần quá nhiều bộ nhớ để đọc nên đã dừng: tệp có thể quá phức tạp hoặc bị hỏng.' };
  }
  return { ok: false, code: 'internal', message: 'Bộ đọc tài liệu gặp lỗi và đã được khởi động lại. Hãy thử lại hoặc gửi tệp ở định dạng khác.' };
}

/**
 * Reads an uploaded document and extracts its draft, in a worker thread: the request's thread
 * only checks the size. Never throws for a bad document: `{ ok: false, code, message }` carries one
 * Vietnamese line (`empty`, `too_large`, `unsupported_type`, `corrupt`, `archive_too_large`,
 * `encrypted`, `no_text`, `no_article`, `too_long`, `timeout`, `out_of_memory`, `internal`).
 * Text that is not Vietnamese gives `ok: true` with an empty draft and a warning.
 */
export async function readAndExtract(
  input: { bytes: Uint8Array; fileName: string; declaredType?: string | null },
  limits?: Partial<IntakeLimits>,
): Promise<IntakeReadResult> {
  const l = withDefaultLimits(limits);
  // Refused here, before the bytes are copied to a worker.
  if (input.bytes.length === 0) return failed(emptyFile());
  if (input.bytes.length > l.maxFileBytes) return failed(fileTooLarge(input.bytes.length, l.maxFileBytes));
  return runInWorker({ type: 'file', bytes: input.bytes, fileName: input.fileName, declaredType: input.declaredType ?? null, limits: l }, l.timeLimitMs);
}

/**
 * Pasted text, or a saved page's HTML (`format: 'html'`; `auto`, the default, looks at the text),
 * read and extracted like an uploaded file.
 */
export async function readAndExtractText(
  input: { text: string; format?: 'text' | 'html' | 'auto' },
  limits?: Partial<IntakeLimits>,
): Promise<IntakeReadResult> {
  const l = withDefaultLimits(limits);
  if (!input.text.trim()) return failed(emptyFile());
  if (input.text.length > l.maxTextChars) return failed(textTooLong(input.text.length, l.maxTextChars));
  return runInWorker({ type: 'text', text: input.text, format: input.format ?? 'auto', limits: l }, l.timeLimitMs);
}

/** Stops the workers (tests, a server shutting down). The next call starts a new pool. */
export async function closeIntakePipeline(): Promise<void> {
  const p = pool;
  pool = null;
  await p?.close();
}

function failed(error: { code: string; message: string }): IntakeReadResult {
  return { ok: false, code: error.code as Extract<IntakeReadResult, { ok: false }>['code'], message: error.message };
}
