import { describe, expect, it } from 'vitest';
import { prepareCatalogue, suggestIndicator } from './suggest-indicator.js';

const catalogue = prepareCatalogue([
  { code: 'JOBS', nameVi: 'Số lao động được giải quyết việc làm', unit: 'người', valueType: 'count' },
  { code: 'VOC', nameVi: 'Số người được đào tạo nghề', unit: 'người', valueType: 'count' },
  { code: 'BHXH', nameVi: 'Tỷ lệ lao động tham gia bảo hiểm xã hội bắt buộc', unit: '%', valueType: 'percent' },
  { code: 'POOR', nameVi: 'Tỷ lệ hộ nghèo', unit: '%', valueType: 'percent' },
  { code: 'POOR_N', nameVi: 'Số hộ nghèo', unit: 'hộ', valueType: 'count' },
  { code: 'HOUSE', nameVi: 'Kinh phí hỗ trợ nhà ở', unit: 'đồng', valueType: 'money' },
]);

describe('suggesting the catalogue indicator of a figure an article states', () => {
  it.each([
    ['giải quyết việc làm cho lao động', 'người', 'JOBS'],
    ['Giải quyết việc làm', null, 'JOBS'],
    ['đào tạo nghề cho người lao động', 'người', 'VOC'],
    ['tỷ lệ tham gia bảo hiểm xã hội bắt buộc', '%', 'BHXH'],
    ['TỶ LỆ HỘ NGHÈO giảm còn', '%', 'POOR'],
    ['số hộ nghèo', 'hộ', 'POOR_N'],
    ['hỗ trợ nhà ở', 'đồng', 'HOUSE'],
  ])('“%s” (%s) → %s', (label, unit, code) => {
    expect(suggestIndicator(label, unit, catalogue)?.indicatorCode).toBe(code);
  });
  it('suggests nothing for a figure the catalogue does not hold', () => {
    expect(suggestIndicator('đại biểu dự hội nghị', 'người', catalogue)).toBeNull();
  });
});
