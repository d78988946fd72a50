import { WorkerPool, type PoolFailure } from '../files/worker-pool.js';
import { withDefaultLimits, type IntakeLimits } from '../intake/read/limits.js';
import type { ReportJob, ReportJobResult } from './read-job.js';

const JOB_MODULE = new URL('./read-job.ts', import.meta.url);

// Reports are read in worker threads of their own (intake's heap limit and time limit): a hostile
// or pathological file costs a worker, never the server's thread.
let pool: WorkerPool | null = null;

function failure(why: PoolFailure, timeLimitMs: number): ReportJobResult {
  if (why === 'timeout') return { ok: false, code: 'timeout', message: `Đọc tài liệu quá ${Math.round(timeLimitMs / 1000)} giây nên đã dừng: tệp có thể quá phức tạp hoặc bị hỏng.` };
  if (why === 'out_of_memory') return { ok: false, code: 'out_of_memory', message: 'Tài liệu cần quá nhiều bộ nhớ để đọc nên đã dừng: tệp có thể quá phức tạp hoặc bị hỏng.' };
  return { ok: false, code: 'internal', message: 'Bộ đọc tài liệu gặp lỗi và đã được khởi động lại. Hãy thử lại.' };
}

/** Reads an upload and proposes its content, in a worker. Never throws for a bad file. */
export function readReportUpload(bytes: Uint8Array, fileName: string, today: string, limits?: Partial<IntakeLimits>): Promise<ReportJobResult> {
  const l = withDefaultLimits(limits);
  pool ??= new WorkerPool({ memoryMb: l.workerMemoryMb, maxQueued: Number.POSITIVE_INFINITY });
  const job: ReportJob = { bytes, fileName, limits: l, today };
  return pool.run({ module: JOB_MODULE, job, timeLimitMs: l.timeLimitMs, failure: (why) => failure(why, l.timeLimitMs) });
}

/** Loads the report reader in a worker now (the server calls this once it listens), so the first upload does not wait for it. */
export function warmReportReader(limits?: Partial<IntakeLimits>): void {
  pool ??= new WorkerPool({ memoryMb: withDefaultLimits(limits).workerMemoryMb, maxQueued: Number.POSITIVE_INFINITY });
  pool.warm(JOB_MODULE);
}

export async function closeReportReader(): Promise<void> {
  const p = pool;
  pool = null;
  await p?.close();
}
