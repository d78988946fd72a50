import { describe, expect, it } from 'vitest';
import { extractFromSourceText } from './index.js';
import { evidenceText } from './test-helpers.js';

describe('province', () => {
  it('files an event before 1 July 2025 under its old province with the old code', () => {
    const source = 'Sáng ngày 13/6/2024, Ban chỉ đạo Nhân quyền tỉnh Hòa Bình tổ chức Hội nghị tập huấn.';
    const r = extractFromSourceText(source);
    expect([r.province, r.province_code, r.province_era]).toEqual(['Hòa Bình', '17', 'legacy']);
    expect(evidenceText(source, r, 'province')).toBe('tỉnh Hòa Bình');
  });

  it('uses the current code space after the reform (Lào Cai is 15 now, 10 before)', () => {
    expect(extractFromSourceText('Ngày 28/10/2025, UBND tỉnh Lào Cai tổ chức Hội nghị tập huấn.').province_code).toBe('15');
    expect(extractFromSourceText('Ngày 28/10/2024, UBND tỉnh Lào Cai tổ chức Hội nghị tập huấn.').province_code).toBe('10');
  });

  it('reads abbreviations: TPHCM, TP.HCM, BRVT, Thừa Thiên Huế', () => {
    expect(extractFromSourceText('Ngày 2/10/2025, Ban Chỉ đạo về Nhân quyền TP.HCM tổ chức Hội nghị.').province).toBe('Hồ Chí Minh');
    expect(extractFromSourceText('Ngày 2/10/2025, Ban Chỉ đạo về Nhân quyền TPHCM tổ chức Hội nghị.').province).toBe('Hồ Chí Minh');
    expect(extractFromSourceText('BRVT: Ngày 2/10/2023, tỉnh tổ chức Hội nghị.').province).toBe('Bà Rịa - Vũng Tàu');
    expect(extractFromSourceText('Ngày 2/10/2025, Ban Chỉ đạo thành phố Huế tổ chức Hội nghị.').province).toBe('Huế');
  });

  it('names a renamed province as it was on the event date (Thừa Thiên Huế before 2025)', () => {
    const r = extractFromSourceText('Ngày 2/10/2020, Ban Chỉ đạo tỉnh Thừa Thiên Huế tổ chức Hội nghị.');
    expect([r.province, r.province_code]).toEqual(['Thừa Thiên Huế', '46']);
    expect(extractFromSourceText('Ngày 2/10/2025, Ban Chỉ đạo TT Huế tổ chức Hội nghị.').province).toBe('Huế');
  });

  it('files an old province named after the reform under the province it is now part of', () => {
    const r = extractFromSourceText('Ngày 12/11/2025, UBND xã Đăk Hà (tỉnh Kon Tum cũ) tổ chức Hội nghị tập huấn công tác nhân quyền.');
    expect([r.province, r.province_era]).toEqual(['Quảng Ngãi', 'current']);
  });

  it('does not read a province inside a person or an institution name', () => {
    const r = extractFromSourceText('Ông Nguyễn Thái Bình, giảng viên Học viện Chính trị quốc gia Hồ Chí Minh, trình bày tại hội nghị.');
    expect(r.province).toBeNull();
  });
});
