import { collapseWhitespace, normalizeVietnamese, searchKey } from '../../../shared/text/index.js';

/**
 * A name or agency as it will be stored: NFC (so "ễ" typed as e + two combining marks and
 * "ễ" precomposed are the same bytes), runs of spaces, tabs and NBSP made one space. Nothing
 * else changes: every diacritic and the writer's tone-mark placement are kept.
 */
export function cleanText(value: string): string {
  return isCleanAscii(value) ? value : collapseWhitespace(value.normalize('NFC'));
}

/**
 * Printable ASCII words separated by single spaces, nothing at either end: already NFC and
 * already collapsed, so `cleanText` returns it unchanged. Phone numbers and e-mail addresses
 * are mostly like this and each one differs, so the check saves the Unicode work per row.
 */
function isCleanAscii(value: string): boolean {
  const n = value.length;
  if (n === 0 || value.charCodeAt(0) === 0x20 || value.charCodeAt(n - 1) === 0x20) return false;
  let previousSpace = false;
  for (let i = 0; i < n; i += 1) {
    const c = value.charCodeAt(i);
    if (c === 0x20) {
      if (previousSpace) return false;
      previousSpace = true;
    } else if (c > 0x20 && c < 0x7f) previousSpace = false;
    else return false;
  }
  return true;
}

/** `cleanText`, or null for an empty value. */
export function cleanOptional(value: string | null | undefined): string | null {
  const cleaned = cleanText(value ?? '');
  return cleaned === '' ? null : cleaned;
}

/**
 * Text compared the way a reader compares it: case, spacing, punctuation and old/new tone-mark
 * placement (hòa / hoà) ignored, but diacritics kept, because Hòa and Hoa are two people.
 */
function comparable(value: string): string {
  return normalizeVietnamese(value.normalize('NFC'))
    .toLocaleLowerCase('vi')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** One person per conference: the same name in the same agency is the same invitee. */
export function identityKeyOf(fullName: string, agency: string | null): string {
  return `${comparable(fullName)}|${comparable(agency ?? '')}`;
}

export function participantSearchKey(fullName: string, agency: string | null, position: string | null): string {
  return searchKey([fullName, agency ?? '', position ?? ''].join(' '));
}

/**
 * `participantSearchKey` from the search keys of its parts. `searchKey` turns every run of
 * characters that are not letters or digits into one space and works word by word, so the key
 * of "a b c" is the keys of a, b and c joined by one space, empty ones left out.
 */
function joinSearchKeys(...keys: string[]): string {
  let joined = '';
  for (const key of keys) if (key !== '') joined = joined === '' ? key : `${joined} ${key}`;
  return joined;
}

/**
 * The cleaning and keys of one import, each distinct value worked out once: a list of thousands
 * repeats a few dozen agencies and positions, and many names. Lives as long as one call, so
 * nothing about a file outlives its import.
 */
export function createParticipantTextMemo() {
  const cleaned = new Map<string, string | null>();
  const comparables = new Map<string, string>();
  const searchKeys = new Map<string, string>();
  const comparableOnce = (value: string) => {
    let key = comparables.get(value);
    if (key === undefined) comparables.set(value, (key = comparable(value)));
    return key;
  };
  const searchKeyOnce = (value: string | null) => {
    if (value === null) return '';
    let key = searchKeys.get(value);
    if (key === undefined) searchKeys.set(value, (key = searchKey(value)));
    return key;
  };
  return {
    /** `cleanOptional`, remembered per raw cell text. */
    cleanOptional(value: string | undefined): string | null {
      if (value === undefined || value === '') return null;
      let result = cleaned.get(value);
      if (result === undefined) cleaned.set(value, (result = cleanOptional(value)));
      return result;
    },
    /** `cleanOptional` without remembering: for columns where every value differs (contacts). */
    cleanOnce: (value: string | undefined): string | null => (value === undefined || value === '' ? null : cleanOptional(value)),
    identityKeyOf: (fullName: string, agency: string | null) => `${comparableOnce(fullName)}|${comparableOnce(agency ?? '')}`,
    participantSearchKey: (fullName: string, agency: string | null, position: string | null) =>
      joinSearchKeys(searchKeyOnce(fullName), searchKeyOnce(agency), searchKeyOnce(position)),
  };
}
