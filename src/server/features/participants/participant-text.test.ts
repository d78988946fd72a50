import { describe, expect, it } from 'vitest';
import { cleanOptional, cleanText, identityKeyOf, participantSearchKey } from './participant-text.js';

describe('participant text', () => {
  it('stores names in NFC with every diacritic and the writer’s tone-mark placement kept', () => {
    const decomposed = 'Nguyễn Thị Hoà'.normalize('NFD');
    expect(cleanText(`  ${decomposed}\u00a0 `)).toBe('Nguyễn Thị Hoà'.normalize('NFC'));
    expect(cleanText('Nguyễn Thị Hoà')).not.toBe('Nguyễn Thị Hòa');
    expect(cleanOptional('   ')).toBeNull();
  });

  it('treats case, spacing, punctuation and tone-mark placement as the same person', () => {
    expect(identityKeyOf('NGUYỄN  THỊ HOÀ', 'Sở Tư pháp.')).toBe(identityKeyOf('Nguyễn Thị Hòa', 'sở tư pháp'));
  });

  it('keeps people apart whose names differ only by diacritics, or whose agencies differ', () => {
    expect(identityKeyOf('Nguyễn Văn Hòa', null)).not.toBe(identityKeyOf('Nguyễn Văn Hoa', null));
    expect(identityKeyOf('Nguyễn Văn An', 'Sở Tư pháp')).not.toBe(identityKeyOf('Nguyễn Văn An', 'Công an tỉnh'));
  });

  it('searches without diacritics', () => {
    expect(participantSearchKey('Đỗ Thị Ánh', 'UBND xã Hòa An', null)).toBe('do thi anh ubnd xa hoa an');
  });
});
