import { describe, expect, it } from 'vitest';
import { extractFromSourceText } from './index.js';
import { checkPercent } from './indicators.js';
import { evidenceText } from './test-helpers.js';

const text =
  'Trong năm 2023 tỉnh tổ chức chương trình “Xuân yêu thương”, tặng 800 phần quà với tổng số tiền 800 triệu đồng.\n' +
  'Tỉnh đã giải quyết việc làm cho 17.670 lao động, đạt 117,8% chỉ tiêu Nghị quyết của Tỉnh ủy năm 2023 (tăng 1,2% so với năm 2022); trong đó đã đưa lao động đi làm việc có thời hạn ở nước ngoài theo hợp đồng là 651/547 lao động, đạt 119,02% kế hoạch năm 2023.';

describe('indicators', () => {
  const r = extractFromSourceText(text);

  it('reads value, unit, money in đồng and the period frame of the paragraph', () => {
    expect(r.indicators[0]).toMatchObject({ value: 800, unit: 'phần quà', period: 'năm 2023' });
    expect(r.indicators[1]).toMatchObject({ value: 800, unit: 'triệu đồng', value_vnd: 800_000_000, period: 'năm 2023' });
    expect(r.indicators[1]!.label).toContain('tổng số tiền');
    expect(evidenceText(text, r, 'indicators[0].period')).toBe('năm 2023');
    expect(evidenceText(text, r, 'indicators[1].unit')).toBe('triệu đồng');
  });

  it('attaches "đạt X% chỉ tiêu" and "tăng Y% so với" to the figure before them, not as figures', () => {
    expect(r.indicators[2]).toMatchObject({
      value: 17670, unit: 'lao động', percent_of_target: 117.8, period: null,
      comparison: { value: 1.2, unit: '%', direction: 'increase', basis: 'so với năm 2022' },
    });
    expect(r.indicators).toHaveLength(4);
    expect(evidenceText(text, r, 'indicators[2].percent_of_target')).toBe('117,8% chỉ tiêu Nghị quyết của Tỉnh ủy năm 2023 ');
  });

  it('reads achieved/planned, recomputes the % and flags the mismatch in Vietnamese', () => {
    expect(r.indicators[3]).toMatchObject({ value: 651, target: 547, percent_of_target: 119.02, computed_percent: 119.01 });
    expect(r.indicators[3]!.inconsistency).toBe('Tỷ lệ ghi trong bài là 119,02%, nhưng 651/547 = 119,01%.');
    expect(evidenceText(text, r, 'indicators[3].target')).toBe('547');
    expect(r.warnings.some((w) => w.includes('119,02%'))).toBe(true);
  });

  it('accepts a % that matches at the precision written', () => {
    expect(checkPercent(8469, 6500, 130.29, '130,29')).toEqual({ computed_percent: 130.29, inconsistency: null });
    expect(checkPercent(17670, 15000, 117.8, '117,8')).toEqual({ computed_percent: 117.8, inconsistency: null });
  });

  it('reads a coverage ratio without making it a target, and skips document numbers and years', () => {
    const r2 = extractFromSourceText('UBND tỉnh ban hành Quyết định số 2460/QĐ-UBND ngày 20-12-2022 về danh sách người có uy tín giai đoạn 2023-2027 với tổng số 1.290 người uy tín/1.292 tổ, thôn, bản.');
    expect(r2.indicators).toHaveLength(1);
    expect(r2.indicators[0]).toMatchObject({ value: 1290, unit: 'người uy tín', target: null });
  });

  it('carries a period stated before a colon into the next paragraph only', () => {
    const r3 = extractFromSourceText('Ông A cho biết, trong 5 tháng đầu năm 2023, công tác đạt kết quả, cụ thể:\nĐã giải quyết việc làm cho 3.500 người; tỷ lệ tham gia bảo hiểm xã hội bắt buộc 97%.\nCai nghiện bắt buộc cho 52 người.');
    expect(r3.indicators.map((i) => i.period)).toEqual(['5 tháng đầu năm 2023', '5 tháng đầu năm 2023', null]);
    expect(r3.indicators[1]!.label).toBe('tỷ lệ tham gia bảo hiểm xã hội bắt buộc');
  });

  it('does not backtrack catastrophically on a long adversarial line', () => {
    const line = `${'1.000 '.repeat(3000)}${'Nguyễn Văn '.repeat(2000)}${', Phó'.repeat(2000)} chuyên đề: ${'Quyền, '.repeat(3000)}`;
    const started = performance.now();
    extractFromSourceText(line);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('reads a period after ";" and one set off by commas after "cho biết"', () => {
    const a = extractFromSourceText('Tỷ lệ hộ nghèo giảm còn 3,1%; năm 2018, tỷ lệ tham gia bảo hiểm y tế đạt 90,2%.');
    expect(a.indicators[1]).toMatchObject({ value: 90.2, period: 'năm 2018' });
    const b = extractFromSourceText('Đồng chí Lê Văn Hải cho biết, 10 tháng năm 2020, toàn tỉnh giải quyết việc làm cho 15.150 lao động.');
    expect(b.indicators[0]).toMatchObject({ value: 15150, period: '10 tháng năm 2020' });
  });

  it('skips context and goals: border length, "đồng bào", a total, a figure in a directive', () => {
    const r = extractFromSourceText(
      'Tỉnh có 270 km đường biên giới, khoảng 320.000 đồng bào Khmer. Năm 2024, tỉnh hòa giải thành 2.945 vụ việc trên tổng số 3.410 vụ việc. '
      + 'Đồng chí yêu cầu các địa phương phấn đấu 100% xã có cán bộ theo dõi công tác nhân quyền.',
    );
    expect(r.indicators.map((i) => i.value)).toEqual([2945]);
  });

  it('reads a target after "so với kế hoạch"', () => {
    const r = extractFromSourceText('Năm 2020, tỉnh đào tạo nghề cho 24.800 người, đạt 107% so với kế hoạch 24.000 người.');
    expect(r.indicators).toHaveLength(1);
    expect(r.indicators[0]).toMatchObject({ value: 24800, target: 24000, percent_of_target: 107 });
    expect(r.indicators[0]!.inconsistency).toBeTruthy();
  });
});
