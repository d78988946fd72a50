/*
 * The figures a report states beside each value: how much of the target was reached and how it
 * changed against the same period of the previous year. Used by the entry grid (computed live),
 * the dashboards and the exports, so the three always agree.
 */

/** Rounds to `decimals` places, half away from zero, without the binary drift of `x.toFixed`. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = Math.abs(value) * factor;
  // 1.005 × 100 is 100.49999999999999 in binary; a nudge far below any reported precision fixes it.
  const rounded = Math.round(scaled + scaled * Number.EPSILON * 4) / factor;
  return value < 0 ? -rounded : rounded === 0 ? 0 : rounded;
}

/**
 * "Đạt 117,8% chỉ tiêu": value as a percentage of the target. When lower is better (a poverty
 * rate), reaching a target of 9,5% with 9,2% is more than 100%: target / value. Null when either
 * is missing or the division means nothing (a zero target; a zero value when lower is better).
 */
export function percentOfTarget(value: number | null, target: number | null, higherIsBetter = true): number | null {
  if (value === null || target === null) return null;
  if (higherIsBetter) return target === 0 ? null : (value / target) * 100;
  return value === 0 ? null : (target / value) * 100;
}

/** Whether the target is met (reached or bettered in the indicator's direction); null without both figures. */
export function targetMet(value: number | null, target: number | null, higherIsBetter = true): boolean | null {
  if (value === null || target === null) return null;
  return higherIsBetter ? value >= target : value <= target;
}

export type Change = {
  /** value − previous, in the indicator's unit (points for a percentage). */
  absolute: number;
  /** Relative change in %, null when the previous value is zero. */
  percent: number | null;
};

/** "Tăng 1,2% so với cùng kỳ": the change against the same period of the previous year; null without both figures. */
export function changeFromPreviousYear(value: number | null, previous: number | null): Change | null {
  if (value === null || previous === null) return null;
  const absolute = value - previous;
  return { absolute, percent: previous === 0 ? null : (absolute / Math.abs(previous)) * 100 };
}

/** A ratio's value from its parts: numerator / denominator × scale, rounded to the indicator's decimals; null when it cannot be computed. */
export function ratioValue(numerator: number | null, denominator: number | null, scale: number, decimals: number): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  return roundTo((numerator / denominator) * scale, decimals);
}
