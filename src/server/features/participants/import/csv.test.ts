import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv } from './csv.js';

describe('parseCsv', () => {
  it('reads plain rows and keeps every value a string, leading zeros included', () => {
    expect(parseCsv('Họ và tên,Liên hệ\nNguyễn Văn Hòa,0912345678\n')).toEqual([
      ['Họ và tên', 'Liên hệ'],
      ['Nguyễn Văn Hòa', '0912345678'],
    ]);
  });

  it('reads quoted fields with separators, doubled quotes and line breaks inside', () => {
    expect(parseCsv('"Sở Tư pháp, tỉnh Cao Bằng","Trưởng phòng ""A""","dòng 1\r\ndòng 2"\r\nx,y,z')).toEqual([
      ['Sở Tư pháp, tỉnh Cao Bằng', 'Trưởng phòng "A"', 'dòng 1\r\ndòng 2'],
      ['x', 'y', 'z'],
    ]);
  });

  it('keeps empty fields and empty lines, so row numbers match the file', () => {
    expect(parseCsv('a,,c\n\nd,e,')).toEqual([['a', '', 'c'], [''], ['d', 'e', '']]);
  });

  it('accepts CR-only line ends', () => {
    expect(parseCsv('a,b\rc,d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('uses semicolons when the header line has more of them than commas (Excel with Vietnamese settings)', () => {
    const text = 'Họ và tên;Cơ quan, đơn vị;Chức vụ\nLê Thị Ánh;UBND xã Hòa An;Chủ tịch';
    expect(detectDelimiter(text)).toBe(';');
    expect(parseCsv(text)).toEqual([
      ['Họ và tên', 'Cơ quan, đơn vị', 'Chức vụ'],
      ['Lê Thị Ánh', 'UBND xã Hòa An', 'Chủ tịch'],
    ]);
  });

  it('ignores separators inside quotes when detecting the separator', () => {
    expect(detectDelimiter('"a;b;c",d\n')).toBe(',');
  });

  it('reads an empty text as no rows', () => {
    expect(parseCsv('')).toEqual([]);
  });
});
