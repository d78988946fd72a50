import type { Db } from '../../db/client.js';
import type { Overview, OverviewQuery } from '../../../shared/api/indicator-dashboards.js';
import { parsePeriod, periodLabel, samePeriodLastYear } from '../../../shared/indicators/periods.js';
import type { Actor } from '../auth/actor.js';
import { findAggregates, findIndicators, findProvinceNames } from './queries.js';
import { changeOf, rankValues } from './rollup.js';
import { figureOf, groupRows, indicatorsAsked, nationalOf, publicIndicator, viewerProvinceOf } from './service.js';

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
  const groups = groupRows(rows);
  // Each province's row of the period and of last year, found once per indicator (by province
  // code within the indicator's group) rather than by a composite key built for every lookup:
  // 50 indicators × 34 provinces is most of the overview's time in Node.
  const byProvince = (indicatorCode: string, p: string) => new Map((groups.get(`${indicatorCode}|${p}`) ?? []).map((r) => [r.provinceCode, r]));

  const indicators = catalogue.map((indicator) => {
    const now = byProvince(indicator.code, period.code);
    const before = byProvince(indicator.code, previous.code);
    const current = provinces.map((p) => {
      const row = now.get(p.code);
      return { p, row, figure: figureOf(indicator, row), previous: figureOf(indicator, before.get(p.code)) };
    });
    const ranks = rankValues(current.map((c) => c.figure.value), indicator.higherIsBetter);
    const all = current.map((c, i) => ({
      value: c.figure.value,
      numerator: c.figure.numerator,
      denominator: c.figure.denominator,
      target: c.figure.target,
      targetPercent: c.figure.targetPercent,
      notAggregable: c.figure.notAggregable,
      units: c.figure.units,
      provinceCode: c.p.code,
      provinceName: c.p.name,
      previousValue: c.previous.value,
      change: changeOf(c.figure.value, c.previous.value),
      rank: ranks[i] ?? null,
      includesSubmitted: c.row?.stage === 'submitted',
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
