import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { IntakeJob } from './pipeline-job.js';
import type { IntakeReadResult } from './pipeline-result.js';

const WORKER_ENTRY = new URL('./pipeline-worker.mjs', import.meta.url);
/** Loading tsx, the readers and the extractor in a new thread; longer means the worker is broken. */
const STARTUP_LIMIT_MS = 60_000;

type Pending = { job: IntakeJob; timeLimitMs: number; resolve: (result: IntakeReadResult) => void };
type Slot = { worker: Worker; ready: boolean; current: (Pending & { id: number; timer: NodeJS.Timeout }) | null };

const failure = (code: 'timeout' | 'out_of_memory' | 'internal', message: string): IntakeReadResult => ({ ok: false, code, message });

const TIMEOUT_MESSAGE = (ms: number) =>
  `Đọc tài liệu quá ${Math.round(ms / 1000)} giây nên đã dừng: tệp có thể quá phức tạp hoặc bị hỏng. Hãy lưu lại thành .docx/.txt rồi gửi lại.`;
const MEMORY_MESSAGE = 'Tài liệu cần quá nhiều bộ nhớ để đọc nên đã dừng: tệp có thể quá phức tạp hoặc bị hỏng.';
const CRASH_MESSAGE = 'Bộ đọc tài liệu gặp lỗi và đã được khởi động lại. Hãy thử lại hoặc gửi tệp ở định dạng khác.';

/**
 * A small pool of worker threads that read and extract documents, so a hostile or pathological
 * file costs a worker, never the server: each job has a wall-clock limit (the worker is terminated
 * and replaced when it overruns) and each worker a heap limit (`resourceLimits`). Workers are
 * reused between jobs and kept unreferenced while idle, so they never hold a CLI process open.
 */
export class IntakeWorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly size = Math.min(2, Math.max(1, os.availableParallelism() - 1)),
    private readonly memoryMb = 512,
  ) {}

  run(job: IntakeJob, timeLimitMs: number): Promise<IntakeReadResult> {
    if (this.closed) return Promise.resolve(failure('internal', CRASH_MESSAGE));
    return new Promise((resolve) => {
      this.queue.push({ job, timeLimitMs, resolve });
      while (this.slots.length < this.size && this.slots.length < this.queue.length + this.busyCount()) this.spawn();
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.resolve(failure('internal', CRASH_MESSAGE));
    await Promise.all(this.slots.splice(0).map((s) => this.stop(s, failure('internal', CRASH_MESSAGE))));
  }

  private busyCount(): number {
    return this.slots.filter((s) => s.current).length;
  }

  private spawn(): void {
    const worker = new Worker(WORKER_ENTRY, {
      resourceLimits: { maxOldGenerationSizeMb: this.memoryMb, maxYoungGenerationSizeMb: Math.min(64, this.memoryMb / 4) },
    });
    const slot: Slot = { worker, ready: false, current: null };
    this.slots.push(slot);
    const startup = setTimeout(() => this.fail(slot, failure('internal', CRASH_MESSAGE)), STARTUP_LIMIT_MS);
    startup.unref();
    worker.on('message', (message: { type: 'ready' } | { type: 'result'; id: number; result: IntakeReadResult }) => {
      if (message.type === 'ready') {
        clearTimeout(startup);
        slot.ready = true;
      } else if (slot.current?.id === message.id) {
        clearTimeout(slot.current.timer);
        slot.current.resolve(message.result);
        slot.current = null;
      }
      this.dispatch();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      clearTimeout(startup);
      const oom = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.fail(slot, oom ? failure('out_of_memory', MEMORY_MESSAGE) : failure('internal', CRASH_MESSAGE));
    });
    worker.on('exit', () => {
      clearTimeout(startup);
      this.fail(slot, failure('internal', CRASH_MESSAGE));
    });
  }

  /** The worker is gone or must go: answer its job, and everything queued if it never started. */
  private fail(slot: Slot, result: IntakeReadResult): void {
    if (!this.slots.includes(slot)) return;
    this.slots.splice(this.slots.indexOf(slot), 1);
    const neverStarted = !slot.ready;
    void this.stop(slot, result);
    if (neverStarted && this.slots.length === 0) {
      // A worker that cannot even start (broken install) would fail every job the same way.
      for (const p of this.queue.splice(0)) p.resolve(result);
      return;
    }
    if (this.queue.length > 0 && !this.closed) this.spawn();
  }

  private async stop(slot: Slot, result: IntakeReadResult): Promise<void> {
    const current = slot.current;
    slot.current = null;
    if (current) {
      clearTimeout(current.timer);
      current.resolve(result);
    }
    slot.worker.removeAllListeners('exit');
    await slot.worker.terminate();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (!slot.ready || slot.current || this.queue.length === 0) continue;
      const pending = this.queue.shift()!;
      const id = this.nextId++;
      const timer = setTimeout(() => this.fail(slot, failure('timeout', TIMEOUT_MESSAGE(pending.timeLimitMs))), pending.timeLimitMs);
      slot.current = { ...pending, id, timer };
      slot.worker.ref();
      slot.worker.postMessage({ id, job: pending.job });
    }
    // Idle workers must not keep a process alive; workers starting for queued jobs must.
    for (const slot of this.slots) {
      if (slot.current || (!slot.ready && this.queue.length > 0)) slot.worker.ref();
      else slot.worker.unref();
    }
  }
}
