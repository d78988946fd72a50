import { asc, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { communes, provinces } from '../admin-units/tables.js';
import { conferences } from '../conferences/tables.js';
import { conferenceStatFacts } from './tables.js';
import { awarenessResponses } from '../awareness/tables.js';
import { queryRows } from '../../db/query-rows.js';

/**
 * Aggregates over the held conferences matching `where` (built by the conference list's
 * `listConditions`, so visibility and filters are the list's own). Every figure is grouped in
 * SQL: with a hundred thousand conferences the rows never reach Node, only a few dozen totals.
 */

/** Sums come back as bigint (a string from node-postgres, a bigint from PGlite): one number here. */
const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
/** A sum that may be unknown: SQL's `sum` of nothing but nulls is null, and stays null here. */
const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

const rowsOf = queryRows;

/**
 * `with base, scope`: the counted conferences, each with its delegates and number of points.
 *
 * Delegates of one conference: the recorded total when there is one, else what its connection
 * points recorded, else null — never both, so nobody is counted twice, and never 0 for a figure
 * nobody wrote down. `sum` skips the nulls, so a group adds up its known figures and is null
 * only when none is known; `unrecorded` counts the rest.
 */
function scopeCtes(where: SQL | undefined): SQL {
  return sql`${baseCte(where)},
  scope as (select b.*, coalesce(b.participants_actual, b.attendance) as delegates from base b)`;
}

/**
 * `with base`: the counted conferences, read from their facts rows (conference_stat_facts, kept
 * current in each write's transaction) under the alias "conferences", so that `where`, made by
 * the list's `listConditions` for the conferences table, applies to them unchanged. Each row
 * already holds what its connection points and agenda add up to.
 */
function baseCte(where: SQL | undefined): SQL {
  return sql`with base as not materialized (
    select ${conferences.id} as id, ${conferences.provinceCode} as province_code, ${conferences.communeCode} as commune_code,
      ${conferences.startDate} as start_date, ${conferences.level} as level, ${conferences.format} as format,
      ${conferences.participantsActual} as participants_actual, ${conferences.themes} as themes,
      ${conferences}.attendance, ${conferences}.points, ${conferences}.communes, ${conferences}.topic_themes, ${conferences}.point_levels
    from ${conferenceStatFacts} as ${conferences}
    ${where ? sql`where ${where}` : sql``}
  )`;
}

export async function findProvinces(db: Db) {
  return db
    .select({ code: provinces.code, name: provinces.name, communeCount: provinces.communeCount })
    .from(provinces)
    .orderBy(asc(provinces.code));
}

/** `delegates` is null when no conference of the group recorded a figure; `delegatesUnrecorded` counts those without one. */
export type Totals = { conferences: number; delegates: number | null; delegatesUnrecorded: number; connectionPoints: number };
export type GroupedCounts = {
  /** Per hosting province; the `null` key holds national and regional conferences. */
  byProvince: Map<string | null, Totals>;
  byMonth: Map<number, Totals>;
  byLevel: Map<string, Totals>;
  /** `unknown` for conferences without a recorded format. */
  byFormat: Map<string, Totals>;
};

/**
 * Conferences, delegates and connection points by hosting province, month, level and format,
 * in one pass over the scope (GROUPING SETS). `grouping(x) = 0` marks the rows of x's set, which
 * tells a national conference's `null` province apart from the other sets' placeholders.
 */
export async function countGrouped(db: Db, where: SQL | undefined): Promise<GroupedCounts> {
  const rows = await rowsOf<{
    province_code: string | null;
    month: unknown;
    level: string | null;
    format: string | null;
    by_province: unknown;
    by_month: unknown;
    by_level: unknown;
    conferences: unknown;
    delegates: unknown;
    unrecorded: unknown;
    points: unknown;
  }>(
    db,
    sql`${scopeCtes(where)}
    select s.province_code, extract(month from s.start_date)::int as month, s.level, s.format,
      grouping(s.province_code) as by_province, grouping(extract(month from s.start_date)::int) as by_month, grouping(s.level) as by_level,
      count(*) as conferences, sum(s.delegates) as delegates, count(*) filter (where s.delegates is null) as unrecorded,
      sum(s.points) as points
    from scope s
    group by grouping sets ((s.province_code), (extract(month from s.start_date)::int), (s.level), (s.format))`,
  );
  const result: GroupedCounts = { byProvince: new Map(), byMonth: new Map(), byLevel: new Map(), byFormat: new Map() };
  for (const r of rows) {
    const totals: Totals = {
      conferences: num(r.conferences),
      delegates: numOrNull(r.delegates),
      delegatesUnrecorded: num(r.unrecorded),
      connectionPoints: num(r.points),
    };
    if (num(r.by_province) === 0) result.byProvince.set(r.province_code, totals);
    else if (num(r.by_month) === 0) result.byMonth.set(num(r.month), totals);
    else if (num(r.by_level) === 0) result.byLevel.set(r.level ?? 'unknown', totals);
    else result.byFormat.set(r.format ?? 'unknown', totals);
  }
  return result;
}

/**
 * Distinct communes reached, per province the commune lies in: communes with a connection
 * point of a counted conference, and the communes where commune-level conferences were held.
 */
export async function countCommunesReached(db: Db, where: SQL | undefined) {
  const rows = await rowsOf<{ province_code: string; reached: unknown }>(
    db,
    sql`${baseCte(where)},
      reached as (
        select x.code from base b cross join lateral jsonb_array_elements_text(b.communes) as x(code)
        union
        select b.commune_code from base b where b.commune_code is not null
      )
    select cm.province_code, count(*) as reached
    from reached r join ${communes} cm on cm.code = r.code
    group by cm.province_code`,
  );
  return rows.map((r) => ({ provinceCode: r.province_code, communesReached: num(r.reached) }));
}

export async function countByYear(db: Db, where: SQL | undefined) {
  const rows = await rowsOf<{ year: unknown; conferences: unknown; delegates: unknown; unrecorded: unknown }>(
    db,
    sql`${scopeCtes(where)}
    select extract(year from s.start_date)::int as year, count(*) as conferences, sum(s.delegates) as delegates,
      count(*) filter (where s.delegates is null) as unrecorded
    from scope s group by 1 order by 1`,
  );
  return rows.map((r) => ({
    year: num(r.year),
    conferences: num(r.conferences),
    delegates: numOrNull(r.delegates),
    delegatesUnrecorded: num(r.unrecorded),
  }));
}

/**
 * Agenda topics per rights theme (a topic with two themes counts under each), and conferences
 * per theme (from the conference's `themes`, the union of its topics' themes, as the list's
 * theme filter uses). Topics come from each conference's facts row ({ theme: topics }); both
 * kinds of rows are first grouped by their whole value, which takes a few hundred distinct
 * values, and only those are unnested: unnesting each conference's would leave PostgreSQL
 * guessing a hundred elements per row and compiling the query (JIT) for nothing.
 */
export async function countByTheme(db: Db, where: SQL | undefined) {
  const rows = await rowsOf<{ theme: string; topics: unknown; conferences: unknown }>(
    db,
    sql`${baseCte(where)},
      topic_sets as (select b.topic_themes, count(*) as n from base b group by b.topic_themes),
      conference_sets as (select b.themes, count(*) as n from base b group by b.themes),
      topics as (select t.theme, sum(s.n * t.n::int) as n from topic_sets s cross join lateral jsonb_each_text(s.topic_themes) as t(theme, n) group by t.theme),
      confs as (select t.theme, sum(s.n) as n from conference_sets s cross join lateral jsonb_array_elements_text(s.themes) as t(theme) group by t.theme)
    select coalesce(topics.theme, confs.theme) as theme, coalesce(topics.n, 0) as topics, coalesce(confs.n, 0) as conferences
    from topics full join confs on confs.theme = topics.theme`,
  );
  return rows.map((r) => ({ theme: r.theme, topics: num(r.topics), conferences: num(r.conferences) }));
}

export async function countPointsByLevel(db: Db, where: SQL | undefined) {
  const rows = await rowsOf<{ level: string; points: unknown; attendance: unknown }>(
    db,
    sql`${baseCte(where)}
    select l.level, sum((l.v->>0)::int) as points, sum((l.v->>1)::int) as attendance
    from base b cross join lateral jsonb_each(b.point_levels) as l(level, v)
    group by l.level`,
  );
  return rows.map((r) => ({ level: r.level, connectionPoints: num(r.points), attendance: num(r.attendance) }));
}

/**
 * Awareness-test scores of the counted conferences per current province and year: responses
 * and mean score (% right) before and after, and the paired gain over codes that took both
 * tests. Province `null` holds national and regional conferences.
 */
export async function countTestGains(db: Db, where: SQL | undefined) {
  const rows = await rowsOf<{
    province_code: string | null;
    year: unknown;
    conferences: unknown;
    pre_n: unknown;
    pre_avg: unknown;
    post_n: unknown;
    post_avg: unknown;
    pairs: unknown;
    gain: unknown;
  }>(
    db,
    sql`${baseCte(where)},
      scored as (
        select b.province_code, extract(year from b.start_date)::int as year, r.conference_id, r.code_id, r.phase,
          r.score::float8 * 100 / r.max_score as pct
        from ${awarenessResponses} r join base b on b.id = r.conference_id
        where r.score is not null and r.max_score > 0
      ),
      agg as (
        select province_code, year, count(distinct conference_id) as conferences,
          count(*) filter (where phase = 'pre') as pre_n, avg(pct) filter (where phase = 'pre') as pre_avg,
          count(*) filter (where phase = 'post') as post_n, avg(pct) filter (where phase = 'post') as post_avg
        from scored group by province_code, year
      ),
      paired as (
        select a.province_code, a.year, count(*) as pairs, avg(p.pct - a.pct) as gain
        from scored a join scored p on p.code_id = a.code_id and p.phase = 'post'
        where a.phase = 'pre'
        group by a.province_code, a.year
      )
    select agg.*, coalesce(paired.pairs, 0) as pairs, paired.gain
    from agg left join paired on paired.province_code is not distinct from agg.province_code and paired.year = agg.year
    order by agg.year, agg.province_code nulls first`,
  );
  const avg = (v: unknown) => (v === null || v === undefined ? null : Math.round(Number(v) * 10) / 10);
  return rows.map((r) => ({
    provinceCode: r.province_code,
    year: num(r.year),
    tests: num(r.conferences),
    responsesBefore: num(r.pre_n),
    responsesAfter: num(r.post_n),
    averageBefore: avg(r.pre_avg),
    averageAfter: avg(r.post_avg),
    pairs: num(r.pairs),
    pairedGain: avg(r.gain),
  }));
}
