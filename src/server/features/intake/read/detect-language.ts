/**
 * Letters only Vietnamese writes (with French, Portuguese or Spanish text they stay rare): ă, đ,
 * ơ, ư, ĩ, ũ and every letter with a Vietnamese tone mark block (U+1EA0–U+1EF9).
 */
const VIETNAMESE_LETTER = /[ăđơưĂĐƠƯĩũĨŨ\u1EA0-\u1EF9]/u;

/**
 * Whether a text is Vietnamese enough to extract from: in Vietnamese prose roughly one word in
 * three carries one of those letters; in an English or French article almost none do. Short
 * texts pass on a couple of such words.
 */
export function looksVietnamese(text: string): boolean {
  const words = text.normalize('NFC').match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return false;
  const vietnamese = words.filter((w) => VIETNAMESE_LETTER.test(w)).length;
  if (words.length < 30) return vietnamese >= 2;
  return vietnamese / words.length >= 0.08;
}
