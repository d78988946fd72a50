import { describe, expect, it } from 'vitest';
import { segmentText } from './segment-text';

describe('segmentText', () => {
  it('keeps paragraphs and marks the evidence inside them', () => {
    const text = 'Sáng 20/4/2023, tại Công an tỉnh.\n\nĐồng chí Lâm Hải Giang chủ trì.';
    const paragraphs = segmentText(text, [
      { start: 5, end: 14, id: 0 },
      { start: text.indexOf('Lâm'), end: text.indexOf(' chủ'), id: 1 },
    ]);
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]!.map((s) => [s.text, s.ids])).toEqual([
      ['Sáng ', []],
      ['20/4/2023', [0]],
      [', tại Công an tỉnh.', []],
    ]);
    expect(paragraphs[1]!.find((s) => s.ids.length)?.text).toBe('Lâm Hải Giang');
    expect(paragraphs.flat().map((s) => s.text).join('')).toBe(text.replaceAll('\n', ''));
  });

  it('splits overlapping evidence into runs carrying both', () => {
    const paragraphs = segmentText('Thiếu tướng Nguyễn Văn Kỷ', [
      { start: 0, end: 25, id: 0 },
      { start: 12, end: 25, id: 1 },
    ]);
    expect(paragraphs[0]!.map((s) => s.ids)).toEqual([[0], [0, 1]]);
  });

  it('ignores spans outside the text', () => {
    expect(segmentText('abc', [{ start: 2, end: 9, id: 0 }])[0]!.every((s) => s.ids.length === 0)).toBe(true);
  });
});
