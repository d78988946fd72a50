/**
 * Unicode NFC plus one spelling for the tone mark of the `oa`, `oe` and `uy` rhymes.
 *
 * Vietnamese has two accepted ways to place the tone mark on an open syllable
 * ending in `oa`, `oe` or `uy`:
 *   - "old"/traditional style: on the first vowel, e.g. `hòa`, `khỏe`, `thúy`, `Ủy ban`;
 *   - "new" style: on the second vowel, e.g. `hoà`, `khoẻ`, `thuý`, `Uỷ ban`.
 * Both appear in the same newspaper, sometimes in the same article, so the
 * same province (`Khánh Hòa` / `Khánh Hoà`) would otherwise be two strings.
 *
 * We canonicalise to the OLD style because that is what the official code
 * lists use (the General Statistics Office administrative-unit list writes
 * `Hòa Bình`, `Khánh Hòa`, `Thanh Hóa`, and legal texts write `Ủy ban nhân dân`).
 *
 * Scope, on purpose narrow so nothing else in the text changes:
 *   - only a whole word that is  [Vietnamese initial consonant] + o/u + toned vowel,
 *     with nothing after it (`hoà`, `Thuỵ`, `oà`, `HOÀ`). With a final consonant
 *     or a third vowel (`hoàn`, `ngoài`, `khuỷu`) both styles already agree.
 *   - `qu` + `y` is not touched: there `u` belongs to the consonant (`quý`).
 *   - the case of every letter is kept (`HOÀ` → `HÒA`, `Hoà` → `Hòa`).
 * Replacing one precomposed letter by another keeps the UTF-16 length, so for
 * input that is already NFC the output has the same length and the same
 * offsets as the input (evidence spans stay valid).
 */

/** Each row is one base vowel with the five tones in order: huyền, sắc, hỏi, ngã, nặng. */
const TONE_ROWS: Readonly<Record<string, string>> = {
  a: 'àáảãạ',
  A: 'ÀÁẢÃẠ',
  e: 'èéẻẽẹ',
  E: 'ÈÉẺẼẸ',
  y: 'ỳýỷỹỵ',
  Y: 'ỲÝỶỸỴ',
  o: 'òóỏõọ',
  O: 'ÒÓỎÕỌ',
  u: 'ùúủũụ',
  U: 'ÙÚỦŨỤ',
};

/** Toned letter → its base letter and tone index (0..4). Built once from TONE_ROWS. */
const TONED = new Map<string, { base: string; tone: number }>();
for (const [base, row] of Object.entries(TONE_ROWS)) {
  [...row].forEach((ch, tone) => TONED.set(ch, { base, tone }));
}

/** The glide + main-vowel pairs whose tone placement differs between the two styles. */
const GLIDE_PAIRS = new Set(['oa', 'oe', 'uy']);

/**
 * A whole word: optional initial consonant, the glide (o/u), one more letter.
 * `q` is deliberately absent from the initials so `quý`/`quà` never match.
 */
const OPEN_GLIDE_WORD = /^(ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|[bcdđghklmnprstvx])?([ou])(.)$/iu;

function moveToneToGlide(word: string): string {
  const m = OPEN_GLIDE_WORD.exec(word);
  if (!m) return word;
  const onset = m[1] ?? '';
  const glide = m[2] ?? '';
  const toned = TONED.get(m[3] ?? '');
  if (!toned || !GLIDE_PAIRS.has(glide.toLowerCase() + toned.base.toLowerCase())) return word;
  const tonedGlide = TONE_ROWS[glide]?.[toned.tone];
  if (tonedGlide === undefined) return word;
  return onset + tonedGlide + toned.base;
}

/**
 * NFC + canonical (old-style) tone placement. Changes nothing else: case,
 * whitespace, punctuation and every other letter are left as they are.
 */
export function normalizeVietnamese(s: string): string {
  return s.normalize('NFC').replace(/\p{L}+/gu, moveToneToGlide);
}
