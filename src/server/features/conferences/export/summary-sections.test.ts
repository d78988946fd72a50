import { describe, expect, it } from 'vitest';
import { placeDateLine } from './summary-docx.js';
import { participantsText, placeText, timeText } from './summary-sections.js';

describe('summary wording', () => {
  it('dates the report as the decree writes it: zero before days under 10 and months 1 and 2 only', () => {
    expect(placeDateLine('Hà Nội', new Date('2023-06-13T03:00:00Z'))).toBe('Hà Nội, ngày 13 tháng 6 năm 2023');
    expect(placeDateLine('Cao Bằng', new Date('2024-02-05T03:00:00Z'))).toBe('Cao Bằng, ngày 05 tháng 02 năm 2024');
    expect(placeDateLine('Huế', new Date('2024-11-09T03:00:00Z'))).toBe('Huế, ngày 09 tháng 11 năm 2024');
    // 23:30 UTC on 31/12 is already 1 January in Vietnam.
    expect(placeDateLine('Hà Nội', new Date('2024-12-31T23:30:00Z'))).toBe('Hà Nội, ngày 01 tháng 01 năm 2025');
  });

  it('writes the time with the part of the day and dd/mm/yyyy dates', () => {
    expect(timeText({ startDate: '2023-04-20', endDate: null, startTime: '08:00', partOfDay: 'morning' })).toBe('08 giờ 00, buổi sáng ngày 20/04/2023');
    expect(timeText({ startDate: '2023-04-20', endDate: '2023-04-20', startTime: null, partOfDay: null })).toBe('Ngày 20/04/2023');
    expect(timeText({ startDate: '2023-06-13', endDate: '2023-06-14', startTime: '13:30', partOfDay: 'afternoon' })).toBe(
      '13 giờ 30, buổi chiều, từ ngày 13/06/2023 đến ngày 14/06/2023',
    );
  });

  it('qualifies counts as the press does, with Vietnamese thousands separators', () => {
    expect(participantsText(120, 'about')).toBe('khoảng 120 đại biểu');
    expect(participantsText(3000, 'more_than')).toBe('hơn 3.000 đại biểu');
    expect(participantsText(200, 'at_least')).toBe('ít nhất 200 đại biểu');
    expect(participantsText(1234, 'exact')).toBe('1.234 đại biểu');
  });

  it('names the province a record now belongs to only when it changed', () => {
    const caoBang = { code: '04', name: 'Cao Bằng' };
    expect(placeText({ venue: null, province: { code: '08', name: 'Tuyên Quang' }, legacyProvince: { code: '02', name: 'Hà Giang' } } as never)).toBe('Hà Giang (nay thuộc Tuyên Quang)');
    expect(placeText({ venue: 'Hội trường UBND tỉnh', province: caoBang, legacyProvince: caoBang } as never)).toBe('Hội trường UBND tỉnh, Cao Bằng');
    expect(placeText({ venue: null, province: caoBang, legacyProvince: null } as never)).toBe('Cao Bằng');
    expect(placeText({ venue: null, province: null, legacyProvince: null } as never)).toBeNull();
  });
});
