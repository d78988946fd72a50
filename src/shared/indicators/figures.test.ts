import { describe, expect, it } from 'vitest';
import { changeFromPreviousYear, percentOfTarget, ratioValue, roundTo, targetMet } from './figures.js';

describe('percent of target', () => {
  it('states "đạt 117,8% chỉ tiêu" when higher is better', () => {
    expect(roundTo(percentOfTarget(17670, 15000)!, 1)).toBe(117.8);
    expect(roundTo(percentOfTarget(8469, 6500, true)!, 2)).toBe(130.29);
    expect(targetMet(8469, 6500)).toBe(true);
    expect(targetMet(6000, 6500)).toBe(false);
  });

  it('inverts when lower is better: a poverty rate of 9,2 % against a target of 9,5 % beats it', () => {
    expect(roundTo(percentOfTarget(9.2, 9.5, false)!, 2)).toBe(103.26);
    expect(targetMet(9.2, 9.5, false)).toBe(true);
    expect(targetMet(9.8, 9.5, false)).toBe(false);
  });

  it('has no figure without both numbers or with a zero divisor', () => {
    expect(percentOfTarget(null, 10)).toBeNull();
    expect(percentOfTarget(10, null)).toBeNull();
    expect(percentOfTarget(10, 0)).toBeNull();
    expect(percentOfTarget(0, 5, false)).toBeNull();
    expect(targetMet(null, 5)).toBeNull();
  });
});

describe('change from the previous year', () => {
  it('gives the absolute and relative change', () => {
    const c = changeFromPreviousYear(17670, 17460)!;
    expect(c.absolute).toBe(210);
    expect(roundTo(c.percent!, 1)).toBe(1.2);
    expect(changeFromPreviousYear(9.2, 10.5)!.absolute).toBeCloseTo(-1.3, 10);
  });

  it('has no relative change from zero and nothing without both figures', () => {
    expect(changeFromPreviousYear(5, 0)).toEqual({ absolute: 5, percent: null });
    expect(changeFromPreviousYear(null, 3)).toBeNull();
    expect(changeFromPreviousYear(3, null)).toBeNull();
  });
});

describe('rounding and ratio values', () => {
  it('rounds half away from zero without binary drift', () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(-2.5, 0)).toBe(-3);
    expect(roundTo(119.01279, 2)).toBe(119.01);
  });

  it('computes a ratio from its parts at the indicator’s decimals', () => {
    expect(ratioValue(651, 547, 100, 2)).toBe(119.01);
    expect(ratioValue(1, 3, 1000, 1)).toBe(333.3);
    expect(ratioValue(1, 0, 100, 2)).toBeNull();
    expect(ratioValue(null, 3, 100, 2)).toBeNull();
  });
});
