import { describe, expect, it } from 'vitest';
import { extractFromSourceText } from './index.js';

describe('figures that describe the place, and labels with an age', () => {
  it('keeps the minorities\' share of the population apart as a context figure', () => {
    const r = extractFromSourceText('Huyện có hơn 45.000 dân, trong đó đồng bào dân tộc thiểu số chiếm khoảng 64%. Năm 2024, huyện hỗ trợ 120 căn nhà cho hộ nghèo.');
    expect(r.context_figures).toContainEqual({ label: 'đồng bào dân tộc thiểu số (tỷ lệ dân số)', value: 64, unit: '%', qualifier: 'about' });
    expect(r.indicators.map((i) => i.value)).toEqual([120]);
    const alone = extractFromSourceText('Ở xã vùng cao này, người dân tộc thiểu số chiếm 81%, chủ yếu là người Thái.');
    expect(alone.context_figures?.map((c) => c.value)).toContain(81);
    expect(alone.indicators).toEqual([]);
  });

  it('reads "dân số hơn 1,6 triệu người" as the setting even beside "cấp xã", and a scale word before a unit as a multiplier', () => {
    const r = extractFromSourceText('Tỉnh có 96 đơn vị hành chính cấp xã, dân số hơn 1,6 triệu người. Năm 2024, tỉnh cấp 410 nghìn thẻ bảo hiểm y tế, trị giá 1,4 triệu đồng mỗi thẻ; thu hút 2,5 triệu lượt người truy cập.');
    expect(r.context_figures?.map((c) => [c.value, c.label])).toContainEqual([1_600_000, 'dân số']);
    expect(r.indicators.map((i) => [i.value, i.unit])).toEqual([[410_000, 'thẻ bảo hiểm y tế'], [1.4, 'triệu đồng'], [2_500_000, 'lượt người']]);
  });

  it('keeps an age in a label ("trẻ em dưới 6 tuổi") but still stops at other numbers', () => {
    const r = extractFromSourceText('Năm 2024, 100% trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế; cấp 2.300 thẻ bảo hiểm y tế cho người từ 80 tuổi trở lên.');
    expect(r.indicators.map((i) => i.label)).toEqual(['trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế', 'cấp … cho người từ 80 tuổi trở lên']);
  });
});

describe('doubts that separate good from bad figure readings', () => {
  const reading = (source: string, value: number) => {
    const r = extractFromSourceText(source);
    const i = r.indicators.findIndex((f) => f.value === value);
    expect([source, i >= 0]).toEqual([source, true]);
    return r.evidence[`indicators[${i}].value`]!;
  };
  const doubted = (source: string, value: number, warning: RegExp, level = 'low') => {
    const e = reading(source, value);
    expect(e.confidence).toBe(level);
    expect(e.warnings?.some((w) => warning.test(w))).toBe(true);
  };

  it('leaves a plain result with its verb, unit and period at high confidence, with no warning', () => {
    expect(reading('Năm 2024, tỉnh giải quyết việc làm cho 12.300 lao động.', 12300)).toMatchObject({ confidence: 'high' });
    expect(reading('Năm 2024, tỉnh giải quyết việc làm cho 12.300 lao động.', 12300).warnings).toBeUndefined();
    expect(reading('Năm 2024, huyện đã tặng 1.990 suất quà cho hộ nghèo.', 1990).warnings).toBeUndefined();
    // A one-word label is enough when the unit names what is counted.
    expect(reading('Năm 2024, tỉnh cấp 52.000 thẻ bảo hiểm y tế.', 52000)).toMatchObject({ confidence: 'high' });
  });

  it('doubts a difference ("giảm 23 vụ so với …"), a goal with a deadline, the meeting\'s own numbers and nationwide figures', () => {
    doubted('Năm 2024, số vụ tai nạn giao thông giảm 23 vụ so với năm 2023.', 23, /mức tăng, giảm/u);
    doubted('Năm 2024, số nhà hoàn thành vượt 12 căn so với kế hoạch.', 12, /mức tăng, giảm/u);
    doubted('Năm 2025, tỉnh tập huấn cho 100% cán bộ tư pháp cấp xã trước tháng 9-2025.', 100, /chỉ tiêu phải đạt/u);
    doubted('Năm 2024, Ban tổ chức nhận được 54 bài tham luận.', 54, /chính hội nghị/u);
    doubted('Cuối lớp, các học viên làm bài kiểm tra; 100% đạt yêu cầu, trong đó 58% đạt khá, giỏi.', 58, /chính hội nghị/u);
    doubted('Năm 2024, tỷ lệ hộ nghèo cả nước giảm còn 1,9%.', 1.9, /cả nước/u);
    doubted('Năm 2024, mức trợ cấp xã hội được nâng lên 500.000 đồng/tháng.', 500000, /định mức/u);
  });

  it('doubts a label of linking words only, a number written as a year, a figure in brackets and one on a heading line', () => {
    doubted('Năm 2024, các lớp kết thúc đúng hạn; trong đó có 64%.', 64, /nói về gì/u);
    doubted('Năm 2024, huyện đã tặng 1990 suất quà cho hộ nghèo.', 1990, /một năm/u);
    doubted('Năm 2024, tỉnh hỗ trợ 300 hộ nghèo làm nhà (riêng huyện A hỗ trợ 120 hộ nghèo).', 120, /trong ngoặc/u, 'medium');
    doubted('Năm 2024, tỉnh làm tốt công tác giảm nghèo.\nHỗ trợ 500 căn nhà cho hộ nghèo\nCác địa phương đã hoàn thành đúng hạn.', 500, /tiêu đề/u, 'medium');
  });
});

describe('planned figures', () => {
  it('proposes no figure that is planned, assigned or expected, and keeps a result in a later clause', () => {
    for (const source of [
      'Kế hoạch năm 2026 giao chỉ tiêu giải quyết việc làm cho 9.000 lao động.',
      'Chỉ tiêu năm 2026: giải quyết việc làm cho 9.000 lao động; giảm tỷ lệ hộ nghèo 1,2%.',
      'Dự kiến năm 2026, huyện sẽ hỗ trợ xây dựng 300 căn nhà cho hộ nghèo.',
      'Huyện cần tiếp tục hỗ trợ 410 hộ nghèo còn lại trong năm tới.',
    ]) expect([source, extractFromSourceText(source).indicators]).toEqual([source, []]);
    expect(extractFromSourceText('Bà cho biết huyện sẽ tiếp tục quan tâm; năm 2025 đã hỗ trợ 120 hộ nghèo.').indicators.map((i) => i.value)).toEqual([120]);
  });
});

