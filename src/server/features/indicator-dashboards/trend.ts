import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { NATIONAL_CODE, type Trend, type TrendQuery } from '../../../shared/api/indicator-dashboards.js';
import { periodLabel, periodsOfYear } from '../../../shared/indicators/periods.js';
import type { Actor } from '../auth/actor.js';
import { findAggregates, findProvinceNames } from './queries.js';
import { assertProvinceReadable, figureOf, indicatorsAsked, nationalOf, publicIndicator, viewerProvinceOf } from './service.js';

/** An indicator over the periods of a frequency from one year to another, for a province or the nation, with its targets. */
export async function getTrend(db: Db, actor: Actor, query: TrendQuery): Promise<Trend> {
  const [indicator] = await indicatorsAsked(db, [query.indicator], 'indicator');
  let scope = { provinceCode: NATIONAL_CODE, provinceName: 'Toàn quốc' };
  if (query.province) {
    assertProvinceReadable(actor, query.province, 'province');
    const province = (await findProvinceNames(db)).find((p) => p.code === query.province);
    if (!province) {
      const message = `Không có tỉnh mã ${query.province}.`;
      throw new AppError('VALIDATION', message, { errors: [{ path: 'province', message }] });
    }
    scope = { provinceCode: province.code, provinceName: province.name };
  }
  const periods = [];
  for (let y = query.fromYear; y <= query.toYear; y++) periods.push(...periodsOfYear(query.frequency, y));
  const rows = await findAggregates(db, {
    stage: query.stage,
    viewerProvince: viewerProvinceOf(actor),
    periods: periods.map((p) => p.code),
    indicatorCodes: [indicator!.code],
    provinceCodes: query.province ? [query.province] : undefined,
  });
  return {
    indicator: publicIndicator(indicator!),
    scope,
    stage: query.stage,
    points: periods.map((p) => {
      const ofPeriod = rows.filter((r) => r.period === p.code);
      const figure = query.province ? figureOf(indicator!, ofPeriod[0]) : nationalOf(indicator!, ofPeriod);
      return { ...figure, period: p.code, periodLabel: periodLabel(p) };
    }),
  };
}
