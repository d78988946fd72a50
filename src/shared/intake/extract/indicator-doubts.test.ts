import { describe, expect, it } from 'vitest';
import { extractFromSourceText } from './index.js';

describe('figures that describe the place, and labels with an age', () => {
  it('keeps the minorities\' share of the population apart as a context figure', () => {
    const r = extractFromSourceText('Huyện có hơn 45.000 dân, trong đó đồng bào dân tộc thiểu số chiếm khoảng 64%. Năm 2024, huyện hỗ trợ 120 căn nhà cho hộ nghèo.');
    expect(r.context_figures).toContainEqual({ label: 'đồng bào dân tộc thiểu số (tỷ lệ dân số)', value: 64, unit: '%', qualifier: 'about' });
    expect(r.indicators.map((i) => i.value)).toEqual([120]);
    const alone = extractFromSourceText('Ở xã vùng cao này, người dân tộc thiểu số chiếm 81%, chủ yếu là người Thái.');
    expect(alone.context_figures.map((c) => c.value)).toContain(81);
    expect(alone.indicators).toEqual([]);
  });

  it('keeps an age in a label ("trẻ em dưới 6 tuổi") but still stops at other numbers', () => {
    const r = extractFromSourceText('Năm 2024, 100% trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế; cấp 2.300 thẻ bảo hiểm y tế cho người từ 80 tuổi trở lên.');
    expect(r.indicators.map((i) => i.label)).toEqual(['trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế', 'cấp … cho người từ 80 tuổi trở lên']);
  });
});
