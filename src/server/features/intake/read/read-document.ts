import { toReadableUnicode } from './legacy-text.js';
import type { IntakeLimits } from './limits.js';
import { plainText, type ReadDocument } from './read-document-types.js';
import { readDocx } from './read-docx.js';
import { emptyFile, fileTooLarge, IntakeReadError, textTooLong } from './read-error.js';
import { readHtml } from './read-html.js';
import { readPdf } from './read-pdf.js';
import { claimedKind, looksLikeHtml, sniffContent, type DocumentKind } from './sniff-type.js';

export type { ReadDocument } from './read-document-types.js';

export interface DocumentInput {
  bytes: Uint8Array;
  fileName: string;
  /** The MIME type the browser sent, if any; the file name and the bytes come first. */
  declaredType?: string | null;
}

const LABELS: Record<DocumentKind, string> = {
  txt: 'văn bản thuần (.txt)',
  html: 'trang web (.html)',
  docx: 'tài liệu Word (.docx)',
  pdf: 'tệp PDF',
};

/**
 * Reads an uploaded document by what its bytes are, not by its name. A readable file under the
 * wrong name (a .pdf that is really text, a .doc that is really .docx, a saved page named .txt) is
 * read by its real type with a warning, since every reader is guarded anyway; anything else (an
 * image, an old .doc, an unknown binary) is refused with a message saying what it is and what to
 * send instead.
 */
export async function readDocument(input: DocumentInput, limits: IntakeLimits): Promise<ReadDocument> {
  const { bytes, fileName } = input;
  if (bytes.length === 0) throw emptyFile();
  if (bytes.length > limits.maxFileBytes) throw fileTooLarge(bytes.length, limits.maxFileBytes);
  const claimed = claimedKind(fileName, input.declaredType);
  const sniffed = sniffContent(bytes);
  if (sniffed.kind === 'unsupported') {
    const named = `Tệp “${fileName}”`;
    const is = claimed ? `không phải ${LABELS[claimed]} mà là` : 'là';
    throw new IntakeReadError('unsupported_type', `${named} ${is} ${sniffed.what}. ${sniffed.hint}`);
  }
  let read: ReadDocument;
  if (sniffed.kind === 'pdf') read = { kind: 'pdf', ...(await readPdf(bytes, limits)) };
  else if (sniffed.kind === 'zip') read = { kind: 'docx', ...(await readDocx(bytes, limits)) };
  else {
    read = readDecodedText(sniffed.decoded.text, sniffed.kind);
    if (sniffed.decoded.encoding === 'windows-1258') read.warnings.unshift('Tệp không dùng bảng mã UTF-8; đã đọc theo bảng mã windows-1258.');
  }
  if (claimed && claimed !== read.kind && !(claimed === 'txt' && read.kind === 'html')) {
    read.warnings.unshift(`Tệp “${fileName}” thực chất là ${LABELS[read.kind]}; đã đọc theo đúng định dạng đó.`);
  }
  return checkText(read, limits);
}

/**
 * Pasted text, or the HTML of a saved page: read like a file's decoded text. `format` is what the
 * person chose; `auto` looks at the text.
 */
export function readPastedText(text: string, format: 'text' | 'html' | 'auto', limits: IntakeLimits): ReadDocument {
  if (!text.trim()) throw emptyFile();
  if (text.length > limits.maxTextChars) throw textTooLong(text.length, limits.maxTextChars);
  const html = format === 'html' || (format === 'auto' && looksLikeHtml(text));
  return checkText(readDecodedText(text, html ? 'html' : 'txt'), limits);
}

function readDecodedText(text: string, kind: 'html' | 'txt'): ReadDocument {
  if (kind === 'html') {
    const html = readHtml(text);
    const readable = toReadableUnicode(html.text);
    return { kind, ...html, text: readable.text, warnings: readable.warnings };
  }
  return { kind, ...plainText(toReadableUnicode(text)) };
}

function checkText(read: ReadDocument, limits: IntakeLimits): ReadDocument {
  if (!read.text.trim()) throw emptyFile();
  if (read.text.length > limits.maxTextChars) throw textTooLong(read.text.length, limits.maxTextChars);
  return read;
}
