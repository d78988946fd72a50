import { zipSync } from 'fflate';
import mammoth from 'mammoth';
import { legacyFontOf } from './docx-fonts.js';
import { inflateDocxSafely } from './docx-zip-guard.js';
import { toReadableUnicode } from './legacy-text.js';
import type { IntakeLimits } from './limits.js';
import { plainText, type ReadDocument } from './read-document-types.js';
import { IntakeReadError } from './read-error.js';

/**
 * A Word document → its text, paragraphs separated by blank lines. The zip is inflated under the
 * limits first (`inflateDocxSafely`) and mammoth reads a copy rebuilt from what was counted
 * (stored, not recompressed: cheap). A document typed in a TCVN3 or VNI font is converted to
 * Unicode, line by line.
 */
export async function readDocx(bytes: Uint8Array, limits: IntakeLimits): Promise<Omit<ReadDocument, 'kind'>> {
  const files = inflateDocxSafely(bytes, limits);
  const legacyHint = legacyFontOf([files['word/document.xml'], files['word/styles.xml']]);
  let raw: string;
  try {
    const rebuilt = zipSync(files, { level: 0 });
    raw = (await mammoth.extractRawText({ buffer: Buffer.from(rebuilt.buffer, rebuilt.byteOffset, rebuilt.byteLength) })).value;
  } catch {
    throw new IntakeReadError('corrupt', 'Tệp Word bị hỏng hoặc không đọc được. Hãy mở bằng Word, lưu lại thành .docx rồi gửi lại.');
  }
  return plainText(toReadableUnicode(raw.replace(/\n{3,}/gu, '\n\n').trim(), legacyHint));
}
