import type { countQualifiers } from '../api/conferences.js';

type CountQualifier = (typeof countQualifiers)[number];

/**
 * How far the connection points' attendance may exceed the conference total for each qualifier:
 * an exact total is a ceiling, "khoảng" (about) tolerates a tenth more, "hơn"/"trên"/"ít nhất"
 * are floors with no ceiling. The server refuses a record past it; the form warns before saving.
 */
const ceilingFactor: Record<CountQualifier, number | null> = { exact: 1, about: 1.1, more_than: null, at_least: null };

/** Whether `pointsSum` exceeds what a conference total of `total` (as qualified) allows. */
export function exceedsTotal(pointsSum: number, total: number | null, qualifier: CountQualifier): boolean {
  const factor = ceilingFactor[qualifier];
  return factor !== null && total !== null && pointsSum > Math.floor(total * factor);
}
