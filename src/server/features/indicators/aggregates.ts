import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { indicatorAggregates, indicatorReports, indicatorValues, indicators } from './tables.js';

/**
 * Keeps the dashboard aggregates of one current province and period current. It is called in
 * the same transaction as every submission, return, approval and reopening of a province-level
 * report, so a dashboard shows an approved figure the moment the approval answers — there is no
 * nightly job, and the dashboards never group the raw values.
 *
 * What rolls up into a province: its own province report, and for periods before 1 July 2025 the
 * reports of the old provinces merged into it. Their totals roll up by the indicator's kind:
 * - 'sum' adds the values (and the targets, when every report has one);
 * - 'ratio' is recomputed from the summed numerators and denominators, never averaged;
 * - 'latest' and 'none' take the single report's value; with several reports, 'latest' takes
 *   the most recently approved and 'none' gives no value and is marked as not aggregable.
 * A ratio of one report stands as reported; of several, it needs every report's parts, or it
 * is not aggregable either. Stage 'approved' counts approved reports; 'submitted' also counts
 * submitted ones, for the dashboards' "include submitted" switch.
 */
export async function refreshProvinceAggregates(db: Db, provinceCode: string, period: string): Promise<void> {
  await db.execute(sql`delete from ${indicatorAggregates} where province_code = ${provinceCode} and period = ${period}`);
  await db.execute(sql`
    insert into ${indicatorAggregates}
      (stage, indicator_code, province_code, period, period_year, value, numerator, denominator, target, reports, not_aggregable)
    select s.stage, v.indicator_code, r.province_code, r.period, min(r.period_year),
      case
        when count(*) = 1 then max(v.value)
        when i.aggregation = 'sum' then sum(v.value)
        when i.aggregation = 'ratio' and count(v.numerator) = count(*) and count(v.denominator) = count(*) and sum(v.denominator) > 0
          then sum(v.numerator) / sum(v.denominator) * i.ratio_scale
        when i.aggregation = 'latest' then (array_agg(v.value order by r.approved_at desc nulls last, r.updated_at desc))[1]
        else null
      end,
      case when count(v.numerator) = count(*) then sum(v.numerator) end,
      case when count(v.denominator) = count(*) then sum(v.denominator) end,
      case
        when count(*) = 1 then max(v.target)
        when i.aggregation = 'sum' and count(v.target) = count(*) then sum(v.target)
        else null
      end,
      count(*),
      count(*) > 1 and (i.aggregation = 'none'
        or (i.aggregation = 'ratio' and not (count(v.numerator) = count(*) and count(v.denominator) = count(*) and sum(v.denominator) > 0)))
    from ${indicatorValues} v
    join ${indicatorReports} r on r.id = v.report_id
    join ${indicators} i on i.code = v.indicator_code
    cross join (values ('approved'), ('submitted')) as s(stage)
    where r.province_code = ${provinceCode} and r.period = ${period}
      and r.unit_kind in ('province', 'legacy_province')
      and v.part = '' and (v.value is not null or v.numerator is not null)
      and (r.status = 'approved' or (s.stage = 'submitted' and r.status = 'submitted'))
    group by s.stage, v.indicator_code, r.province_code, r.period, i.aggregation, i.ratio_scale
  `);
}
