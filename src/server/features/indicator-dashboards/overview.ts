import type { Db } from '../../db/client.js';
import type { Overview, OverviewQuery } from '../../../shared/api/indicator-dashboards.js';
import { parsePeriod, periodLabel, samePeriodLastYear } from '../../../shared/indicators/periods.js';
import type { Actor } from '../auth/actor.js';
import { findAggregates, findIndicators, findProvinceNames } from './queries.js';
import { changeOf, rankValues } from './rollup.js';
import { figureOf, groupRows, indexRows, indicatorsAsked, nationalOf, publicIndicator, viewerProvinceOf } from './service.js';

/**
 * The national or provincial overview of one period: per indicator, the 34 provinces' figures
 * with their target, % of target, the same period of last year and their rank, and the national
 * total rolled up by the indicator's kind. A provincial user gets their own province's row (and
 * its rank) beside the national total; national roles get every province.
 */
export async function getOverview(db: Db, actor: Actor, query: OverviewQuery): Promise<Overview> {
  const period = parsePeriod(query.period)!;
  const previous = samePeriodLastYear(period);
  const viewerProvince = viewerProvinceOf(actor);
  const [rows, provinces] = await Promise.all([
    findAggregates(db, { stage: query.stage, viewerProvince, periods: [period.code, previous.code], indicatorCodes: query.indicators }),
    findProvinceNames(db),
  ]);
  // Without a choice: every indicator with a figure in the period, in the catalogue's order.
  const withData = [...new Set(rows.filter((r) => r.period === period.code).map((r) => r.indicatorCode))];
  const catalogue = query.indicators ? await indicatorsAsked(db, query.indicators) : withData.length ? await findIndicators(db, withData) : [];
  const byKey = indexRows(rows);
  const groups = groupRows(rows);

  const indicators = catalogue.map((indicator) => {
    const rowOf = (province: string, p: string) => byKey.get(`${indicator.code}|${province}|${p}`);
    const current = provinces.map((p) => ({ p, figure: figureOf(indicator, rowOf(p.code, period.code)), previous: figureOf(indicator, rowOf(p.code, previous.code)) }));
    const ranks = rankValues(current.map((c) => c.figure.value), indicator.higherIsBetter);
    const all = current.map((c, i) => ({
      ...c.figure,
      provinceCode: c.p.code,
      provinceName: c.p.name,
      previousValue: c.previous.value,
      change: changeOf(c.figure.value, c.previous.value),
      rank: ranks[i] ?? null,
      includesSubmitted: rowOf(c.p.code, period.code)?.stage === 'submitted',
    }));
    const present = (p: string) => groups.get(`${indicator.code}|${p}`) ?? [];
    const national = nationalOf(indicator, present(period.code));
    const nationalPrevious = nationalOf(indicator, present(previous.code));
    return {
      indicator: publicIndicator(indicator),
      national: {
        ...national,
        previousValue: nationalPrevious.value,
        change: changeOf(national.value, nationalPrevious.value),
        provincesReported: national.units,
      },
      provinces: viewerProvince === null ? all : all.filter((p) => p.provinceCode === viewerProvince),
    };
  });

  return {
    period: period.code,
    periodLabel: periodLabel(period),
    previousPeriod: previous.code,
    stage: query.stage,
    viewerProvince,
    indicators,
  };
}
