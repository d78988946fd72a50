import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { queryRows } from '../../db/query-rows.js';
import type { FollowupMapRow, FollowupListQuery } from '../../../shared/api/followup.js';
import { isNationalRole } from '../../../shared/auth/permissions.js';
import type { Actor } from '../auth/actor.js';
import { todayInVietnam } from '../indicator-reports/report-access.js';
import { overdueSql } from './list-query.js';

export type MapQuery = Pick<FollowupListQuery, 'kind' | 'uprCycle' | 'treaty' | 'theme'>;

/**
 * The national view of follow-up: one row per province (its own items and the copies of national
 * items assigned to it) with counts by status, overdue and the share done, in one GROUP BY. As
 * with the indicator completeness view, a provincial account sees its own province's row only.
 */
export async function followupMap(db: Db, actor: Actor, query: MapQuery, today = todayInVietnam()): Promise<{ rows: FollowupMapRow[]; asOf: string }> {
  const c: SQL[] = [sql`i.province_code is not null`];
  const own = isNationalRole(actor.role) ? null : (actor.provinceCode ?? '');
  if (own !== null) c.push(sql`i.province_code = ${own}`);
  if (query.kind) c.push(sql`i.kind = ${query.kind}`);
  if (query.uprCycle !== undefined) c.push(sql`i.upr_cycle = ${query.uprCycle}`);
  if (query.treaty) c.push(sql`i.treaty = ${query.treaty}`);
  if (query.theme) c.push(sql`i.themes @> ${JSON.stringify([query.theme])}::jsonb`);
  const rows = await queryRows<{ code: string; name: string; total: number; done: number; not_done: number; in_progress: number; not_started: number; overdue: number }>(
    db,
    sql`with c as (
          select i.province_code, count(*)::int as total,
            count(*) filter (where i.status = 'done')::int as done,
            count(*) filter (where i.status = 'not_done')::int as not_done,
            count(*) filter (where i.status = 'in_progress')::int as in_progress,
            count(*) filter (where i.status = 'not_started')::int as not_started,
            count(*) filter (where ${overdueSql(today)})::int as overdue
          from followup_items i where ${sql.join(c, sql` and `)} group by i.province_code)
        select p.code, p.name, coalesce(c.total, 0) as total, coalesce(c.done, 0) as done, coalesce(c.not_done, 0) as not_done,
          coalesce(c.in_progress, 0) as in_progress, coalesce(c.not_started, 0) as not_started, coalesce(c.overdue, 0) as overdue
        from provinces p left join c on c.province_code = p.code
        ${own !== null ? sql`where p.code = ${own}` : sql``}
        order by p.code`,
  );
  return {
    rows: rows.map((r) => ({
      provinceCode: r.code,
      provinceName: r.name,
      total: Number(r.total),
      done: Number(r.done),
      notDone: Number(r.not_done),
      inProgress: Number(r.in_progress),
      notStarted: Number(r.not_started),
      overdue: Number(r.overdue),
      shareDone: Number(r.total) > 0 ? (Number(r.done) / Number(r.total)) * 100 : null,
    })),
    asOf: today,
  };
}
