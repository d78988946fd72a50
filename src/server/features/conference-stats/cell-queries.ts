import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { queryRows } from '../../db/query-rows.js';
import type { Visibility } from '../conferences/queries.js';
import { communes } from '../admin-units/tables.js';
import { conferenceStatCells } from './tables.js';
import type { GroupedCounts, Totals } from './queries.js';

/**
 * The statistics of one year read from conference_stat_cells (kept current by a trigger on every
 * facts write): a few hundred cells instead of every conference's facts. They give the same
 * figures as the facts queries in queries.ts — the facts queries still answer when the cells
 * cannot: every year at once (a conference spanning two years has cells in both) and a reader
 * who also sees the conferences their body co-organises (a per-conference condition).
 */

const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));

/**
 * The cells' condition for the province filter and the reader's visibility (the list's
 * `visibilityCondition` over the hosting province), or null when the cells cannot express it.
 */
export function cellConditions(province: string | undefined, visibility: Visibility): SQL | null {
  const conditions: SQL[] = [];
  if (visibility !== null) {
    if (visibility.organisationId && visibility.provinceCode) return null;
    conditions.push(
      visibility.provinceCode ? sql`(c.province_code is null or c.province_code = ${visibility.provinceCode})` : sql`c.province_code is null`,
    );
  }
  if (province) conditions.push(sql`c.province_code = ${province}`);
  return conditions.length ? sql.join(conditions, sql` and `) : sql`true`;
}

export type YearCells = {
  grouped: GroupedCounts;
  themes: Array<{ theme: string; topics: number; conferences: number }>;
  pointLevels: Array<{ level: string; connectionPoints: number; attendance: number }>;
};

/** Conferences, delegates and points by province, month, level and format; topics and conferences per theme; points per level. */
export async function countYearFromCells(db: Db, year: number, where: SQL): Promise<YearCells> {
  const rows = await queryRows<{
    kind: string;
    key: string;
    province_code: string | null;
    conferences: unknown;
    delegates: unknown;
    known: unknown;
    unrecorded: unknown;
    points: unknown;
    amount: unknown;
  }>(
    db,
    sql`select c.kind, c.key, case when c.kind = 'province' then c.province_code end as province_code,
      sum(c.conferences) as conferences, sum(c.delegates) as delegates, sum(c.delegates_known) as known,
      sum(c.unrecorded) as unrecorded, sum(c.points) as points, sum(c.amount) as amount
    from ${conferenceStatCells} c
    where c.kind in ('province', 'month', 'level', 'format', 'topics', 'theme', 'point_level') and c.year = ${year} and ${where}
    group by c.kind, c.key, 3
    having sum(c.conferences) > 0`,
  );
  const grouped: GroupedCounts = { byProvince: new Map(), byMonth: new Map(), byLevel: new Map(), byFormat: new Map() };
  const topics = new Map<string, number>();
  const themeConferences = new Map<string, number>();
  const pointLevels: YearCells['pointLevels'] = [];
  for (const r of rows) {
    const totals: Totals = {
      conferences: num(r.conferences),
      delegates: num(r.known) > 0 ? num(r.delegates) : null,
      delegatesUnrecorded: num(r.unrecorded),
      connectionPoints: num(r.points),
    };
    if (r.kind === 'province') grouped.byProvince.set(r.province_code, totals);
    else if (r.kind === 'month') grouped.byMonth.set(Number(r.key), totals);
    else if (r.kind === 'level') grouped.byLevel.set(r.key, totals);
    else if (r.kind === 'format') grouped.byFormat.set(r.key, totals);
    else if (r.kind === 'topics') topics.set(r.key, num(r.amount));
    else if (r.kind === 'theme') themeConferences.set(r.key, num(r.conferences));
    else pointLevels.push({ level: r.key, connectionPoints: num(r.points), attendance: num(r.amount) });
  }
  const themes = [...new Set([...topics.keys(), ...themeConferences.keys()])].map((theme) => ({
    theme,
    topics: topics.get(theme) ?? 0,
    conferences: themeConferences.get(theme) ?? 0,
  }));
  return { grouped, themes, pointLevels };
}

/** Distinct communes reached in the year, per province the commune lies in. */
export async function countCommunesReachedFromCells(db: Db, year: number, where: SQL) {
  const rows = await queryRows<{ province_code: string; reached: unknown }>(
    db,
    sql`select cm.province_code, count(distinct c.key) as reached
    from ${conferenceStatCells} c join ${communes} cm on cm.code = c.key
    where c.kind = 'commune' and c.year = ${year} and c.conferences > 0 and ${where}
    group by cm.province_code`,
  );
  return rows.map((r) => ({ provinceCode: r.province_code, communesReached: num(r.reached) }));
}

/** Conferences and delegates per year of their start date (every year). */
export async function countByYearFromCells(db: Db, where: SQL) {
  const rows = await queryRows<{ year: unknown; conferences: unknown; delegates: unknown; known: unknown; unrecorded: unknown }>(
    db,
    sql`select c.year, sum(c.conferences) as conferences, sum(c.delegates) as delegates, sum(c.delegates_known) as known, sum(c.unrecorded) as unrecorded
    from ${conferenceStatCells} c
    where c.kind = 'trend' and ${where}
    group by c.year having sum(c.conferences) > 0 order by 1`,
  );
  return rows.map((r) => ({
    year: num(r.year),
    conferences: num(r.conferences),
    delegates: num(r.known) > 0 ? num(r.delegates) : null,
    delegatesUnrecorded: num(r.unrecorded),
  }));
}
