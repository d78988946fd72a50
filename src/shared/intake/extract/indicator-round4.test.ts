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
