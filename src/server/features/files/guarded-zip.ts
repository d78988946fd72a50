import { Unzip, UnzipInflate, UnzipPassThrough, unzipSync, type UnzipFileInfo } from 'fflate';
import { formatViNumber } from '../../../shared/text/index.js';

/**
 * Reading a zip (Word, Excel, PowerPoint files are zips) without trusting it, shared by intake
 * (.docx), the participants import (.xlsx) and conference materials (.docx/.xlsx/.pptx).
 *
 * A zip bomb declares small sizes, or huge ratios, or many entries. It is refused first from the
 * central directory, then while inflating, counting the bytes actually produced: whatever the
 * headers claim, no more than `maxInflatedBytes` is ever inflated, and an entry that inflates to
 * more than it declared is refused at that point. Callers turn `ZipGuardError` into their own
 * Vietnamese sentence ("Tệp Word bị từ chối: …").
 */
export interface ZipLimits {
  /** Largest total the checked entries may inflate to, counted while inflating. */
  maxInflatedBytes: number;
  /** Most entries the archive may hold. */
  maxEntries: number;
  /** Largest inflated/compressed ratio for an entry above 1 MB (Office XML is typically 5–20×). */
  maxCompressionRatio: number;
}

export type ZipEntry = UnzipFileInfo;

/**
 * `corrupt`: not a readable zip. `bomb`: refused for its sizes; `detail` is a Vietnamese fragment
 * ("giải nén vượt quá 100 MB") for the caller's sentence.
 */
export class ZipGuardError extends Error {
  constructor(
    readonly reason: 'corrupt' | 'bomb',
    readonly detail: string,
  ) {
    super(detail);
  }
}

/** Below this size an entry's compression ratio says nothing (a page of repeated XML). */
const RATIO_FLOOR_BYTES = 1024 * 1024;
/** Compressed bytes fed to the inflater at a time: bounds what one step can produce (deflate ≤ ~1032×). */
const FEED_BYTES = 16 * 1024;
/** Slack over an entry's declared size before it counts as lying (a data descriptor may round). */
const DECLARED_SLACK_BYTES = 1024;

const MB = 1024 * 1024;
/** "50,0 MB" for what the file is; "20 MB" for a limit. */
export function formatMegabytes(bytes: number, exact = true): string {
  const value = bytes / MB;
  if (!exact) return `${formatViNumber(value, { maximumFractionDigits: 1 })} MB`;
  return `${new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value)} MB`;
}

const bomb = (detail: string) => new ZipGuardError('bomb', detail);
const corrupt = () => new ZipGuardError('corrupt', 'tệp nén bị hỏng');

/** The central directory's entries; nothing is inflated. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const entries: ZipEntry[] = [];
  try {
    // The filter sees every central-directory entry; refusing them all inflates nothing.
    unzipSync(bytes, {
      filter: (info) => {
        entries.push(info);
        return false;
      },
    });
  } catch {
    throw corrupt();
  }
  return entries;
}

/**
 * Refuses from the declared sizes alone: too many entries, an unknown compression method, an
 * entry compressed beyond the ratio, or (unless `declaredTotal` is false) a declared total over
 * the limit. Entries matching `skip` are not counted (intake never inflates a .docx's pictures).
 * Without the declared total, the actual total is still counted while inflating: a caller that
 * stops earlier for a reason of its own (too many rows) can then say so.
 */
export function checkDeclaredSizes(entries: ZipEntry[], limits: ZipLimits, skip?: RegExp, declaredTotal = true): void {
  if (entries.length > limits.maxEntries) throw bomb(`có ${formatViNumber(entries.length)} phần, tối đa ${formatViNumber(limits.maxEntries)}`);
  let total = 0;
  for (const e of entries) {
    if (e.compression !== 0 && e.compression !== 8) throw corrupt();
    if (skip?.test(e.name)) continue;
    total += e.originalSize;
    if (e.originalSize > RATIO_FLOOR_BYTES && e.originalSize > e.size * limits.maxCompressionRatio) {
      throw bomb(`phần “${e.name}” nén hơn ${limits.maxCompressionRatio} lần`);
    }
  }
  if (declaredTotal && total > limits.maxInflatedBytes) {
    throw bomb(`giải nén ra ${formatMegabytes(total)}, tối đa ${formatMegabytes(limits.maxInflatedBytes, false)}`);
  }
}

export interface InflateOptions {
  /** Entries neither inflated nor counted; they come back as empty parts. */
  skip?: RegExp;
  /** Keep the inflated bytes (default); `false` only checks them, holding nothing. */
  keep?: boolean;
  /** Only these entries are inflated (all others are left out, as if absent); default all. */
  only?: (name: string) => boolean;
  /** Sees each inflated chunk as it is produced; throwing stops the inflating at once. */
  onData?: (name: string, chunk: Uint8Array) => void;
}

/**
 * Inflates the entries named in `declared` (from `readZipDirectory`, already checked), counting
 * the bytes actually produced against `maxInflatedBytes` and each entry's declared size. Throws
 * `ZipGuardError` at the first byte over a limit, or whatever `onData` throws.
 */
export function inflateZipGuarded(bytes: Uint8Array, declared: ZipEntry[], limits: ZipLimits, options: InflateOptions = {}): Record<string, Uint8Array> {
  const declaredSize = new Map(declared.map((e) => [e.name, e.originalSize]));
  const keep = options.keep ?? true;
  const files = new Map<string, Uint8Array>();
  let callerError: unknown = null;
  let total = 0;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  unzip.onfile = (file) => {
    const expected = declaredSize.get(file.name);
    // A local header the central directory does not list, or one already read, is never inflated.
    if (expected === undefined || file.name.endsWith('/') || files.has(file.name)) return;
    if (options.only && !options.only(file.name)) return;
    if (options.skip?.test(file.name)) {
      files.set(file.name, new Uint8Array(0));
      return;
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (error, chunk, final) => {
      if (error) throw error;
      size += chunk.length;
      total += chunk.length;
      if (total > limits.maxInflatedBytes) throw bomb(`giải nén vượt quá ${formatMegabytes(limits.maxInflatedBytes, false)}`);
      if (size > expected + DECLARED_SLACK_BYTES) throw bomb(`phần “${file.name}” lớn hơn kích thước khai báo`);
      if (options.onData) {
        try {
          options.onData(file.name, chunk);
        } catch (error) {
          callerError = error;
          throw error;
        }
      }
      if (keep) chunks.push(chunk);
      if (final) files.set(file.name, keep ? concat(chunks, size) : new Uint8Array(0));
    };
    file.start();
  };
  try {
    for (let at = 0; at < bytes.length; at += FEED_BYTES) {
      unzip.push(bytes.subarray(at, at + FEED_BYTES), at + FEED_BYTES >= bytes.length);
    }
  } catch (error) {
    if (error instanceof ZipGuardError || (callerError !== null && error === callerError)) throw error;
    throw corrupt();
  }
  // fromEntries defines own properties, so a part named "__proto__" is just a name.
  return Object.fromEntries(files);
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
