import { describe, expect, it } from 'vitest';
import { extractFromSourceText } from '../../../shared/intake/extract/index.js';
import { pointGroupsFrom } from './point-groups.js';

const groups = (text: string) => pointGroupsFrom(extractFromSourceText(text)).map((p) => [p.name, p.level, p.pointCount]);

describe('connection points counted by a document', () => {
  it('become one group row a level, with the stated numbers and no invented names', () => {
    expect(groups('Hội nghị có hơn 3.000 đại biểu tham dự tại 10 điểm cầu cấp huyện và 161 điểm cầu xã.')).toEqual([
      ['Các điểm cầu cấp huyện', 'district', 10],
      ['Các điểm cầu cấp xã', 'commune', 161],
    ]);
  });

  it('keep a stated total larger than the levels as a row of other points', () => {
    expect(groups('Hội nghị được tổ chức tại 114 điểm cầu, trong đó có 1 điểm cầu cấp tỉnh.')).toEqual([
      ['Điểm cầu cấp tỉnh', 'province', 1],
      ['Các điểm cầu khác', 'other', 113],
    ]);
    expect(groups('Có 3.100 đại biểu dự tại 114 điểm cầu.')).toEqual([['Các điểm cầu', 'other', 114]]);
    expect(groups('Trực tuyến tới 171 điểm cầu, gồm 10 điểm cầu cấp huyện và 161 điểm cầu cấp xã.')).toEqual([
      ['Các điểm cầu cấp huyện', 'district', 10],
      ['Các điểm cầu cấp xã', 'commune', 161],
    ]);
  });

  it('propose nothing when the document counts no points', () => {
    expect(groups('Hội nghị tập huấn được tổ chức trực tiếp tại hội trường UBND tỉnh.')).toEqual([]);
  });
});
