import { parsePeriod } from './periods.js';
import { provinceReformDay } from '../admin-units/reform-day.js';

/*
 * Which province report figures captured from documents go into. Since 1 July 2025 Vietnam has
 * 34 provinces; a period that ends before that day belongs to the old province (one of the 63)
 * the figures were reported under, and rolls up into its successor; later periods (and a year
 * that spans the merger, as the completeness view counts it) belong to the current province.
 * The server applies this when the request names no unit; the figures panel uses it to say
 * where the figures will go before they are sent.
 */

/** The day the 34 provinces replaced the 63. */
export const provinceMergerDay = provinceReformDay;

/** Where a figure was reported: its current province and, when known, the old province it was reported under. */
export type FigurePlace = {
  provinceCode: string | null;
  provinceName: string | null;
  legacyProvinceCode: string | null;
  legacyProvinceName: string | null;
};

export type FiguresUnit = { unitKind: 'province' | 'legacy_province'; unitCode: string; unitName: string };

/**
 * Why no single unit can be named: the figures are of several provinces (`mixed`), or the period
 * is before the merger and the old province is not known (`legacyUnknown`: a current province
 * formed from several old ones, with figures not tied to a conference held in one of them).
 */
export type FiguresUnitProblem = 'mixed' | 'legacyUnknown' | 'noProvince';

/** Whether a period is reported by the old provinces (it ends before 1 July 2025); null for a code that is no period. */
export function isPreMergerPeriod(periodCode: string): boolean | null {
  const period = parsePeriod(periodCode);
  return period ? period.end < provinceMergerDay : null;
}

/** The unit figures go into for a period, or why one must be chosen. */
export function figuresUnit(periodCode: string, places: readonly FigurePlace[]): { unit: FiguresUnit } | { problem: FiguresUnitProblem } {
  const legacy = isPreMergerPeriod(periodCode) === true;
  const codes = new Set(places.map((p) => p.provinceCode));
  if (codes.size !== 1) return { problem: codes.size === 0 ? 'noProvince' : 'mixed' };
  const place = places[0]!;
  if (!place.provinceCode) return { problem: 'noProvince' };
  if (!legacy) return { unit: { unitKind: 'province', unitCode: place.provinceCode, unitName: place.provinceName ?? place.provinceCode } };
  const old = place.legacyProvinceCode;
  if (!old || places.some((p) => !p.legacyProvinceCode)) return { problem: 'legacyUnknown' };
  if (places.some((p) => p.legacyProvinceCode !== old)) return { problem: 'mixed' };
  return { unit: { unitKind: 'legacy_province', unitCode: old, unitName: place.legacyProvinceName ?? old } };
}
