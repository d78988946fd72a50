import { sql } from 'drizzle-orm';
import type { Db } from '../../src/server/db/client.js';
import { rebuildAllAggregates } from '../../src/server/features/indicators/aggregates.js';

/**
 * The national indicator data set of issue 15: 34 provinces and (a share of) the 3.321
 * communes each reporting 50 indicators for 40 quarters (2016-Q1 … 2025-Q4), every report
 * approved — at scale 1 about 6,6 million values (132.840 commune and 1.360 province reports ×
 * 50). Everything is written by set-based `insert … select` over generate_series inside the
 * database (no row leaves Node), then the dashboard aggregates are built in one statement.
 *
 * The 50 indicators mix the roll-up kinds as a real catalogue would: 36 sums (people, đồng),
 * 10 ratios with numerator and denominator, 2 latest counts, 2 not aggregable.
 */
export const QUARTERS = 40;
export const FIRST_YEAR = 2016;
export const INDICATORS = 50;

export type GeneratedCounts = { indicators: number; provinceReports: number; communeReports: number; values: number; aggregates: number };

export async function generateIndicatorData(db: Db, opts: { communeShare: number; indicators?: number; quarters?: number }): Promise<GeneratedCounts> {
  const nIndicators = opts.indicators ?? INDICATORS;
  const quarters = opts.quarters ?? QUARTERS;
  await db.execute(sql`
    insert into indicators (code, name_vi, unit, value_type, decimals, domain, aggregation, higher_is_better, ratio_scale, search_key, position)
    select 'B' || lpad(i::text, 3, '0'),
      'Chỉ tiêu đo hiệu năng ' || i,
      case when i % 5 = 0 then '%' else 'người' end,
      case when i % 5 = 0 then 'ratio' when i in (49, 50) then 'number' else 'count' end,
      case when i % 5 = 0 then 1 else 0 end,
      (array['work','social_security','housing','education','health'])[1 + i % 5],
      case when i % 5 = 0 then 'ratio' when i in (47, 48) then 'latest' when i in (49, 50) then 'none' else 'sum' end,
      i % 7 <> 0, 100, 'b' || i, i
    from generate_series(1, ${nIndicators}) i`);
  await db.execute(sql`
    insert into report_forms (code, name, unit_kind, frequency, deadline_days)
    values ('BENCH_PROVINCE', 'Biểu đo hiệu năng cấp tỉnh', 'province', 'quarter', 15), ('BENCH_COMMUNE', 'Biểu đo hiệu năng cấp xã', 'commune', 'quarter', 10)`);
  // One quarter per q: 2016-Q1 is q = 0.
  const periodOf = (q: SQL) => sql`(${FIRST_YEAR} + ${q} / 4)::text || '-Q' || (${q} % 4 + 1)::text`;
  const endOf = (q: SQL) => sql`(make_date(${FIRST_YEAR} + ${q} / 4, (${q} % 4 + 1) * 3, 1) + interval '1 month' - interval '1 day')::date`;
  const reportColumns = sql`(form_id, unit_kind, unit_code, province_code, period, period_year, period_end, due_date, status, submitted_at, approved_at)`;
  const q = sql.raw('q');
  await db.execute(sql`
    insert into indicator_reports ${reportColumns}
    select f.id, 'province', p.code, p.code, ${periodOf(q)}, ${FIRST_YEAR} + q / 4, ${endOf(q)}, ${endOf(q)} + 15, 'approved', now(), now()
    from provinces p cross join generate_series(0, ${quarters - 1}) q cross join report_forms f where f.code = 'BENCH_PROVINCE'`);
  await db.execute(sql`
    insert into indicator_reports ${reportColumns}
    select f.id, 'commune', c.code, c.province_code, ${periodOf(q)}, ${FIRST_YEAR} + q / 4, ${endOf(q)}, ${endOf(q)} + 10, 'approved', now(), now()
    from (select * from communes order by code limit greatest(1, round((select count(*) from communes) * ${opts.communeShare}::float8))::int) c
    cross join generate_series(0, ${quarters - 1}) q cross join report_forms f where f.code = 'BENCH_COMMUNE'`);
  // Values: a deterministic spread from the report and indicator; ratios get their parts.
  await db.execute(sql`
    insert into indicator_values (report_id, indicator_code, part, value, numerator, denominator, target)
    select r.id, i.code, '',
      case when i.aggregation = 'ratio' then round(x.num::numeric / x.den * 100, 2) else x.num end,
      case when i.aggregation = 'ratio' then x.num end,
      case when i.aggregation = 'ratio' then x.den end,
      case when i.aggregation in ('sum', 'latest') then x.num + 50 end
    from indicator_reports r
    cross join indicators i
    cross join lateral (select (abs(hashtext(r.unit_code || r.period || i.code)) % 900 + 100) as num,
                               (abs(hashtext(i.code || r.unit_code)) % 500 + 1000) as den) x
    where i.code like 'B%'`);
  await rebuildAllAggregates(db);
  await db.execute(sql`analyze`);
  const [counts] = (await db.execute(sql`select
      (select count(*) from indicators where code like 'B%') as indicators,
      (select count(*) from indicator_reports where unit_kind = 'province') as province_reports,
      (select count(*) from indicator_reports where unit_kind = 'commune') as commune_reports,
      (select count(*) from indicator_values) as values,
      (select count(*) from indicator_aggregates) as aggregates`) as unknown as { rows: Array<Record<string, unknown>> }).rows;
  return {
    indicators: Number(counts!.indicators),
    provinceReports: Number(counts!.province_reports),
    communeReports: Number(counts!.commune_reports),
    values: Number(counts!.values),
    aggregates: Number(counts!.aggregates),
  };
}
type SQL = ReturnType<typeof sql>;
