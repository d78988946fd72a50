import { describe, expect, it } from 'vitest';
import { figuresUnit, type FigurePlace } from './figures-unit.js';

const binhDinh: FigurePlace = { provinceCode: '52', provinceName: 'Tỉnh Gia Lai', legacyProvinceCode: '52', legacyProvinceName: 'Tỉnh Bình Định' };
const oldGiaLai: FigurePlace = { ...binhDinh, legacyProvinceCode: '64', legacyProvinceName: 'Tỉnh Gia Lai' };
const unknownOld: FigurePlace = { ...binhDinh, legacyProvinceCode: null, legacyProvinceName: null };

describe('figuresUnit', () => {
  it('names the old province for periods that end before 1 July 2025, the current one after', () => {
    expect(figuresUnit('2024', [binhDinh])).toEqual({ unit: { unitKind: 'legacy_province', unitCode: '52', unitName: 'Tỉnh Bình Định' } });
    expect(figuresUnit('2025-YTD06', [binhDinh])).toEqual({ unit: { unitKind: 'legacy_province', unitCode: '52', unitName: 'Tỉnh Bình Định' } });
    // A year that spans the merger is the current province's, as the completeness view counts it.
    expect(figuresUnit('2025', [binhDinh])).toEqual({ unit: { unitKind: 'province', unitCode: '52', unitName: 'Tỉnh Gia Lai' } });
    expect(figuresUnit('2025-Q3', [unknownOld])).toEqual({ unit: { unitKind: 'province', unitCode: '52', unitName: 'Tỉnh Gia Lai' } });
  });

  it('asks for a unit when the old province is unknown or the figures are of several', () => {
    expect(figuresUnit('2024', [unknownOld])).toEqual({ problem: 'legacyUnknown' });
    expect(figuresUnit('2024', [binhDinh, unknownOld])).toEqual({ problem: 'legacyUnknown' });
    expect(figuresUnit('2024', [binhDinh, oldGiaLai])).toEqual({ problem: 'mixed' });
    expect(figuresUnit('2025', [binhDinh, { ...binhDinh, provinceCode: '79' }])).toEqual({ problem: 'mixed' });
    expect(figuresUnit('2024', [])).toEqual({ problem: 'noProvince' });
  });
});
