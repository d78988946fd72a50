import { collapseWhitespace, normalizeVietnamese, searchKey } from '../../../shared/text/index.js';

/**
 * A name or agency as it will be stored: NFC (so "ễ" typed as e + two combining marks and
 * "ễ" precomposed are the same bytes), runs of spaces, tabs and NBSP made one space. Nothing
 * else changes: every diacritic and the writer's tone-mark placement are kept.
 */
export function cleanText(value: string): string {
  return collapseWhitespace(value.normalize('NFC'));
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
