import { describe, expect, it } from 'vitest';
import { dataRowsAfter, findHeaderRow, suggestMapping } from './column-mapping.js';

describe('suggestMapping', () => {
  it('recognises the template headings', () => {
    expect(suggestMapping(['Họ và tên', 'Cơ quan, đơn vị', 'Chức vụ', 'Điểm cầu', 'Liên hệ (không bắt buộc)'])).toEqual({
      name: 0,
      agency: 1,
      position: 2,
      connectionPoint: 3,
      contact: 4,
    });
  });

  it('recognises other offices’ headings, in another order, without diacritics or in capitals', () => {
    expect(suggestMapping(['STT', 'HỌ TÊN ĐẠI BIỂU', 'Chuc danh', 'Đơn vị công tác', 'SĐT'])).toEqual({
      name: 1,
      agency: 3,
      position: 2,
      connectionPoint: null,
      contact: 4,
    });
  });

  it('gives "Tên cơ quan" to the agency, not to the name', () => {
    expect(suggestMapping(['Tên', 'Tên cơ quan'])).toMatchObject({ name: 0, agency: 1 });
    expect(suggestMapping(['Tên cơ quan', 'Tên'])).toMatchObject({ name: 1, agency: 0 });
  });

  it('leaves a field unmapped when no heading fits', () => {
    expect(suggestMapping(['Cột A', 'Cột B'])).toEqual({ name: null, agency: null, position: null, connectionPoint: null, contact: null });
  });
});

describe('findHeaderRow', () => {
  it('skips a title line above the headings', () => {
    const rows = [
      { number: 1, cells: ['DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ'] },
      { number: 2, cells: [''] },
      { number: 3, cells: ['STT', 'Họ và tên', 'Cơ quan'] },
      { number: 4, cells: ['1', 'Nguyễn Văn A', 'Sở Tư pháp'] },
      { number: 5, cells: ['', '', ''] },
      { number: 6, cells: ['2', 'Trần Thị B', 'Công an tỉnh'] },
    ];
    const header = findHeaderRow(rows);
    expect(header?.number).toBe(3);
    expect(dataRowsAfter(rows, header).map((r) => r.number)).toEqual([4, 6]);
  });

  it('takes the first non-empty line when no heading is recognised', () => {
    expect(findHeaderRow([{ number: 2, cells: ['a', 'b'] }])?.number).toBe(2);
  });
});
