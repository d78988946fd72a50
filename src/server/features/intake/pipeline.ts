import { IntakeWorkerPool } from './pipeline-pool.js';
import type { IntakeReadResult } from './pipeline-result.js';
import { withDefaultLimits, type IntakeLimits } from './read/limits.js';
import { emptyFile, fileTooLarge, textTooLong } from './read/read-error.js';

export type { IntakeReadResult } from './pipeline-result.js';
export { defaultIntakeLimits, type IntakeLimits } from './read/limits.js';

let pool: IntakeWorkerPool | null = null;

function poolFor(limits: IntakeLimits): IntakeWorkerPool {
  // One pool per process; its heap limit is fixed by the first caller (the server passes config).
  pool ??= new IntakeWorkerPool(undefined, limits.workerMemoryMb);
  return pool;
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
  return poolFor(l).run({ type: 'file', bytes: input.bytes, fileName: input.fileName, declaredType: input.declaredType ?? null, limits: l }, l.timeLimitMs);
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
  return poolFor(l).run({ type: 'text', text: input.text, format: input.format ?? 'auto', limits: l }, l.timeLimitMs);
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
