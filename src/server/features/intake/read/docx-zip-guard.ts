import { Unzip, UnzipInflate, UnzipPassThrough, unzipSync, type UnzipFileInfo } from 'fflate';
import type { IntakeLimits } from './limits.js';
import { formatMegabytes, IntakeReadError } from './read-error.js';

/** Pictures and embedded objects: never needed for the text, so never inflated (kept as empty parts). */
const NOT_TEXT = /^word\/(?:media|embeddings)\//u;
/** Below this size an entry's compression ratio says nothing (a page of repeated XML). */
const RATIO_FLOOR_BYTES = 1024 * 1024;
/** Compressed bytes fed to the inflater at a time: bounds what one step can produce (deflate ≤ ~1032×). */
const FEED_BYTES = 16 * 1024;

const zipBomb = (detail: string) =>
  new IntakeReadError('archive_too_large', `Tệp Word bị từ chối: ${detail}. Tệp có thể bị hỏng hoặc được tạo ra để làm treo hệ thống.`);

/**
 * Opens a .docx (a zip) without trusting it. A zip bomb renamed .docx declares small sizes, or
 * huge ratios, or many entries; it is refused first from the central directory, then while
 * inflating, counting the bytes actually produced, so it stops after at most `maxInflatedBytes`
 * whatever the headers claim. Returns the entries as inflated, for a zip rebuilt from them: the
 * Word reader (mammoth) only ever sees what was counted here.
 */
export function inflateDocxSafely(bytes: Uint8Array, limits: IntakeLimits): Record<string, Uint8Array> {
  const declared = readCentralDirectory(bytes);
  checkDeclared(declared, limits);

  const names = new Set(declared.map((e) => e.name));
  const files: Record<string, Uint8Array> = {};
  let total = 0;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  unzip.onfile = (file) => {
    if (!names.has(file.name) || file.name.endsWith('/')) return;
    if (NOT_TEXT.test(file.name)) {
      files[file.name] = new Uint8Array(0);
      return;
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    const declaredSize = declared.find((e) => e.name === file.name)?.originalSize ?? 0;
    file.ondata = (error, chunk, final) => {
      if (error) throw error;
      size += chunk.length;
      total += chunk.length;
      if (total > limits.maxInflatedBytes) throw zipBomb(`giải nén vượt quá ${formatMegabytes(limits.maxInflatedBytes, false)}`);
      if (size > declaredSize + 1024) throw zipBomb(`phần “${file.name}” lớn hơn kích thước khai báo`);
      chunks.push(chunk);
      if (final) files[file.name] = concat(chunks, size);
    };
    file.start();
  };
  try {
    for (let at = 0; at < bytes.length; at += FEED_BYTES) {
      unzip.push(bytes.subarray(at, at + FEED_BYTES), at + FEED_BYTES >= bytes.length);
    }
  } catch (error) {
    if (error instanceof IntakeReadError) throw error;
    throw corrupt();
  }
  if (!files['word/document.xml']) throw corrupt();
  return files;
}

function corrupt(): IntakeReadError {
  return new IntakeReadError('corrupt', 'Tệp Word bị hỏng hoặc không đọc được. Hãy mở bằng Word, lưu lại thành .docx rồi gửi lại.');
}

function readCentralDirectory(bytes: Uint8Array): UnzipFileInfo[] {
  const entries: UnzipFileInfo[] = [];
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

/** What the archive is when it is not a Word document, for the message. */
function describeArchive(names: Set<string>): string {
  if (names.has('xl/workbook.xml')) return 'một bảng tính Excel (.xlsx)';
  if (names.has('ppt/presentation.xml')) return 'một tệp trình chiếu PowerPoint (.pptx)';
  if (names.has('content.xml') && names.has('mimetype')) return 'một tệp OpenDocument (.odt/.ods)';
  return 'một tệp nén ZIP';
}

function checkDeclared(entries: UnzipFileInfo[], limits: IntakeLimits): void {
  const names = new Set(entries.map((e) => e.name));
  if (!names.has('word/document.xml')) {
    throw new IntakeReadError(
      'unsupported_type',
      `Tệp không phải tài liệu Word mà là ${describeArchive(names)}. Hệ thống đọc được .txt, .html, .docx và .pdf có lớp chữ.`,
    );
  }
  if (entries.length > limits.maxZipEntries) throw zipBomb(`có ${entries.length} phần, tối đa ${limits.maxZipEntries}`);
  let total = 0;
  for (const e of entries) {
    if (e.compression !== 0 && e.compression !== 8) throw corrupt();
    if (NOT_TEXT.test(e.name)) continue;
    total += e.originalSize;
    if (e.originalSize > RATIO_FLOOR_BYTES && e.originalSize > e.size * limits.maxCompressionRatio) {
      throw zipBomb(`phần “${e.name}” nén hơn ${limits.maxCompressionRatio} lần`);
    }
  }
  if (total > limits.maxInflatedBytes) {
    throw zipBomb(`giải nén ra ${formatMegabytes(total)}, tối đa ${formatMegabytes(limits.maxInflatedBytes, false)}`);
  }
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
