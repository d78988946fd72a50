import { describe, expect, it } from 'vitest';
import { codePointLabel, findForbiddenCharacter, hasInvisibleFormatting, removeInvisibleFormatting, replaceForbiddenCharacters } from './index.js';

describe('findForbiddenCharacter', () => {
  it.each([
    ['Ý kiến\u0000', 6, 0x0000, 'control'],
    ['a\u0007b', 1, 0x0007, 'control'],
    ['a\u000bb', 1, 0x000b, 'control'],
    ['a\u001bb', 1, 0x001b, 'control'],
    ['a\u007fb', 1, 0x007f, 'control'],
    ['a\u0085b', 1, 0x0085, 'control'],
    ['a\ufffeb', 1, 0xfffe, 'noncharacter'],
    ['a\uffff', 1, 0xffff, 'noncharacter'],
    ['half \ud83d', 5, 0xd83d, 'surrogate'],
    ['\ude00 half', 0, 0xde00, 'surrogate'],
  ] as const)('finds %j at %i', (text, index, codePoint, kind) => {
    expect(findForbiddenCharacter(text)).toEqual({ index, codePoint, kind });
  });

  it.each([
    'Nguyễn Văn An',
    'dòng 1\ndòng 2\r\ncột\tcột',
    'Hội nghị 👩‍👩‍👧 😀',
    '\u00a0\u200b\u202e',
    '',
  ])('accepts %j', (text) => {
    expect(findForbiddenCharacter(text)).toBeNull();
  });

  it('names code points the way messages write them', () => {
    expect(codePointLabel(0)).toBe('U+0000');
    expect(codePointLabel(0xfffe)).toBe('U+FFFE');
    expect(replaceForbiddenCharacters('a\u0000b\ud800')).toBe('a\ufffdb\ufffd');
  });
});

describe('removeInvisibleFormatting', () => {
  it.each([
    ['Ng\u200buyễn', 'Nguyễn'],
    ['\ufeffHòa Bình', 'Hòa Bình'],
    ['\u202eAn\u202c \u2066Bình\u2069 \u200e\u200f\u061c', 'An Bình '],
    ['Phan\u00adThiết\u2060', 'PhanThiết'],
    ['Nguyễn Văn An', 'Nguyễn Văn An'],
  ])('%j → %j', (input, expected) => {
    expect(removeInvisibleFormatting(input)).toBe(expected);
    expect(hasInvisibleFormatting(input)).toBe(input !== expected);
  });
});
