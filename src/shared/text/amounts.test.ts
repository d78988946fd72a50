import { describe, expect, it } from 'vitest';
import { parseViAmount } from './index.js';

describe('parseViAmount', () => {
  it.each([
    ['1,4 tỷ đồng', { value: 1_400_000_000, unit: 'đồng', scale: 'tỷ' }],
    ['1,4 tỉ đồng', { value: 1_400_000_000, unit: 'đồng', scale: 'tỷ' }],
    ['800 triệu đồng', { value: 800_000_000, unit: 'đồng', scale: 'triệu' }],
    ['222 triệu đồng', { value: 222_000_000, unit: 'đồng', scale: 'triệu' }],
    ['2 nghìn', { value: 2000, unit: null, scale: 'nghìn' }],
    ['2 ngàn', { value: 2000, unit: null, scale: 'nghìn' }],
    ['1,5 triệu người', { value: 1_500_000, unit: 'người', scale: 'triệu' }],
    ['2 nghìn tỷ đồng', { value: 2e12, unit: 'đồng', scale: 'nghìn tỷ' }],
    ['1,1 tỷ', { value: 1_100_000_000, unit: null, scale: 'tỷ' }], // exact, no float noise
    ['3.500 người', { value: 3500, unit: 'người', scale: null }],
    ['17.670 lao động', { value: 17670, unit: 'lao động', scale: null }],
    ['261 người cao tuổi', { value: 261, unit: 'người cao tuổi', scale: null }],
    ['97%', { value: 97, unit: '%', scale: null }],
    ['117,8 %', { value: 117.8, unit: '%', scale: null }],
    ['300', { value: 300, unit: null, scale: null }],
    ['2 tỉnh', { value: 2, unit: 'tỉnh', scale: null }], // `tỉ` inside a word is not a scale
    ['5 tỷ VNĐ.', { value: 5e9, unit: 'VNĐ', scale: 'tỷ' }],
    ['1,4 TỶ ĐỒNG', { value: 1_400_000_000, unit: 'ĐỒNG', scale: 'tỷ' }],
    ['  1,4\u00a0tỷ   đồng; ', { value: 1_400_000_000, unit: 'đồng', scale: 'tỷ' }],
    ['1,2345 nghìn', { value: 1234.5, unit: null, scale: 'nghìn' }],
  ])('%j → %o', (input, expected) => {
    expect(parseViAmount(input)).toEqual(expected);
  });

  it.each([
    ['tỷ đồng'],
    ['trên 222 triệu đồng'],
    ['1.5 triệu'],
    ['abc'],
    [''],
    ['1,4.5 tỷ'],
    ['- tỷ'],
  ])('%j → null', (input) => {
    expect(parseViAmount(input)).toBeNull();
  });
});
