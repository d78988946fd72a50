/**
 * How much of a document intake will read. Uploaded files come from anywhere (a saved page, an
 * old report, a forwarded attachment), so every reader stops at these limits instead of trusting
 * the file. Defaults here; `src/server/config.ts` overrides them from the environment
 * (INTAKE_MAX_FILE_BYTES, INTAKE_MAX_INFLATED_BYTES, INTAKE_MAX_PAGES,
 * INTAKE_MAX_TEXT_CHARS, INTAKE_TIME_LIMIT_MS, INTAKE_WORKER_MEMORY_MB).
 */
export interface IntakeLimits {
  /** Largest uploaded file. */
  maxFileBytes: number;
  /** Largest total a .docx may inflate to (all entries together, counted while inflating). */
  maxInflatedBytes: number;
  /** Most entries a .docx zip may hold. */
  maxZipEntries: number;
  /** Largest inflated/compressed ratio for an entry above 1 MB (Word XML is typically 5–20×). */
  maxCompressionRatio: number;
  /** PDF pages read; later pages are skipped with a warning. */
  maxPages: number;
  /** Longest text (UTF-16 units) handed to the extractor. */
  maxTextChars: number;
  /** Wall-clock limit for reading and extracting one document, in the worker. */
  timeLimitMs: number;
  /** Heap of each intake worker; a document that needs more ends that worker, not the server. */
  workerMemoryMb: number;
}

export const defaultIntakeLimits: Readonly<IntakeLimits> = {
  maxFileBytes: 20 * 1024 * 1024,
  maxInflatedBytes: 100 * 1024 * 1024,
  maxZipEntries: 2_000,
  maxCompressionRatio: 200,
  maxPages: 200,
  maxTextChars: 1_000_000,
  timeLimitMs: 20_000,
  workerMemoryMb: 512,
};

export function withDefaultLimits(limits?: Partial<IntakeLimits>): IntakeLimits {
  return { ...defaultIntakeLimits, ...limits };
}
