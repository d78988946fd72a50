import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { queryRows } from '../../db/query-rows.js';
import { indicatorAggregates, indicatorReports, indicatorValues, indicators } from './tables.js';

/**
 * Keeps the dashboard aggregates of one current province and period current. It is called in
 * the same transaction as every submission, return, approval and reopening of a province-level
 * report, so a dashboard shows an approved figure the moment the approval answers — there is no
 * nightly job, and the dashboards never group the raw values.
 *
 * What rolls up into a province: its own province report, and for periods before 1 July 2025 the
 * reports of the old provinces merged into it (each report's `province_code` is already the
 * current province). Stage 'approved' counts approved reports; 'submitted' also counts submitted
 * ones, for the dashboards' "include submitted" switch. A report's totals (part '') roll up by the
 * indicator's kind — the same rules as the national total (indicator-dashboards/rollup.ts):
 * - one report: its figure stands (a ratio reported only as parts is computed from them);
 * - 'sum' adds the values, and the targets when every report has one;
 * - 'ratio' is recomputed from the summed numerators and denominators × scale, never averaged;
 *   without every report's parts it is not aggregable;
 * - 'latest' (a stock: the latest count) adds up for counts and money; a rate is not aggregable;
 * - 'none' is not aggregable.
 * Not aggregable: value null and `not_aggregable` true, so the dashboard says so instead of 0.
 */
export async function refreshProvinceAggregates(db: Db, provinceCode: string, period: string): Promise<void> {
  await db.execute(sql`delete from ${indicatorAggregates} where province_code = ${provinceCode} and period = ${period}`);
  await db.execute(insertAggregates(sql`r.province_code = ${provinceCode} and r.period = ${period}`));
}

/**
 * Rebuilds every aggregate from the reports, in one statement: for bulk loads (the benchmark's
 * generator, a restore) where refreshing province by province would be thousands of statements.
 */
export async function rebuildAllAggregates(db: Db): Promise<void> {
  await db.execute(sql`delete from ${indicatorAggregates}`);
  await db.execute(insertAggregates(sql`r.province_code is not null`));
}

function insertAggregates(reportsWhere: SQL): SQL {
  // `rv` is a report's own value; a ratio entered only as its parts is computed from them.
  return sql`
    insert into ${indicatorAggregates}
      (stage, indicator_code, province_code, period, period_year, value, numerator, denominator, target, reports, not_aggregable)
    select stage, indicator_code, province_code, period, period_year,
      case
        when n = 1 then one_value
        when aggregation = 'sum' and n_value = n then sum_value
        when aggregation = 'ratio' and parts_complete then sum_numerator / sum_denominator * ratio_scale
        when aggregation = 'latest' and additive and n_value = n then sum_value
      end,
      case when n_numerator = n then sum_numerator end,
      case when n_denominator = n then sum_denominator end,
      case
        when n = 1 then one_target
        when (aggregation = 'sum' or (aggregation = 'latest' and additive)) and n_target = n then sum_target
      end,
      n,
      n > 1 and not (
        (aggregation = 'sum' and n_value = n)
        or (aggregation = 'ratio' and parts_complete)
        or (aggregation = 'latest' and additive and n_value = n)
      )
    from (
      select s.stage, v.indicator_code, r.province_code, r.period, min(r.period_year) as period_year,
        i.aggregation, i.ratio_scale, i.value_type in ('count', 'money') as additive,
        count(*) as n,
        count(rv.v) as n_value, sum(rv.v) as sum_value, max(rv.v) as one_value,
        count(v.numerator) as n_numerator, sum(v.numerator) as sum_numerator,
        count(v.denominator) as n_denominator, sum(v.denominator) as sum_denominator,
        count(v.target) as n_target, sum(v.target) as sum_target, max(v.target) as one_target,
        count(v.numerator) = count(*) and count(v.denominator) = count(*) and coalesce(sum(v.denominator), 0) > 0 as parts_complete
      from ${indicatorValues} v
      join ${indicatorReports} r on r.id = v.report_id
      join ${indicators} i on i.code = v.indicator_code
      cross join lateral (select coalesce(v.value,
        case when i.aggregation = 'ratio' and v.denominator > 0 then v.numerator / v.denominator * i.ratio_scale end) as v) rv
      cross join (values ('approved'), ('submitted')) as s(stage)
      where ${reportsWhere}
        and r.unit_kind in ('province', 'legacy_province')
        and v.part = '' and (v.value is not null or v.numerator is not null)
        and (r.status = 'approved' or (s.stage = 'submitted' and r.status = 'submitted'))
      group by s.stage, v.indicator_code, r.province_code, r.period, i.aggregation, i.ratio_scale, i.value_type
    ) g
  `;
}

/**
 * Recomputes the aggregates of every province-period where this indicator has a reported value
 * (after its roll-up kind changed), in the caller's transaction.
 */
export async function refreshAggregatesOfIndicator(db: Db, indicatorCode: string): Promise<void> {
  const pairs = await queryRows<{ province_code: string; period: string }>(
    db,
    sql`select distinct r.province_code, r.period from ${indicatorValues} v join ${indicatorReports} r on r.id = v.report_id
        where v.indicator_code = ${indicatorCode} and r.province_code is not null and r.unit_kind in ('province', 'legacy_province')`,
  );
  for (const p of pairs) await refreshProvinceAggregates(db, p.province_code, p.period);
}
