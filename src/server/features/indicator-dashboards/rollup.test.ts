import { describe, expect, it } from 'vitest';
import { changeOf, rankValues, rollUp, targetPercent, type UnitFigure } from './rollup.js';

const unit = (u: Partial<UnitFigure>): UnitFigure => ({ value: null, numerator: null, denominator: null, target: null, notAggregable: false, ...u });
const sum = { aggregation: 'sum', valueType: 'count', ratioScale: 100 } as const;
const ratio = { aggregation: 'ratio', valueType: 'ratio', ratioScale: 100 } as const;

describe('rolling units up to a total', () => {
  it('adds a sum and its targets, and gives % of target', () => {
    const total = rollUp(sum, [unit({ value: 17_670, target: 15_000 }), unit({ value: 2_330, target: 5_000 })]);
    expect(total).toMatchObject({ value: 20_000, target: 20_000, targetPercent: 100, units: 2, notAggregable: false });
  });

  it('leaves the target out when one unit has none', () => {
    expect(rollUp(sum, [unit({ value: 1, target: 5 }), unit({ value: 2 })])).toMatchObject({ value: 3, target: null, targetPercent: null });
  });

  it('recomputes a ratio from the summed parts, never averaging the percentages', () => {
    // 90/100 = 90 % and 1/10 = 10 %: the average would be 50 %, the true rate is 91/110.
    const total = rollUp(ratio, [unit({ value: 90, numerator: 90, denominator: 100 }), unit({ value: 10, numerator: 1, denominator: 10 })]);
    expect(total.value).toBeCloseTo((91 / 110) * 100, 10);
    expect(total).toMatchObject({ numerator: 91, denominator: 110, notAggregable: false });
  });

  it('uses the ratio scale (per 1.000)', () => {
    expect(rollUp({ ...ratio, ratioScale: 1000 }, [unit({ numerator: 3, denominator: 1000 }), unit({ numerator: 1, denominator: 1000 })]).value).toBe(2);
  });

  it('marks a ratio not aggregable when a unit reported only its percentage', () => {
    expect(rollUp(ratio, [unit({ value: 90, numerator: 90, denominator: 100 }), unit({ value: 10 })])).toMatchObject({ value: null, notAggregable: true });
  });

  it('lets a single unit stand, computing a ratio given only as parts', () => {
    expect(rollUp(ratio, [unit({ numerator: 651, denominator: 547 })]).value).toBeCloseTo(119.012797, 5);
    expect(rollUp({ aggregation: 'none', valueType: 'number', ratioScale: 100 }, [unit({ value: 7 })])).toMatchObject({ value: 7, notAggregable: false });
  });

  it('adds the latest counts (a stock) but refuses to add latest rates', () => {
    expect(rollUp({ aggregation: 'latest', valueType: 'count', ratioScale: 100 }, [unit({ value: 120 }), unit({ value: 80 })]).value).toBe(200);
    expect(rollUp({ aggregation: 'latest', valueType: 'percent', ratioScale: 100 }, [unit({ value: 9.2 }), unit({ value: 4 })])).toMatchObject({ value: null, notAggregable: true });
  });

  it("never rolls up 'none' from several units", () => {
    expect(rollUp({ aggregation: 'none', valueType: 'number', ratioScale: 100 }, [unit({ value: 1 }), unit({ value: 2 })])).toMatchObject({ value: null, notAggregable: true, units: 2 });
  });

  it('passes a not-aggregable part on to the total, and skips units without a figure', () => {
    expect(rollUp(sum, [unit({ value: 1 }), unit({ notAggregable: true })]).notAggregable).toBe(true);
    expect(rollUp(sum, [unit({ value: 4 }), unit({})])).toMatchObject({ value: 4, units: 1 });
    expect(rollUp(sum, [])).toMatchObject({ value: null, notAggregable: false, units: 0 });
  });
});

describe('ranks, change and % of target', () => {
  it('ranks the highest first, ties sharing a rank, and the lowest first when lower is better', () => {
    expect(rankValues([5, null, 9, 5, 1], true)).toEqual([2, null, 1, 2, 4]);
    expect(rankValues([9.2, 4, 12], false)).toEqual([2, 1, 3]);
  });

  it('gives the change and % of target only when both figures are known', () => {
    expect(changeOf(17_670, 17_460)).toBe(210);
    expect(changeOf(null, 5)).toBeNull();
    expect(targetPercent(8_469, 6_500)).toBeCloseTo(130.29, 2);
    expect(targetPercent(5, 0)).toBeNull();
  });
});
