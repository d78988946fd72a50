import { describe, expect, it } from 'vitest';
import { sameVietnamese, searchKey } from './index.js';

describe('searchKey', () => {
  it.each([
    ['Hòa Bình', 'hoa binh'],
    ['hoa binh', 'hoa binh'],
    ['Hoà Bình', 'hoa binh'],
    ['HÒA BÌNH', 'hoa binh'],
    ['Đắk Lắk', 'dak lak'],
    ['TP. Hồ Chí Minh', 'tp ho chi minh'],
    ['Thành phố Hồ Chí Minh', 'thanh pho ho chi minh'],
    ['  Bà Rịa - Vũng Tàu  ', 'ba ria vung tau'],
    ['Thừa Thiên\u00a0Huế', 'thua thien hue'],
    ['“Xuân yêu thương”', 'xuan yeu thuong'],
    ['Ban Chỉ đạo (BCĐNQ)', 'ban chi dao bcdnq'],
    ['1.290 người', '1 290 nguoi'],
    ['Kha\u0301nh Hoa\u0300', 'khanh hoa'],
    ['', ''],
    ['...', ''],
    ['Ng\u200buyễn\u200d Văn\u2066 An\u2069', 'nguyen van an'], // invisible formatting folded out, words not split
    ['\ufeff\u202eHòa Bình', 'hoa binh'],
  ])('%j → %j', (input, expected) => {
    expect(searchKey(input)).toBe(expected);
  });

  it('makes diacritic-less queries match', () => {
    expect(searchKey('Hòa Bình')).toBe(searchKey('hoa binh'));
    expect(searchKey('Khánh Hoà')).toBe(searchKey('khanh hoa'));
  });
});

describe('sameVietnamese', () => {
  it.each([
    ['hoà', 'hòa'],
    ['Khánh Hoà', 'khánh hòa'],
    ['HOÀ', 'hòa'],
    ['thuý', 'Thúy'],
    ['Uỷ  ban', 'ủy ban'],
    [' Hòa\u00a0Bình ', 'Hòa Bình'],
    ['Kha\u0301nh Hoa\u0300', 'Khánh Hòa'],
    ['Nguy\u200bễn Văn\u200f An', 'Nguyễn Văn An'],
  ])('%j equals %j', (a, b) => {
    expect(sameVietnamese(a, b)).toBe(true);
  });

  it.each([
    ['hoa', 'hòa'],
    ['Hòa Bình', 'Hoa Binh'],
    ['Đắk Lắk', 'Dak Lak'],
    ['Bắc Kạn', 'Bắc Cạn'],
    ['HòaBình', 'Hòa Bình'],
  ])('%j differs from %j', (a, b) => {
    expect(sameVietnamese(a, b)).toBe(false);
  });
});
