/**
 * What reading one uploaded Office file may cost, outside intake (which has its own limits in
 * intake/read/limits.ts): a participant list (.xlsx) is read in a worker thread, and a material
 * (.docx/.xlsx/.pptx) has its zip checked there before it is stored. Defaults here;
 * `src/server/config.ts` overrides them from the environment (IMPORT_MAX_INFLATED_BYTES,
 * MATERIAL_MAX_INFLATED_BYTES, UPLOAD_TIME_LIMIT_MS, UPLOAD_WORKER_MEMORY_MB).
 */
export interface UploadReadLimits {
  /** Largest total a participant list (.xlsx) may inflate to; 50.000 rows of the template inflate to ~15 MB. */
  importMaxInflatedBytes: number;
  /** Largest total a material (.docx/.xlsx/.pptx) may inflate to, pictures included. */
  materialMaxInflatedBytes: number;
  /** Most entries such a zip may hold. */
  maxZipEntries: number;
  /** Largest inflated/compressed ratio for an entry above 1 MB (Office XML is typically 5–20×). */
  maxCompressionRatio: number;
  /** Wall-clock limit for reading one upload in its worker. */
  timeLimitMs: number;
  /** Heap of each upload-reading worker; a file that needs more ends that worker, not the server. */
  workerMemoryMb: number;
}

export const defaultUploadReadLimits: Readonly<UploadReadLimits> = {
  importMaxInflatedBytes: 100 * 1024 * 1024,
  materialMaxInflatedBytes: 256 * 1024 * 1024,
  maxZipEntries: 5_000,
  maxCompressionRatio: 200,
  timeLimitMs: 30_000,
  workerMemoryMb: 512,
};
