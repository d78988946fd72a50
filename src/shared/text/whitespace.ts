import { removeInvisibleFormatting } from './unsafe-characters.js';

/**
 * Collapse every run of whitespace to one ASCII space, trim the ends, and drop invisible
 * formatting characters (zero-width, bidirectional controls, BOM; see `unsafe-characters.ts`).
 *
 * JavaScript's `\s` already covers what scraped Vietnamese pages contain:
 * NBSP (U+00A0, very common from `&nbsp;`), the U+2000–U+200A spaces,
 * narrow NBSP (U+202F), ideographic space and line/paragraph separators.
 * Zero-width space (U+200B) and the BOM are NOT whitespace here: they can sit
 * inside a word, and turning them into a space would split the word, so they are
 * removed instead: `Ng\u200buyễn` is the name `Nguyễn`, stored and compared as such.
 */
export function collapseWhitespace(s: string): string {
  return removeInvisibleFormatting(s).replace(/\s+/g, ' ').trim();
}
