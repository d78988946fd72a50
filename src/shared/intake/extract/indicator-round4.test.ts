import { describe, expect, it } from 'vitest';
import { extractFromSourceText } from './index.js';

describe('a figure above its plan', () => {
  it('reads "vượt 8% kế hoạch" as 108% of the plan, not a change', () => {
    const r = extractFromSourceText('Năm 2024, huyện đã giải quyết việc làm cho 2.160 lao động, vượt 8% kế hoạch.');
    expect(r.indicators[0]).toMatchObject({ value: 2160, percent_of_target: 108, comparison: null });
    expect(r.evidence['indicators[0].percent_of_target']?.rule).toBe('indicator.above-plan-percent');
  });

  it('keeps "vượt 7,5% KH năm" exact to two decimals', () => {
    const r = extractFromSourceText('Năm 2024, tỉnh đã đào tạo nghề cho 5.375 lao động, vượt 7,5% KH năm.');
    expect(r.indicators[0]).toMatchObject({ value: 5375, percent_of_target: 107.5 });
  });
});

describe('figures that are no result', () => {
  it('drops an aim asked for a coming year, with the year between the request and whom it addresses', () => {
    const r = extractFromSourceText('Năm 2024, tỉnh đã hỗ trợ 210 căn nhà. Kết luận hội nghị, ông A đề nghị trong năm 2025 các sở, ngành phải tổ chức ít nhất 3 lớp tập huấn về quyền con người.');
    expect(r.indicators.map((i) => i.value)).toEqual([210]);
  });

  it('drops an organiser\'s earlier courses: neither an indicator nor the audience', () => {
    const r = extractFromSourceText('Ngày 5/6/2024, Hội Luật gia tỉnh tổ chức lớp bồi dưỡng về quyền con người cho hơn 60 phóng viên.\n\nTrước đó, năm 2022, Hội đã mở 3 lớp cho 210 hội viên.');
    expect(r.indicators).toEqual([]);
    expect(r.participants_count).toBe(60);
    const similar = extractFromSourceText('Ngày 5/6/2024, Sở Tư pháp tổ chức hội nghị cho 80 đại biểu. Năm 2023, Sở đã tổ chức 4 hội nghị tương tự với 350 cán bộ tham dự.');
    expect(similar.indicators).toEqual([]);
    expect(similar.participants_count).toBe(80);
  });
});

describe('a course\'s own figures', () => {
  it('drops, in an article about one course, the organiser\'s courses since a year', () => {
    const r = extractFromSourceText('Sáng 4/3/2025, Sở Tư pháp khai mạc lớp bồi dưỡng về quyền con người cho 90 học viên.\n\nTheo ông B, từ năm 2020 đến nay Sở đã tổ chức 9 lớp bồi dưỡng cho cán bộ cơ sở.');
    expect(r.indicators).toEqual([]);
    expect(r.participants_count).toBe(90);
  });

  it('keeps courses since a year in a review, which reports them as results', () => {
    const r = extractFromSourceText('Hội nghị tổng kết công tác nhân quyền năm 2024 của tỉnh.\n\nTừ năm 2021 đến nay, tỉnh đã tổ chức 46 lớp tập huấn cho cán bộ cơ sở.');
    expect(r.indicators.map((i) => i.value)).toEqual([46]);
  });
});
