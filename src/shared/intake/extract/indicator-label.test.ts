import { describe, expect, it } from 'vitest';
import { readableLabels } from './indicator-label.js';
import { extractFromSourceText } from './index.js';

const labelsOf = (source: string) => extractFromSourceText(source).indicators.map((i) => i.label);
const readableOf = (source: string) => readableLabels(extractFromSourceText(source).indicators);

describe('figure labels', () => {
  it('keeps a list of whom a figure was for, after a comma or "và"', () => {
    expect(labelsOf('Các cấp, các ngành đã tặng 8.300 suất quà cho người khuyết tật, người cao tuổi với tổng kinh phí 4,2 tỷ đồng.')).toEqual([
      'tặng … cho người khuyết tật, người cao tuổi',
      'tổng kinh phí – tặng … cho người khuyết tật, người cao tuổi',
    ]);
    expect(labelsOf('Tỉnh đã hỗ trợ 2.140 hộ nghèo, hộ cận nghèo vay vốn sản xuất.')).toEqual(['hỗ trợ …, hộ cận nghèo vay vốn sản xuất']);
    expect(labelsOf('Năm 2024, tỉnh cấp 3.600 thẻ bảo hiểm y tế cho trẻ em và học sinh dân tộc thiểu số.')[0]).toBe('cấp … cho trẻ em và học sinh dân tộc thiểu số');
    // Other lists still end the figure's words.
    expect(labelsOf('Tỉnh đã xây dựng 45 căn nhà cho hộ nghèo, bàn giao trước Tết.')).toEqual(['xây dựng … cho hộ nghèo']);
  });

  it('reads on its own: the counted thing where the figure stood, a property joined to what it is of', () => {
    expect(readableOf('Các cấp, các ngành đã tặng 8.300 suất quà cho người khuyết tật, người cao tuổi với tổng kinh phí 4,2 tỷ đồng.')).toEqual([
      'tặng quà cho người khuyết tật, người cao tuổi',
      'tổng kinh phí tặng quà cho người khuyết tật, người cao tuổi',
    ]);
    expect(readableOf('6 tháng đầu năm 2025, toàn tỉnh đã hỗ trợ xây mới 320 căn nhà cho hộ nghèo.')).toEqual(['hỗ trợ xây mới nhà cho hộ nghèo']);
    expect(readableOf('Năm 2024, tỉnh đã tổ chức tập huấn cho 12.000 lượt cán bộ về quyền con người.')).toEqual(['tổ chức tập huấn cán bộ về quyền con người']);
    expect(readableOf('Tỷ lệ hộ nghèo của tỉnh giảm còn 2,15%.')).toEqual(['Tỷ lệ hộ nghèo của tỉnh']);
    expect(readableOf('Các tổ hòa giải ở cơ sở đã hòa giải thành 812 vụ việc trên tổng số 950 vụ việc, đạt 85,5%.')).toEqual([
      'Các tổ hòa giải ở cơ sở đã hòa giải thành',
      'tỷ lệ các tổ hòa giải ở cơ sở đã hòa giải thành',
    ]);
  });
});
