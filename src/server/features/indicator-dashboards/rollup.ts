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
  const n = present.length;
  if (n === 0) return figure(n, null, null, null, null);
  if (present.some((u) => u.notAggregable)) return figure(n, null, null, null, null, true);

  const numerator = allKnown(present, 'numerator') ? total(present, 'numerator') : null;
  const denominator = allKnown(present, 'denominator') ? total(present, 'denominator') : null;

  if (n === 1) {
    const u = present[0]!;
    const value = u.value ?? (indicator.aggregation === 'ratio' && u.numerator !== null && u.denominator ? (u.numerator / u.denominator) * indicator.ratioScale : null);
    return figure(n, value, u.numerator, u.denominator, u.target);
  }

  switch (indicator.aggregation) {
    case 'sum': {
      if (!allKnown(present, 'value')) return figure(n, null, null, null, null, true);
      return figure(n, total(present, 'value'), numerator, denominator, allKnown(present, 'target') ? total(present, 'target') : null);
    }
    case 'ratio': {
      if (numerator === null || denominator === null || denominator <= 0) return figure(n, null, null, null, null, true);
      // A ratio's total carries no target (so no % of target).
      return figure(n, (numerator / denominator) * indicator.ratioScale, numerator, denominator, null);
    }
    case 'latest': {
      if (!isAdditive(indicator.valueType) || !allKnown(present, 'value')) return figure(n, null, null, null, null, true);
      return figure(n, total(present, 'value'), null, null, allKnown(present, 'target') ? total(present, 'target') : null);
    }
    default:
      return figure(n, null, null, null, null, true);
  }
}

/**
 * A figure written out field by field, never spread from another, and the helpers below live
 * outside `rollUp`: on this Node an object spread cost about 20 times a literal, and closures
 * made on every call were each named at run time; the national overview makes 3.400 figures.
 */
function figure(units: number, value: number | null, numerator: number | null, denominator: number | null, target: number | null, notAggregable = false): Figure {
  return { value, numerator, denominator, target, targetPercent: targetPercent(value, target), notAggregable, units };
}

function allKnown(present: UnitFigure[], key: keyof UnitFigure): boolean {
  return present.every((u) => u[key] !== null);
}

function total(present: UnitFigure[], key: 'value' | 'numerator' | 'denominator' | 'target'): number {
  return sumOf(present.map((u) => u[key] as number));
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
