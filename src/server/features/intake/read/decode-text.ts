import { convertLegacyLines } from '../../../../shared/intake/source-text/index.js';

export interface DecodedText {
  text: string;
  /** The character set the bytes were read with. */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'windows-1252';
}

const UNICODE_VIETNAMESE = /[ăđơưĂĐƠƯĩũĨŨ\u1EA0-\u1EF9\u0300\u0301\u0303\u0309\u0323]/gu;

/**
 * Bytes → text. A byte-order mark decides; otherwise UTF-8 when the bytes are valid UTF-8 (nearly
 * every file today). Older Vietnamese Windows files are windows-1258 (tone marks as combining
 * characters, normalised later through the offset map); files typed in a TCVN3/VNI font and saved
 * as "ANSI" are windows-1252, which the legacy-font conversion then turns into Unicode. Between
 * those two, the one whose reading has more Vietnamese letters wins.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: decode('utf-8', bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decode('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decode('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const vietnamese = decode('windows-1258', bytes);
    const western = decode('windows-1252', bytes);
    const legacy = convertLegacyLines(western);
    const score = (s: string) => s.match(UNICODE_VIETNAMESE)?.length ?? 0;
    return score(vietnamese) >= score(legacy.text) && score(vietnamese) > 0
      ? { text: vietnamese, encoding: 'windows-1258' }
      : { text: western, encoding: 'windows-1252' };
  }
}

function decode(encoding: string, bytes: Uint8Array): string {
  return new TextDecoder(encoding).decode(bytes);
}

/**
 * Binary content that decoded "successfully": NUL bytes or many control characters (anything
 * below U+0020 except tab, line feed, form feed and carriage return) are not a text document.
 */
export function looksBinary(text: string): boolean {
  const sample = text.length > 65_536 ? text.slice(0, 65_536) : text;
  if (sample.includes('\0')) return true;
  const controls = sample.match(/[\x01-\x08\x0b\x0e-\x1f\x7f]/gu)?.length ?? 0;
  return controls > Math.max(2, sample.length * 0.01);
}
