import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { NATIONAL_CODE, type Figure, type Pivot, type PivotDimension, type PivotQuery } from '../../../shared/api/indicator-dashboards.js';
import { parsePeriod, periodLabel, periodsOfYear } from '../../../shared/indicators/periods.js';
import type { Actor } from '../auth/actor.js';
import { findAggregates, findIndicators, findProvinceNames, type CatalogueRow } from './queries.js';
import { assertProvinceReadable, figureOf, groupRows, indexRows, indicatorsAsked, nationalOf, publicIndicator, viewerProvinceOf } from './service.js';

type Member = { key: string; label: string };
const invalid = (path: string, message: string) => new AppError('VALIDATION', message, { errors: [{ path, message }] });

/**
 * A pivot of the figures: rows and columns are two of province, period and indicator; the third
 * is fixed to one member (`period`, the single indicator asked, or one province — the nation
 * when none is given). Provinces are the current 34 the actor may read plus the national total
 * ('VN'), which is always rolled up from every province, never from the rows shown.
 */
export async function getPivot(db: Db, actor: Actor, query: PivotQuery): Promise<Pivot> {
  const dims: PivotDimension[] = ['province', 'period', 'indicator'];
  const fixedDimension = dims.find((d) => d !== query.rows && d !== query.columns)!;
  const viewerProvince = viewerProvinceOf(actor);
  for (const p of query.provinces ?? []) assertProvinceReadable(actor, p, 'provinces');

  // Periods: the year's periods of the frequency, or the one period asked.
  let periods = periodsOfYear(query.frequency, query.year).map((p) => ({ key: p.code, label: periodLabel(p) }));
  if (fixedDimension === 'period') {
    const p = query.period ? parsePeriod(query.period) : null;
    if (!p) throw invalid('period', 'Chọn kỳ báo cáo khi hàng và cột không phải là kỳ.');
    periods = [{ key: p.code, label: periodLabel(p) }];
  }
  if (fixedDimension === 'indicator' && query.indicators?.length !== 1) throw invalid('indicators', 'Chọn đúng một chỉ tiêu khi hàng và cột không phải là chỉ tiêu.');
  if (fixedDimension === 'province' && (query.provinces?.length ?? 0) > 1) throw invalid('provinces', 'Chọn một tỉnh (hoặc bỏ trống là toàn quốc) khi hàng và cột không phải là tỉnh.');

  const rows = await findAggregates(db, { stage: query.stage, viewerProvince, periods: periods.map((p) => p.key), indicatorCodes: query.indicators });
  const withData = [...new Set(rows.map((r) => r.indicatorCode))];
  const catalogue: CatalogueRow[] = query.indicators ? await indicatorsAsked(db, query.indicators) : withData.length ? await findIndicators(db, withData) : [];
  const byIndicator = new Map(catalogue.map((i) => [i.code, i]));

  const allProvinces = await findProvinceNames(db);
  const readable = allProvinces.filter((p) => viewerProvince === null || p.code === viewerProvince);
  const chosen = query.provinces?.length ? readable.filter((p) => query.provinces!.includes(p.code)) : readable;
  let provinces: Member[] = [...chosen.map((p) => ({ key: p.code, label: p.name })), { key: NATIONAL_CODE, label: 'Toàn quốc' }];
  if (fixedDimension === 'province') provinces = query.provinces?.length ? provinces.slice(0, 1) : [{ key: NATIONAL_CODE, label: 'Toàn quốc' }];

  const members: Record<PivotDimension, Member[]> = {
    province: provinces,
    period: periods,
    indicator: catalogue.map((i) => ({ key: i.code, label: `${i.nameVi} (${i.unit})` })),
  };
  const byKey = indexRows(rows);
  const groups = groupRows(rows);
  const cellOf = (at: Record<PivotDimension, string>): Figure => {
    const indicator = byIndicator.get(at.indicator)!;
    if (at.province === NATIONAL_CODE) return nationalOf(indicator, groups.get(`${at.indicator}|${at.period}`) ?? []);
    return figureOf(indicator, byKey.get(`${at.indicator}|${at.province}|${at.period}`));
  };
  const fixed = members[fixedDimension][0] ?? { key: '', label: '' };
  return {
    rows: query.rows,
    columns: query.columns,
    fixed: { dimension: fixedDimension, ...fixed },
    rowHeaders: members[query.rows],
    columnHeaders: members[query.columns],
    cells: fixed.key === ''
      ? []
      : members[query.rows].map((r) =>
          members[query.columns].map((c) => cellOf({ [fixedDimension]: fixed.key, [query.rows]: r.key, [query.columns]: c.key } as Record<PivotDimension, string>)),
        ),
    indicators: catalogue.map(publicIndicator),
    stage: query.stage,
  };
}
