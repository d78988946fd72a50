/**
 * Characters that have no place in what a person types, and characters nobody can see.
 *
 * Forbidden (the API refuses text that holds one, naming it):
 *   - C0 controls other than tab, line feed and carriage return, DEL and the C1 controls
 *     (U+0080–U+009F). NUL above all: PostgreSQL cannot store it in text at all, and the others
 *     only ever arrive by accident (a bad copy, a broken encoding) and print as nothing or garbage.
 *   - U+FFFE and U+FFFF, which Unicode reserves as "not a character".
 *   - Lone UTF-16 surrogates (half of an emoji, cut in two): they cannot be written as UTF-8.
 *
 * Invisible formatting (removed without asking, since nobody can see it or mean it in a name):
 * zero-width space, joiners and marks (U+200B–U+200F), bidirectional embeddings, overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069, U+061C), word joiner and invisible operators
 * (U+2060–U+2064), soft hyphen (U+00AD), the Mongolian vowel separator (U+180E) and the BOM
 * (U+FEFF). Left in, they make "Nguyễn Văn An" and "Nguyễn Văn\u200b An" two people, and a
 * right-to-left override can make a name display as something else.
 */

const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const HAS_INVISIBLE = new RegExp(INVISIBLE.source);

export type ForbiddenCharacter = {
  /** UTF-16 index of the character in the text. */
  index: number;
  codePoint: number;
  kind: 'control' | 'noncharacter' | 'surrogate';
};

/** The first character of `s` that the system refuses, or null when there is none. */
export function findForbiddenCharacter(s: string): ForbiddenCharacter | null {
  const match = FORBIDDEN.exec(s);
  if (!match) return null;
  const codePoint = match[0].charCodeAt(0);
  const kind = codePoint >= 0xd800 && codePoint <= 0xdfff ? 'surrogate' : codePoint >= 0xfffe ? 'noncharacter' : 'control';
  return { index: match.index, codePoint, kind };
}

/** `U+0000`, the way a code point is named in messages. */
export function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Every forbidden character replaced by U+FFFD, for quoting hostile text in a message. */
export function replaceForbiddenCharacters(s: string): string {
  return s.replace(new RegExp(FORBIDDEN.source, 'g'), '\ufffd');
}

/** True when `s` holds a zero-width, bidirectional or other invisible formatting character. */
export function hasInvisibleFormatting(s: string): boolean {
  return HAS_INVISIBLE.test(s);
}

/** `s` without its invisible formatting characters: `Ng\u200buyễn` → `Nguyễn`. */
export function removeInvisibleFormatting(s: string): string {
  return HAS_INVISIBLE.test(s) ? s.replace(INVISIBLE, '') : s;
}
