/**
 * Remove every diacritic: tone marks and vowel marks (`ắ` → `a`, `ơ` → `o`,
 * `ư` → `u`) and the stroke of `đ`/`Đ` → `d`/`D`. Case is kept.
 *
 * `đ` is a letter of its own, not `d` + combining mark, so NFD does not split
 * it and it needs an explicit mapping. We also map `ð`/`Ð` (Icelandic eth),
 * which legacy Vietnamese encodings and careless typing use in place of `đ`/`Đ`.
 */
export function removeDiacritics(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đð]/g, 'd')
    .replace(/[ĐÐ]/g, 'D')
    .normalize('NFC');
}
