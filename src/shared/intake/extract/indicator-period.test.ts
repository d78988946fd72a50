import { describe, expect, it } from 'vitest';
import { extractFromSourceText } from './index.js';

const periods = (source: string) => extractFromSourceText(source).indicators.map((i) => [i.value, i.period]);

describe('periods of reported figures', () => {
  it('reads a period right after a reporting verb, and two periods joined by "và" as one', () => {
    expect(periods('Bà cho biết năm 2024 huyện đã hỗ trợ 52 căn nhà cho hộ nghèo.')).toEqual([[52, 'năm 2024']]);
    expect(periods('Trong năm 2023 và 6 tháng đầu năm 2024, thành phố đã giải quyết 41 hồ sơ đề nghị cấp đất.')).toEqual([[41, 'năm 2023 và 6 tháng đầu năm 2024']]);
  });

  it('frames the report sentence\'s own paragraph with the period the report covers, not the rest of the article', () => {
    const source = 'Báo cáo tình hình công tác nhân quyền 8 tháng năm 2024, ông A cho biết: tỉnh đã hỗ trợ xây dựng 640 nhà ở cho hộ nghèo.\n\nTỉnh cũng tặng 900 suất quà cho trẻ em.';
    expect(periods(source)).toEqual([[640, '8 tháng năm 2024'], [900, null]]);
  });

  it('gives "9 tháng qua" and "Cả năm" the report\'s period when they match it, and nothing otherwise', () => {
    const nine = 'Hội nghị sơ kết công tác nhân quyền 9 tháng năm 2024 diễn ra sáng nay.\n\nTheo báo cáo, 9 tháng qua, các ngành đã đào tạo nghề cho 3.100 người.';
    expect(periods(nine)).toEqual([[3100, '9 tháng năm 2024']]);
    const year = 'Hội nghị tổng kết công tác năm 2024 và triển khai nhiệm vụ năm 2025.\n\nCả năm toàn tỉnh giải quyết việc làm cho 8.200 lao động.';
    expect(periods(year)).toEqual([[8200, 'năm 2024']]);
    const mismatch = 'Hội nghị sơ kết công tác nhân quyền 6 tháng đầu năm 2024.\n\nTheo báo cáo, 9 tháng qua, các ngành đã đào tạo nghề cho 3.100 người.';
    expect(periods(mismatch)).toEqual([[3100, null]]);
  });

  it('reads a report\'s "label: value" list: each label before its colon, the period over the whole bulleted list', () => {
    const source = 'Kết quả 6 tháng đầu năm 2024:\n- Giải quyết việc làm: 5.300 lao động, đạt 51% kế hoạch.\n- Tỷ lệ hộ nghèo: 4,1%.\n+ Trợ giúp pháp lý: 410 vụ việc.\nHội nghị cũng khen thưởng 20 mô hình.';
    const r = extractFromSourceText(source);
    expect(r.indicators.map((i) => [i.value, i.label, i.period])).toEqual([
      [5300, 'Giải quyết việc làm', '6 tháng đầu năm 2024'],
      [4.1, 'Tỷ lệ hộ nghèo', '6 tháng đầu năm 2024'],
      [410, 'Trợ giúp pháp lý', '6 tháng đầu năm 2024'],
      [20, 'Hội nghị cũng khen thưởng', null],
    ]);
  });
});
