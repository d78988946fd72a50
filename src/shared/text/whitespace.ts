/**
 * Collapse every run of whitespace to one ASCII space and trim the ends.
 *
 * JavaScript's `\s` already covers what scraped Vietnamese pages contain:
 * NBSP (U+00A0, very common from `&nbsp;`), the U+2000–U+200A spaces,
 * narrow NBSP (U+202F), ideographic space, line/paragraph separators and the
 * BOM. Zero-width space (U+200B) is NOT whitespace here: it can sit inside a
 * word, and turning it into a space would split the word.
 */
export function collapseWhitespace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
