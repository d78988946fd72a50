import { checkDeclaredSizes, inflateZipGuarded, readZipDirectory, ZipGuardError } from '../../files/guarded-zip.js';
import type { IntakeLimits } from './limits.js';
import { IntakeReadError } from './read-error.js';

/** Pictures and embedded objects: never needed for the text, so never inflated (kept as empty parts). */
const NOT_TEXT = /^word\/(?:media|embeddings)\//u;

const zipBomb = (detail: string) =>
  new IntakeReadError('archive_too_large', `Tệp Word bị từ chối: ${detail}. Tệp có thể bị hỏng hoặc được tạo ra để làm treo hệ thống.`);

/**
 * Opens a .docx (a zip) without trusting it (see features/files/guarded-zip.ts): refused first
 * from the central directory, then while inflating, counting the bytes actually produced, so it
 * stops after at most `maxInflatedBytes` whatever the headers claim. Returns the entries as
 * inflated, for a zip rebuilt from them: the Word reader (mammoth) only ever sees what was
 * counted here.
 */
export function inflateDocxSafely(bytes: Uint8Array, limits: IntakeLimits): Record<string, Uint8Array> {
  const zipLimits = { maxInflatedBytes: limits.maxInflatedBytes, maxEntries: limits.maxZipEntries, maxCompressionRatio: limits.maxCompressionRatio };
  try {
    const declared = readZipDirectory(bytes);
    checkIsWord(new Set(declared.map((e) => e.name)));
    checkDeclaredSizes(declared, zipLimits, NOT_TEXT);
    const files = inflateZipGuarded(bytes, declared, zipLimits, { skip: NOT_TEXT });
    if (!files['word/document.xml']) throw corrupt();
    return files;
  } catch (error) {
    if (error instanceof ZipGuardError) throw error.reason === 'bomb' ? zipBomb(error.detail) : corrupt();
    throw error;
  }
}

function corrupt(): IntakeReadError {
  return new IntakeReadError('corrupt', 'Tệp Word bị hỏng hoặc không đọc được. Hãy mở bằng Word, lưu lại thành .docx rồi gửi lại.');
}

/** What the archive is when it is not a Word document, for the message. */
function describeArchive(names: Set<string>): string {
  if (names.has('xl/workbook.xml')) return 'một bảng tính Excel (.xlsx)';
  if (names.has('ppt/presentation.xml')) return 'một tệp trình chiếu PowerPoint (.pptx)';
  if (names.has('content.xml') && names.has('mimetype')) return 'một tệp OpenDocument (.odt/.ods)';
  return 'một tệp nén ZIP';
}

function checkIsWord(names: Set<string>): void {
  if (!names.has('word/document.xml')) {
    throw new IntakeReadError(
      'unsupported_type',
      `Tệp không phải tài liệu Word mà là ${describeArchive(names)}. Hệ thống đọc được .txt, .html, .docx và .pdf có lớp chữ.`,
    );
  }
}
