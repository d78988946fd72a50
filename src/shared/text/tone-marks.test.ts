import { describe, expect, it } from 'vitest';
import { collapseWhitespace, normalizeVietnamese, removeDiacritics } from './index.js';

describe('normalizeVietnamese: new-style tone placement becomes old style (òa, òe, ùy)', () => {
  it.each([
    ['hoà', 'hòa'],
    ['Khánh Hoà', 'Khánh Hòa'],
    ['Hoà Bình', 'Hòa Bình'],
    ['HOÀ', 'HÒA'],
    ['KHÁNH HOÀ', 'KHÁNH HÒA'],
    ['thuý', 'thúy'],
    ['Thuý', 'Thúy'],
    // oa family, all five tones
    ['oà', 'òa'],
    ['hoá', 'hóa'],
    ['xã hội hoá', 'xã hội hóa'],
    ['hoả', 'hỏa'],
    ['hoã', 'hõa'],
    ['hoạ', 'họa'],
    ['goá', 'góa'],
    ['thoả', 'thỏa'],
    // oe family
    ['khoẻ', 'khỏe'],
    ['KHOẺ', 'KHỎE'],
    ['loè', 'lòe'],
    ['xoè', 'xòe'],
    ['toé', 'tóe'],
    ['hoẹ', 'họe'],
    // uy family, all five tones
    ['thuỳ', 'thùy'],
    ['tuỳ', 'tùy'],
    ['huý', 'húy'],
    ['Uỷ ban', 'Ủy ban'],
    ['UỶ BAN', 'ỦY BAN'],
    ['luỹ', 'lũy'],
    ['thuỵ', 'thụy'],
    ['Thuỵ Điển', 'Thụy Điển'],
    // several in one string, rest untouched
    ['Uỷ ban nhân dân tỉnh Khánh Hoà, chị Thuý khoẻ.', 'Ủy ban nhân dân tỉnh Khánh Hòa, chị Thúy khỏe.'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeVietnamese(input)).toBe(expected);
  });

  it.each([
    // already canonical
    'hòa', 'Khánh Hòa', 'thúy', 'Ủy ban', 'khỏe', 'HÒA',
    // qu + y: u belongs to the consonant, tone is on y in both styles
    'quý', 'Quý', 'quỳ', 'QUÝ', 'quà',
    // final consonant or third vowel: both styles agree, must not move
    'hoàn', 'hoạch', 'ngoài', 'khuỷu', 'thuyết', 'hoàng', 'ngoẻo', 'khuya',
    // no tone, or other rhymes
    'hoa', 'thuy', 'mùa', 'của', 'thuế', 'hóa đơn',
    // not a Vietnamese initial consonant: leave foreign words alone
    'Zoé',
    // whitespace and punctuation are not this function's job
    '  Hòa   Bình\u00a0 ',
  ])('leaves %j unchanged', (input) => {
    expect(normalizeVietnamese(input)).toBe(input);
  });

  // Built from combining marks, so the expected letters come from Unicode, not from our table.
  const TONES = [['huyền', '\u0300'], ['sắc', '\u0301'], ['hỏi', '\u0309'], ['ngã', '\u0303'], ['nặng', '\u0323']] as const;
  const PAIRS = [['h', 'o', 'a'], ['kh', 'o', 'e'], ['th', 'u', 'y'], ['H', 'O', 'A'], ['KH', 'O', 'E'], ['TH', 'U', 'Y'], ['', 'u', 'y']] as const;
  it.each(TONES.flatMap(([tone, mark]) => PAIRS.map(([onset, glide, vowel]) => [tone, onset, glide, vowel, mark] as const)))(
    '%s on %s%s%s moves to the glide',
    (_tone, onset, glide, vowel, mark) => {
      const newStyle = (onset + glide + vowel + mark).normalize('NFC');
      const oldStyle = (onset + glide + mark + vowel).normalize('NFC');
      expect(normalizeVietnamese(newStyle)).toBe(oldStyle);
      expect(normalizeVietnamese(oldStyle)).toBe(oldStyle);
    },
  );

  it('composes decomposed (NFD) input and then fixes the tone placement', () => {
    const nfd = 'Kha\u0301nh Hoa\u0300'; // "Khánh Hoà" with combining marks
    expect(normalizeVietnamese(nfd)).toBe('Khánh Hòa');
    expect(normalizeVietnamese('Ho\u0300a')).toBe('Hòa'); // NFD, already old style
  });

  it('keeps the UTF-16 length of NFC input, so offsets stay valid', () => {
    const s = 'Tỉnh Khánh Hoà, Uỷ ban, chị Thuý khoẻ.';
    expect(normalizeVietnamese(s)).toHaveLength(s.length);
  });

  it('is idempotent', () => {
    const s = 'Uỷ ban nhân dân tỉnh Khánh Hoà';
    expect(normalizeVietnamese(normalizeVietnamese(s))).toBe(normalizeVietnamese(s));
  });
});

describe('collapseWhitespace', () => {
  it.each([
    ['  Hòa   Bình  ', 'Hòa Bình'],
    ['Hòa\u00a0Bình', 'Hòa Bình'],
    ['Hòa \u00a0\t\n Bình', 'Hòa Bình'],
    ['\u202fa\u2009b\u3000', 'a b'],
    ['', ''],
    ['   ', ''],
    ['a\u200bb', 'ab'], // zero-width space is not whitespace: removed, not made a space
    ['Nguy\u200bễn\u202e Văn\ufeff', 'Nguyễn Văn'], // invisible formatting and bidi controls dropped
  ])('%j → %j', (input, expected) => {
    expect(collapseWhitespace(input)).toBe(expected);
  });
});

describe('removeDiacritics', () => {
  it.each([
    ['Đắk Lắk', 'Dak Lak'],
    ['đường', 'duong'],
    ['Hồ Chí Minh', 'Ho Chi Minh'],
    ['Thừa Thiên Huế', 'Thua Thien Hue'],
    ['ăâêôơư ĂÂÊÔƠƯ', 'aaeoou AAEOOU'],
    ['Ủy ban', 'Uy ban'],
    ['Ðà Nẵng', 'Da Nang'], // U+00D0 eth used for Đ in legacy text
    ['Kha\u0301nh Hoa\u0300', 'Khanh Hoa'], // NFD input
    ['abc 123 !?', 'abc 123 !?'],
  ])('%j → %j', (input, expected) => {
    expect(removeDiacritics(input)).toBe(expected);
  });
});
