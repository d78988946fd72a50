import { removeDiacritics } from './diacritics.js';
import { normalizeVietnamese } from './tone-marks.js';
import { removeInvisibleFormatting } from './unsafe-characters.js';
import { collapseWhitespace } from './whitespace.js';

/**
 * A key for diacritic-insensitive, case-insensitive, punctuation-insensitive
 * search: `searchKey('TP. Hồ Chí Minh') === 'tp ho chi minh'`.
 *
 * Users type without diacritics (`hoa binh`) far more often than with them,
 * so indexes and queries are both reduced to this key. Every run of
 * characters that is not a letter or a digit becomes one space; note that this
 * also splits numbers (`1.290` → `1 290`), consistently on both sides. Invisible formatting
 * (zero-width, bidirectional controls) is dropped first, so it neither splits a word nor makes
 * two equal names differ.
 */
export function searchKey(s: string): string {
  return removeDiacritics(normalizeVietnamese(removeInvisibleFormatting(s)).toLocaleLowerCase('vi'))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Same Vietnamese text, ignoring case, whitespace differences and the
 * old/new tone-mark style: `hoà` equals `Hòa`, but `hoa` does not equal `hòa`
 * (diacritics change the word, so they matter here; use `searchKey` to ignore them).
 */
export function sameVietnamese(a: string, b: string): boolean {
  return comparable(a) === comparable(b);
}

function comparable(s: string): string {
  return collapseWhitespace(normalizeVietnamese(s).toLocaleLowerCase('vi'));
}
