import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { queryRows } from '../../db/query-rows.js';
import type { DashboardIndicator, DashboardStage } from '../../../shared/api/indicator-dashboards.js';
import { indicatorAggregates, indicators } from '../indicators/tables.js';
import { provinces } from '../admin-units/tables.js';
import { parsePeriod } from '../../../shared/indicators/periods.js';

/**
 * The dashboards' reads. They touch only `indicator_aggregates` (one row per stage × indicator ×
 * current province × period, kept current by the workflow), the catalogue and the 34 provinces:
 * never the raw values, so a national table costs an index range scan of a few thousand rows.
 */

export type AggregateRow = {
  indicatorCode: string;
  provinceCode: string;
  period: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  target: number | null;
  reports: number;
  notAggregable: boolean;
  stage: DashboardStage;
};

export type CatalogueRow = DashboardIndicator & { ratioScale: number; position: number };

/**
 * Which stage's rows a viewer reads. Approved figures are everyone's. Submitted, not yet approved
 * figures are a province's own business until the Standing Office approves them: a national role
 * reads every province's, a provincial user only their own province's (approved for the others).
 */
function stageCondition(stage: DashboardStage, viewerProvince: string | null): SQL {
  if (stage === 'approved') return sql`a.stage = 'approved'`;
  if (viewerProvince === null) return sql`a.stage = 'submitted'`;
  return sql`((a.stage = 'submitted' and a.province_code = ${viewerProvince}) or (a.stage = 'approved' and a.province_code <> ${viewerProvince}))`;
}

const inList = (values: string[]) => sql.join(values.map((v) => sql`${v}`), sql`, `);

export type AggregateFilter = {
  stage: DashboardStage;
  viewerProvince: string | null;
  periods: string[];
  indicatorCodes?: string[];
  provinceCodes?: string[];
};

/** The aggregates of the periods (and indicators, provinces) the viewer may read. */
export async function findAggregates(db: Db, f: AggregateFilter): Promise<AggregateRow[]> {
  if (f.periods.length === 0) return [];
  // The year narrows the read to the aggregates' (stage, period_year, indicator) index: without
  // it PostgreSQL walks every row of the stage to find the periods.
  const years = [...new Set(f.periods.map((p) => parsePeriod(p)?.year).filter((y): y is number => y !== undefined))];
  // One text value instead of thousands of rows: each row costs the driver (PGlite most of all)
  // far more than the bytes do, and a national table is up to 34 × 50 × 4 rows. Not JSON:
  // json_build_array converts every field through its JSON output, which took 3–4 times the read
  // itself on PostgreSQL (a year of 6.800 aggregates: 27 ms against 7 ms at best); plain text
  // joined with ',' and ';' costs little on either engine. No field can hold either character:
  // codes are [A-Z0-9_.-], periods [0-9A-Z-], numbers and counts are digits; `concat` writes a
  // null as an empty field.
  const [result] = await queryRows<{ rows: string | null }>(
    db,
    sql`select string_agg(concat(a.indicator_code, ',', a.province_code, ',', a.period, ',', a.value, ',', a.numerator, ',', a.denominator, ',',
          a.target, ',', a.reports, ',', case when a.not_aggregable then 't' end, ',', a.stage), ';') as rows
      from ${indicatorAggregates} a
      where ${stageCondition(f.stage, f.viewerProvince)}
        and a.period_year in (${sql.join(years.map((y) => sql`${y}::int`), sql`, `)})
        and a.period in (${inList(f.periods)})
        ${f.indicatorCodes?.length ? sql`and a.indicator_code in (${inList(f.indicatorCodes)})` : sql``}
        ${f.provinceCodes?.length ? sql`and a.province_code in (${inList(f.provinceCodes)})` : sql``}`,
  );
  if (!result?.rows) return [];
  const field = (s: string | undefined) => (s === undefined || s === '' ? null : Number(s));
  return result.rows.split(';').map((line) => {
    const r = line.split(',');
    if (r.length !== 10) throw new Error(`an indicator aggregate row does not read back: ${line.slice(0, 120)}`);
    return {
      indicatorCode: r[0]!,
      provinceCode: r[1]!,
      period: r[2]!,
      value: field(r[3]),
      numerator: field(r[4]),
      denominator: field(r[5]),
      target: field(r[6]),
      reports: Number(r[7]),
      notAggregable: r[8] === 't',
      stage: r[9] as DashboardStage,
    };
  });
}

/** Catalogue entries by code (every active one when no code is given), in the catalogue's order. */
export async function findIndicators(db: Db, codes?: string[]): Promise<CatalogueRow[]> {
  const rows = await db
    .select({
      code: indicators.code,
      nameVi: indicators.nameVi,
      nameEn: indicators.nameEn,
      unit: indicators.unit,
      valueType: indicators.valueType,
      decimals: indicators.decimals,
      domain: indicators.domain,
      aggregation: indicators.aggregation,
      higherIsBetter: indicators.higherIsBetter,
      ratioScale: indicators.ratioScale,
      position: indicators.position,
    })
    .from(indicators)
    .where(codes?.length ? sql`${indicators.code} in (${inList(codes)})` : sql`${indicators.active}`)
    .orderBy(indicators.domain, indicators.position, indicators.code);
  return rows as CatalogueRow[];
}

/** The 34 current provinces, by code. */
export async function findProvinceNames(db: Db): Promise<Array<{ code: string; name: string }>> {
  return db.select({ code: provinces.code, name: provinces.name }).from(provinces).orderBy(provinces.code);
}
