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

describe('periods of reviews (round 4)', () => {
  it('reads "từ đầu năm đến ngày 30/9/2024" as a period', () => {
    const source = 'Hội nghị đánh giá kết quả công tác từ đầu năm đến ngày 30/9/2024.\n\nTheo báo cáo, từ đầu năm đến ngày 30/9/2024, tỉnh đã giải quyết việc làm cho 8.100 lao động.';
    expect(periods(source)).toEqual([[8100, 'từ đầu năm đến ngày 30/9/2024']]);
  });

  it('gives a year-end review\'s figures its year, a part-year review\'s later paragraphs none', () => {
    const year = 'Tỉnh A tổng kết công tác nhân quyền năm 2023\n\nSáng 18/12, Ban Chỉ đạo tổ chức hội nghị tổng kết công tác nhân quyền năm 2023.\n\nTheo báo cáo, trong năm 2023 tỉnh giải quyết việc làm cho 9.400 lao động.\n\nToàn tỉnh xây mới 820 căn nhà cho hộ nghèo; tỷ lệ trẻ em đến trường đạt 98,1%.\n\nTrong năm học 2023-2024, tỉnh cấp học bổng cho 1.200 học sinh.';
    expect(periods(year)).toEqual([[9400, 'năm 2023'], [820, 'năm 2023'], [98.1, 'năm 2023'], [1200, 'năm học 2023-2024']]);
    const months = 'Sáng 8/10, Ban Chỉ đạo tổ chức hội nghị sơ kết công tác nhân quyền 9 tháng năm 2023.\n\nChín tháng năm 2023, tỉnh giải quyết việc làm cho 6.100 lao động.\n\nToàn tỉnh xây mới 410 căn nhà cho hộ nghèo.';
    expect(periods(months)).toEqual([[6100, '9 tháng năm 2023'], [410, null]]);
  });

  it('writes months in digits and gives a yearless "6 tháng đầu năm" the article\'s year', () => {
    const source = 'Tỉnh B sơ kết 6 tháng đầu năm công tác nhân quyền\n\nChiều 9-7-2024, Ban Chỉ đạo họp phiên sơ kết 6 tháng đầu năm.\n\nSáu tháng đầu năm, toàn tỉnh đã giải quyết việc làm cho 4.300 lao động.\n\nTrong lĩnh vực an sinh, 6 tháng qua tỉnh đã hỗ trợ 150 căn nhà.';
    expect(periods(source)).toEqual([[4300, '6 tháng đầu năm 2024'], [150, '6 tháng đầu năm 2024']]);
  });
});

describe('an aim with its year before whom it addresses', () => {
  it('is no result', () => {
    expect(periods('Năm 2024, tỉnh đã hỗ trợ 52 căn nhà. Ông A yêu cầu năm 2025 mỗi sở bảo đảm 100% cán bộ được tập huấn.')).toEqual([[52, 'năm 2024']]);
  });
});
