import { unzipSync } from 'fflate';

/**
 * What a file really is, from its first bytes, for the types conference materials may have.
 * The name's extension is what the person declared; an upload whose bytes say otherwise is
 * refused, so a renamed executable never sits in the database as "slides.pdf".
 */
export type SniffedKind = 'pdf' | 'docx' | 'xlsx' | 'pptx' | 'ole' | 'jpeg' | 'png' | 'mp4' | 'text' | 'unknown';

const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((v, i) => b[at + i] === v);

/** Office Open XML files are zips; the part names tell Word from Excel from PowerPoint. */
function officeKind(bytes: Uint8Array): SniffedKind {
  try {
    // Only the names are needed: filter refuses every entry, so nothing is inflated.
    const names: string[] = [];
    unzipSync(bytes, { filter: (f) => (names.push(f.name), false) });
    if (names.some((n) => n.startsWith('word/'))) return 'docx';
    if (names.some((n) => n.startsWith('xl/'))) return 'xlsx';
    if (names.some((n) => n.startsWith('ppt/'))) return 'pptx';
  } catch {
    // not a readable zip
  }
  return 'unknown';
}

function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  if (sample.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample.length < bytes.length ? sample.subarray(0, sample.length - 4) : sample);
    return true;
  } catch {
    return false;
  }
}

export function sniffKind(bytes: Uint8Array): SniffedKind {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return officeKind(bytes);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'png';
  if (startsWith(bytes, [0x66, 0x74, 0x79, 0x70], 4)) return 'mp4';
  return looksLikeText(bytes) ? 'text' : 'unknown';
}

/** The kind each allowed extension must sniff as, and the media type it is served with. */
export const extensionRules: Record<string, { kind: SniffedKind; mediaType: string; label: string }> = {
  pdf: { kind: 'pdf', mediaType: 'application/pdf', label: 'PDF' },
  docx: { kind: 'docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', label: 'Word (.docx)' },
  xlsx: { kind: 'xlsx', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', label: 'Excel (.xlsx)' },
  pptx: { kind: 'pptx', mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', label: 'PowerPoint (.pptx)' },
  doc: { kind: 'ole', mediaType: 'application/msword', label: 'Word (.doc)' },
  xls: { kind: 'ole', mediaType: 'application/vnd.ms-excel', label: 'Excel (.xls)' },
  ppt: { kind: 'ole', mediaType: 'application/vnd.ms-powerpoint', label: 'PowerPoint (.ppt)' },
  jpg: { kind: 'jpeg', mediaType: 'image/jpeg', label: 'ảnh JPEG' },
  jpeg: { kind: 'jpeg', mediaType: 'image/jpeg', label: 'ảnh JPEG' },
  png: { kind: 'png', mediaType: 'image/png', label: 'ảnh PNG' },
  mp4: { kind: 'mp4', mediaType: 'video/mp4', label: 'video MP4' },
  txt: { kind: 'text', mediaType: 'text/plain; charset=utf-8', label: 'văn bản (.txt)' },
};
