import { decodeText, looksBinary, type DecodedText } from './decode-text.js';

export type DocumentKind = 'txt' | 'html' | 'docx' | 'pdf';

/** What the bytes really are, whatever the file is called. */
export type SniffedContent =
  | { kind: 'pdf' }
  /** A zip archive: a .docx if it holds `word/document.xml` (checked by the docx reader). */
  | { kind: 'zip' }
  | { kind: 'html' | 'txt'; decoded: DecodedText }
  /** Something intake cannot read; `what` names it for the person ("một ảnh PNG"). */
  | { kind: 'unsupported'; what: string; hint: string };

const startsWith = (bytes: Uint8Array, ...sig: number[]) => sig.every((b, i) => bytes[i] === b);

const SAVE_AS_DOCX = 'Hãy mở tệp bằng Word rồi lưu thành .docx, hoặc dán nội dung vào ô văn bản.';
const NEEDS_OCR = 'Hệ thống chưa đọc chữ trong ảnh; hãy gửi bản .docx, .pdf có lớp chữ, hoặc dán nội dung.';

/** Signatures of files people send by mistake, each with what to do instead. */
const UNSUPPORTED: { sig: number[]; what: string; hint: string }[] = [
  { sig: [0x89, 0x50, 0x4e, 0x47], what: 'một ảnh PNG', hint: NEEDS_OCR },
  { sig: [0xff, 0xd8, 0xff], what: 'một ảnh JPEG', hint: NEEDS_OCR },
  { sig: [0x47, 0x49, 0x46, 0x38], what: 'một ảnh GIF', hint: NEEDS_OCR },
  { sig: [0x49, 0x49, 0x2a, 0x00], what: 'một ảnh TIFF (bản scan)', hint: NEEDS_OCR },
  { sig: [0x4d, 0x4d, 0x00, 0x2a], what: 'một ảnh TIFF (bản scan)', hint: NEEDS_OCR },
  { sig: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'tệp Word/Excel 97–2003 (.doc/.xls)', hint: SAVE_AS_DOCX },
  { sig: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'tệp RTF', hint: SAVE_AS_DOCX },
  { sig: [0x52, 0x61, 0x72, 0x21], what: 'tệp nén RAR', hint: 'Hãy giải nén và gửi từng tài liệu.' },
  { sig: [0x37, 0x7a, 0xbc, 0xaf], what: 'tệp nén 7z', hint: 'Hãy giải nén và gửi từng tài liệu.' },
  { sig: [0x1f, 0x8b], what: 'tệp nén gzip', hint: 'Hãy giải nén và gửi từng tài liệu.' },
];

const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml[^>]*>\s*(?:<!doctype\s+html|<html[\s>]))/iu;
const HTML_INSIDE = /<(?:html|body|article|main)[\s>][\s\S]*<\/(?:p|div|article|body)>/iu;

export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096);
  return HTML_START.test(head) || HTML_INSIDE.test(text.slice(0, 65_536));
}

export function sniffContent(bytes: Uint8Array): SniffedContent {
  // pdf.js accepts a PDF header within the first kilobyte (some generators put junk before it).
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.startsWith('%PDF-') || (head.includes('%PDF-') && !looksBinary(head.slice(0, head.indexOf('%PDF-'))))) return { kind: 'pdf' };
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return { kind: 'zip' };
  if (startsWith(bytes, 0x50, 0x4b, 0x05, 0x06)) return { kind: 'unsupported', what: 'một tệp nén ZIP rỗng', hint: SAVE_AS_DOCX };
  for (const u of UNSUPPORTED) if (startsWith(bytes, ...u.sig)) return { kind: 'unsupported', what: u.what, hint: u.hint };
  const decoded = decodeText(bytes);
  if (looksBinary(decoded.text)) {
    return { kind: 'unsupported', what: 'một tệp nhị phân không rõ định dạng', hint: 'Hệ thống đọc được .txt, .html, .docx và .pdf có lớp chữ.' };
  }
  return { kind: looksLikeHtml(decoded.text) ? 'html' : 'txt', decoded };
}

const EXTENSIONS: Record<string, DocumentKind> = { txt: 'txt', text: 'txt', md: 'txt', htm: 'html', html: 'html', xhtml: 'html', docx: 'docx', pdf: 'pdf' };
const MIME_TYPES: Record<string, DocumentKind> = {
  'text/plain': 'txt',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/pdf': 'pdf',
};

/** What the name (or the browser's MIME type) claims; the bytes still decide. */
export function claimedKind(fileName: string, declaredType?: string | null): DocumentKind | null {
  const ext = /\.([a-z0-9]+)$/iu.exec(fileName)?.[1]?.toLowerCase();
  if (ext && EXTENSIONS[ext]) return EXTENSIONS[ext];
  const mime = declaredType?.split(';')[0]?.trim().toLowerCase();
  return (mime && MIME_TYPES[mime]) || null;
}
