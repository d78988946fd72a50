import os from 'node:os';
import { Worker } from 'node:worker_threads';

const WORKER_ENTRY = new URL('./worker-entry.mjs', import.meta.url);
/** Loading tsx and the job's module in a new thread; longer means the worker is broken. */
const STARTUP_LIMIT_MS = 60_000;

/** Why a job got no answer from its module: it overran, ran out of heap, the worker died, or too many were waiting. */
export type PoolFailure = 'timeout' | 'out_of_memory' | 'internal' | 'busy';

export interface WorkerPoolOptions {
  /** Heap limit of each worker (`resourceLimits`): a job that needs more ends its worker, not the server. */
  memoryMb: number;
  /** Workers at most; default 1–2 (a core is left for the server). */
  size?: number;
  /** Jobs waiting beyond the running ones before new ones are answered `busy` at once. */
  maxQueued?: number;
}

/** One job: the TypeScript module whose `runJob(job)` does it (arguments and result structured-clonable). */
export interface WorkerTask<J, R> {
  module: URL;
  job: J;
  timeLimitMs: number;
  /** The answer when `runJob` gave none: it overran, ran out of heap, the worker died, or the queue was full. */
  failure: (why: PoolFailure) => R;
}

// Jobs of any module share the workers; each task keeps its own types through `run`.
type AnyTask = WorkerTask<any, any>;
type Pending = AnyTask & { resolve: (result: unknown) => void };
type Slot = { worker: Worker; ready: boolean; current: (Pending & { id: number; timer: NodeJS.Timeout }) | null };

/**
 * A small pool of worker threads for reading uploads, so a hostile or pathological file costs a
 * worker, never the server's thread: each job has a wall-clock limit (the worker is terminated and
 * replaced when it overruns) and each worker a heap limit. Workers are reused between jobs and
 * kept unreferenced while idle, so they never hold a CLI process open. The job's module and its
 * failure answers are given per job, so jobs of several features share the same few workers;
 * intake keeps a pool of its own (its own heap limit, an unbounded queue).
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private readonly size: number;
  private readonly maxQueued: number;
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: WorkerPoolOptions) {
    this.size = options.size ?? Math.min(2, Math.max(1, os.availableParallelism() - 1));
    this.maxQueued = options.maxQueued ?? 16;
  }

  run<J, R>(task: WorkerTask<J, R>): Promise<R> {
    if (this.closed) return Promise.resolve(task.failure('internal'));
    if (this.queue.length >= this.maxQueued) return Promise.resolve(task.failure('busy'));
    return new Promise((resolve) => {
      this.queue.push({ ...task, resolve: resolve as (result: unknown) => void });
      while (this.slots.length < this.size && this.slots.length < this.queue.length + this.busyCount()) this.spawn();
      this.dispatch();
    });
  }

  /**
   * Starts a worker and has it load `module` before any job asks for it: loading the TypeScript
   * loader and a document reader's modules in a new thread takes seconds, which the first upload
   * after a start would otherwise wait for. The worker stays idle and unreferenced.
   */
  warm(module: URL): void {
    if (this.closed) return;
    if (this.slots.length === 0) this.spawn();
    for (const slot of this.slots) slot.worker.postMessage({ type: 'load', module: module.href });
    this.dispatch();
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.resolve(p.failure('internal'));
    await Promise.all(this.slots.splice(0).map((s) => this.stop(s, 'internal')));
  }

  private busyCount(): number {
    return this.slots.filter((s) => s.current).length;
  }

  private spawn(): void {
    const { memoryMb } = this.options;
    const worker = new Worker(WORKER_ENTRY, {
      resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: Math.min(64, memoryMb / 4) },
    });
    const slot: Slot = { worker, ready: false, current: null };
    this.slots.push(slot);
    const startup = setTimeout(() => this.fail(slot, 'internal'), STARTUP_LIMIT_MS);
    startup.unref();
    worker.on('message', (message: { type: 'ready' } | { type: 'result'; id: number; result: unknown }) => {
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
      this.fail(slot, error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out_of_memory' : 'internal');
    });
    worker.on('exit', () => {
      clearTimeout(startup);
      this.fail(slot, 'internal');
    });
  }

  /** The worker is gone or must go: answer its job, and everything queued if it never started. */
  private fail(slot: Slot, why: PoolFailure): void {
    if (!this.slots.includes(slot)) return;
    this.slots.splice(this.slots.indexOf(slot), 1);
    const neverStarted = !slot.ready;
    void this.stop(slot, why);
    if (neverStarted && this.slots.length === 0) {
      // A worker that cannot even start (broken install) would fail every job the same way.
      for (const p of this.queue.splice(0)) p.resolve(p.failure(why));
      return;
    }
    if (this.queue.length > 0 && !this.closed) this.spawn();
  }

  private async stop(slot: Slot, why: PoolFailure): Promise<void> {
    const current = slot.current;
    slot.current = null;
    if (current) {
      clearTimeout(current.timer);
      current.resolve(current.failure(why));
    }
    slot.worker.removeAllListeners('exit');
    await slot.worker.terminate();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (!slot.ready || slot.current || this.queue.length === 0) continue;
      const pending = this.queue.shift()!;
      const id = this.nextId++;
      const timer = setTimeout(() => this.fail(slot, 'timeout'), pending.timeLimitMs);
      slot.current = { ...pending, id, timer };
      slot.worker.ref();
      slot.worker.postMessage({ id, module: pending.module.href, job: pending.job });
    }
    // Idle workers must not keep a process alive; workers starting for queued jobs must.
    for (const slot of this.slots) {
      if (slot.current || (!slot.ready && this.queue.length > 0)) slot.worker.ref();
      else slot.worker.unref();
    }
  }
}

let shared: WorkerPool | null = null;

/**
 * The process's pool for reading uploads (participant lists, material checks). Its heap limit is
 * fixed by the first caller (the server passes config); `closeUploadWorkers` stops it and the next
 * call starts a new one.
 */
export function uploadWorkers(memoryMb: number): WorkerPool {
  shared ??= new WorkerPool({ memoryMb });
  return shared;
}

export async function closeUploadWorkers(): Promise<void> {
  const p = shared;
  shared = null;
  await p?.close();
}
