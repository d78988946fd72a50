/**
 * The two legacy Vietnamese font encodings still found in old Word reports and in PDFs printed
 * from them. Their fonts (TCVN3: `.VnTime`, `.VnTimeH`, `.VnArial`…; VNI: `VNI-Times`…) draw
 * Vietnamese letters on the code points of Western letters, so in Unicode the text reads as
 * mojibake: "Ban ChØ ®¹o" (TCVN3), "Ban Chæ ñaïo" (VNI) for "Ban Chỉ đạo".
 *
 * Both tables are keyed by what Word and PDF text layers give us: the windows-1252 reading of the
 * font's bytes, which for 0xA0–0xFF is the Latin-1 code point.
 *
 * Each row lists one vowel in Unicode with its five tones in the order
 * plain, sắc, huyền, hỏi, ngã, nặng.
 */
const VOWEL_ROWS: Readonly<Record<string, string>> = {
  a: 'aáàảãạ',
  ă: 'ăắằẳẵặ',
  â: 'âấầẩẫậ',
  e: 'eéèẻẽẹ',
  ê: 'êếềểễệ',
  i: 'iíìỉĩị',
  o: 'oóòỏõọ',
  ô: 'ôốồổỗộ',
  ơ: 'ơớờởỡợ',
  u: 'uúùủũụ',
  ư: 'ưứừửữự',
  y: 'yýỳỷỹỵ',
};

/**
 * TCVN3 (TCVN 5712:1993 VN3, the "ABC" encoding): one code per letter, lowercase only — its
 * capitals with a tone mark live in the separate "H" fonts (`.VnTimeH`), which draw the same
 * codes as capitals. Columns follow VOWEL_ROWS; `a`, `e`, `i`, `o`, `u`, `y` keep their ASCII code.
 */
const TCVN3_ROWS: Readonly<Record<string, string>> = {
  a: 'a¸µ¶·¹',
  ă: '¨¾»¼½Æ',
  â: '©ÊÇÈÉË',
  e: 'eÐÌÎÏÑ',
  ê: 'ªÕÒÓÔÖ',
  i: 'iÝ×ØÜÞ',
  o: 'oãßáâä',
  ô: '«èåæçé',
  ơ: '¬íêëìî',
  u: 'uóïñòô',
  ư: '\u00adøõö÷ù',
  y: 'yýúûüþ',
};

const TCVN3_EXTRA: Readonly<Record<string, string>> = {
  '®': 'đ',
  '¡': 'Ă',
  '¢': 'Â',
  '£': 'Ê',
  '¤': 'Ô',
  '¥': 'Ơ',
  '¦': 'Ư',
  '§': 'Đ',
};

function buildTcvn3(): Map<string, string> {
  const map = new Map<string, string>();
  for (const [vowel, codes] of Object.entries(TCVN3_ROWS)) {
    const unicode = VOWEL_ROWS[vowel]!;
    [...codes].forEach((code, k) => {
      if (code !== unicode[k]) map.set(code, unicode[k]!);
    });
  }
  for (const [code, letter] of Object.entries(TCVN3_EXTRA)) map.set(code, letter);
  return map;
}

/** TCVN3 code (one UTF-16 unit) → Unicode letter. Only the codes that differ from Unicode. */
export const TCVN3_TO_UNICODE: ReadonlyMap<string, string> = buildTcvn3();

/**
 * VNI Windows: a base letter followed by one mark code that carries the hat/breve and the tone
 * together ("aä" = ậ, "aë" = ặ), plus single codes for ơ, ư, đ and the toned i/ỵ.
 * Mark columns follow VOWEL_ROWS (plain, sắc, huyền, hỏi, ngã, nặng); '' = no mark.
 */
const VNI_MARKS: Readonly<Record<string, { base: string; marks: string }>> = {
  a: { base: 'a', marks: '\0ùøûõï' },
  ă: { base: 'a', marks: 'êéèúüë' },
  â: { base: 'a', marks: 'âáàåãä' },
  e: { base: 'e', marks: '\0ùøûõï' },
  ê: { base: 'e', marks: 'âáàåãä' },
  o: { base: 'o', marks: '\0ùøûõï' },
  ô: { base: 'o', marks: 'âáàåãä' },
  ơ: { base: 'ô', marks: '\0ùøûõï' },
  u: { base: 'u', marks: '\0ùøûõï' },
  ư: { base: 'ö', marks: '\0ùøûõï' },
  y: { base: 'y', marks: '\0ùøûõ\0' },
};

/** Single VNI codes (lowercase; capitals are their uppercase forms: Ô → Ơ, Ö → Ư, Ñ → Đ…). */
const VNI_SINGLE: Readonly<Record<string, string>> = {
  ô: 'ơ',
  ö: 'ư',
  ñ: 'đ',
  í: 'í',
  ì: 'ì',
  æ: 'ỉ',
  ó: 'ĩ',
  ò: 'ị',
  î: 'ỵ',
};

function buildVni(): { pairs: Map<string, string>; singles: Map<string, string> } {
  const pairs = new Map<string, string>();
  for (const [vowel, { base, marks }] of Object.entries(VNI_MARKS)) {
    const unicode = VOWEL_ROWS[vowel]!;
    [...marks].forEach((mark, k) => {
      if (mark === '\0') return;
      const letter = unicode[k]!;
      // Old documents mix the case of base and mark ("Aù"); the base letter decides the case.
      for (const m of [mark, mark.toUpperCase()]) {
        pairs.set(base + m, letter);
        pairs.set(base.toUpperCase() + m, letter.toUpperCase());
      }
    });
  }
  const singles = new Map<string, string>();
  for (const [code, letter] of Object.entries(VNI_SINGLE)) {
    singles.set(code, letter);
    singles.set(code.toUpperCase(), letter.toUpperCase());
  }
  return { pairs, singles };
}

/** VNI code pairs ("aù") and single codes ("ñ") → Unicode letter. */
export const VNI_TO_UNICODE = buildVni();
