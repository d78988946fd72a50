import { describe, expect, it } from 'vitest';
import { extractFromSourceText } from './index.js';
import { evidenceText } from './test-helpers.js';

describe('figures given without a unit', () => {
  it('proposes a count whose label names what is counted, with no unit, a low confidence and the doubt', () => {
    const source = 'Trong năm 2024, toàn huyện đã giải quyết việc làm mới cho 2.340, đạt 104% kế hoạch.';
    const r = extractFromSourceText(source);
    expect(r.indicators).toHaveLength(1);
    expect(r.indicators[0]).toMatchObject({ value: 2340, unit: null, label: 'giải quyết việc làm mới', percent_of_target: 104, period: 'năm 2024' });
    expect(r.evidence['indicators[0].value']).toMatchObject({ rule: 'indicator.number-without-unit', confidence: 'low' });
    expect(r.evidence['indicators[0].value']!.warnings).toContain('Số liệu không rõ đơn vị: bài không ghi đơn vị sau con số; hãy ghi đơn vị.');
    expect(evidenceText(source, r, 'indicators[0].value')).toBe('2.340');
  });

  it('reads "số … là N" and counts chained by ";" each with its own label and qualifier', () => {
    const r = extractFromSourceText('Năm 2023, Trung tâm đã trợ giúp pháp lý cho hơn 730; hòa giải thành 96. Số người tham gia bảo hiểm xã hội tự nguyện là 4.115.');
    expect(r.indicators.map((i) => [i.value, i.unit, i.label, i.qualifier])).toEqual([
      [730, null, 'Trung tâm đã trợ giúp pháp lý', 'more_than'],
      [96, null, 'hòa giải thành', null],
      [4115, null, 'Số người tham gia bảo hiểm xã hội tự nguyện', null],
    ]);
  });

  it('proposes nothing for goals, years, document numbers, small numbers or a number followed by an unknown word', () => {
    for (const source of [
      'Phấn đấu năm 2025 giải quyết việc làm cho 20.000.',
      'Theo Quyết định số 1234, tỉnh đã hỗ trợ.',
      'Từ năm 2021, huyện đã hỗ trợ 2024.',
      'Tỉnh đã tập huấn cho 12 xã và bồi dưỡng cho 5.',
      'Hội nghị được tổ chức tại 45 điểm cầu, tiếp nhận 30 ý kiến.',
    ]) expect([source, extractFromSourceText(source).indicators]).toEqual([source, []]);
  });

  it('reads "trường hợp" as the unit, not "trường"', () => {
    expect(extractFromSourceText('Năm 2024, tỉnh hỗ trợ 1.205 trường hợp khó khăn.').indicators[0]).toMatchObject({ value: 1205, unit: 'trường hợp' });
  });
});
