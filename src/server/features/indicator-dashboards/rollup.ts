import type { IndicatorAggregation, IndicatorValueType } from '../../../shared/api/indicators.js';
import type { Figure } from '../../../shared/api/indicator-dashboards.js';

/**
 * The roll-up arithmetic of the dashboards, apart from the database so each kind is tested on its
 * own. aggregates.ts does the same in SQL when old provinces merge into a current one; this adds
 * the current provinces up to the national total. Rules: see shared/api/indicator-dashboards.ts.
 */

export type RollupIndicator = { aggregation: IndicatorAggregation; valueType: IndicatorValueType; ratioScale: number };

/** One unit's figure as the aggregates table holds it. */
export type UnitFigure = { value: number | null; numerator: number | null; denominator: number | null; target: number | null; notAggregable: boolean };

/** Stock figures (people, households, đồng) add up across units; rates do not. */
const isAdditive = (valueType: IndicatorValueType) => valueType === 'count' || valueType === 'money';

/** value / target × 100, when both are known and the target is not 0. */
export function targetPercent(value: number | null, target: number | null): number | null {
  return value === null || target === null || target === 0 ? null : (value / target) * 100;
}

const sumOf = (xs: number[]) => xs.reduce((a, x) => a + x, 0);

/**
 * The total of several units' figures of one indicator and period. Units without a figure are
 * left out (the caller says how many reported); a unit whose own figure is not aggregable makes
 * the total not aggregable.
 */
export function rollUp(indicator: RollupIndicator, units: UnitFigure[]): Figure {
  const present = units.filter((u) => u.notAggregable || u.value !== null || u.numerator !== null);
  const empty: Figure = { value: null, numerator: null, denominator: null, target: null, targetPercent: null, notAggregable: false, units: present.length };
  if (present.length === 0) return empty;
  const notAggregable: Figure = { ...empty, notAggregable: true };
  if (present.some((u) => u.notAggregable)) return notAggregable;

  const all = <K extends keyof UnitFigure>(key: K) => present.every((u) => u[key] !== null);
  const total = (key: 'value' | 'numerator' | 'denominator' | 'target') => sumOf(present.map((u) => u[key] as number));
  const numerator = all('numerator') ? total('numerator') : null;
  const denominator = all('denominator') ? total('denominator') : null;

  if (present.length === 1) {
    const u = present[0]!;
    const value = u.value ?? (indicator.aggregation === 'ratio' && u.numerator !== null && u.denominator ? (u.numerator / u.denominator) * indicator.ratioScale : null);
    return { ...empty, value, numerator: u.numerator, denominator: u.denominator, target: u.target, targetPercent: targetPercent(value, u.target) };
  }

  switch (indicator.aggregation) {
    case 'sum': {
      if (!all('value')) return notAggregable;
      const value = total('value');
      const target = all('target') ? total('target') : null;
      return { ...empty, value, numerator, denominator, target, targetPercent: targetPercent(value, target) };
    }
    case 'ratio': {
      if (numerator === null || denominator === null || denominator <= 0) return notAggregable;
      return { ...empty, value: (numerator / denominator) * indicator.ratioScale, numerator, denominator };
    }
    case 'latest': {
      if (!isAdditive(indicator.valueType) || !all('value')) return notAggregable;
      const value = total('value');
      const target = all('target') ? total('target') : null;
      return { ...empty, value, target, targetPercent: targetPercent(value, target) };
    }
    default:
      return notAggregable;
  }
}

/**
 * Ranks of the values, 1 the best: the highest, or the lowest when lower is better. Equal values
 * share a rank (1, 2, 2, 4); a missing value has none.
 */
export function rankValues(values: Array<number | null>, higherIsBetter: boolean): Array<number | null> {
  const better = (a: number, b: number) => (higherIsBetter ? a > b : a < b);
  return values.map((v) => (v === null ? null : 1 + values.filter((o) => o !== null && better(o, v)).length));
}

/** value − previous, when both are known. */
export const changeOf = (value: number | null, previous: number | null) => (value === null || previous === null ? null : value - previous);
