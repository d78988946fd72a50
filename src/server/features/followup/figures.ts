import type { Db } from '../../db/client.js';
import type { LinkedFigure } from '../../../shared/api/followup.js';
import { parsePeriod, samePeriodLastYear } from '../../../shared/indicators/periods.js';
import { findAggregates, findIndicators, type AggregateRow, type CatalogueRow } from '../indicator-dashboards/queries.js';
import { changeOf } from '../indicator-dashboards/rollup.js';
import { figureOf, groupRows, indexRows, nationalOf } from '../indicator-dashboards/service.js';

/*
 * The approved figures progress entries point at, read on every request from the approved
 * aggregates through the dashboards' own queries (never copied into the timeline): the item's
 * province's figure, or the nation's total for a national item, with its target, % of plan and
 * the same period a year earlier.
 */

export type FigureLink = { indicatorCode: string; period: string };

const lastYearOf = (period: string) => {
  const p = parsePeriod(period);
  return p ? samePeriodLastYear(p).code : null;
};

/** The figures of every link, keyed `indicator|period`, for the item's province (null: the nation). */
export async function linkedFigures(db: Db, provinceCode: string | null, links: readonly FigureLink[]): Promise<Map<string, LinkedFigure>> {
  const result = new Map<string, LinkedFigure>();
  if (!links.length) return result;
  const codes = [...new Set(links.map((l) => l.indicatorCode))];
  const periods = [...new Set(links.flatMap((l) => [l.period, lastYearOf(l.period)].filter((p): p is string => p !== null)))];
  const [catalogue, rows] = await Promise.all([
    findIndicators(db, codes),
    findAggregates(db, { stage: 'approved', viewerProvince: null, periods, indicatorCodes: codes, ...(provinceCode ? { provinceCodes: [provinceCode] } : {}) }),
  ]);
  const byCode = new Map(catalogue.map((i) => [i.code, i]));
  const byKey = indexRows(rows);
  const groups = groupRows(rows);
  const figure = (indicator: CatalogueRow, period: string | null) => {
    if (!period) return null;
    if (provinceCode) {
      const row: AggregateRow | undefined = byKey.get(`${indicator.code}|${provinceCode}|${period}`);
      return row ? figureOf(indicator, row) : null;
    }
    const group = groups.get(`${indicator.code}|${period}`);
    return group?.length ? nationalOf(indicator, group) : null;
  };
  for (const link of links) {
    const indicator = byCode.get(link.indicatorCode);
    if (!indicator) continue;
    const now = figure(indicator, link.period);
    const before = figure(indicator, lastYearOf(link.period));
    const actual = now?.value ?? null;
    const previous = before?.value ?? null;
    result.set(`${link.indicatorCode}|${link.period}`, {
      indicatorCode: indicator.code,
      indicatorName: indicator.nameVi,
      unit: indicator.unit,
      decimals: indicator.decimals,
      period: link.period,
      provinceCode,
      actual,
      target: now?.target ?? null,
      percentOfPlan: now?.targetPercent ?? null,
      previous,
      change: changeOf(actual, previous),
      approved: now !== null && now.units > 0,
    });
  }
  return result;
}
