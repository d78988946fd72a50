import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { queryRows } from '../../db/query-rows.js';
import { dueSoonDays, type FollowupListQuery, type FollowupRollup } from '../../../shared/api/followup.js';
import { searchKey } from '../../../shared/text/search.js';
import type { FollowupAccessUser } from '../../../shared/auth/followup-access.js';
import { openSql, readableScopesSql, readableSql, waitingSql } from './access-sql.js';

/*
 * The list's SQL: the filters of `followupListQuerySchema` as conditions over `i`, one query for
 * the page and one count, and the roll-up of the page's national items only. "Quá hạn" and "sắp
 * đến hạn" are computed against today in Vietnam, passed in so a test can fix the day.
 */

export type ListFilter = Omit<FollowupListQuery, 'page' | 'pageSize' | 'sort'>;

export const overdueSql = (today: string) => sql`(${openSql} and i.due_date is not null and i.due_date < ${today}::date)`;
export const dueSoonSql = (today: string) => sql`(${openSql} and i.due_date is not null and i.due_date >= ${today}::date and i.due_date <= ${today}::date + ${dueSoonDays}::int)`;

/** The folded words of a search, at most eight (each one a LIKE on the item's search key). */
export const searchWords = (q: string | undefined): string[] => (q ? searchKey(q).split(' ').filter(Boolean).slice(0, 8) : []);

/** The filter's conditions, without what the reader may read. */
function filterConditions(user: FollowupAccessUser, f: ListFilter, today: string): SQL[] {
  const c: SQL[] = [];
  if (f.kind) c.push(sql`i.kind = ${f.kind}`);
  if (f.status) c.push(sql`i.status = ${f.status}`);
  if (f.uprCycle !== undefined) c.push(sql`i.upr_cycle = ${f.uprCycle}`);
  if (f.treaty) c.push(sql`i.treaty = ${f.treaty}`);
  if (f.theme) c.push(sql`i.themes @> ${JSON.stringify([f.theme])}::jsonb`);
  if (f.leadOrganisationId) c.push(sql`i.lead_organisation_id = ${f.leadOrganisationId}`);
  if (f.provinceCode) c.push(sql`i.province_code = ${f.provinceCode}`);
  if (f.level === 'national') c.push(sql`i.province_code is null`);
  if (f.level === 'provincial') c.push(sql`i.province_code is not null`);
  if (f.overdue !== undefined) c.push(f.overdue ? overdueSql(today) : sql`not ${overdueSql(today)}`);
  if (f.dueSoon !== undefined) c.push(f.dueSoon ? dueSoonSql(today) : sql`not ${dueSoonSql(today)}`);
  if (f.waiting) c.push(waitingSql(user));
  if (f.parentId) c.push(sql`i.parent_id = ${f.parentId}`);
  if (f.conferenceId) c.push(sql`i.conference_id = ${f.conferenceId}`);
  if (f.visitId) c.push(sql`i.visit_id = ${f.visitId}`);
  for (const word of searchWords(f.q)) c.push(sql`i.search_key like ${`%${word}%`}`);
  return c;
}

/** Every condition of the filter plus what the reader may read, joined with `and`. */
export function listWhere(user: FollowupAccessUser, f: ListFilter, today: string): SQL {
  return sql.join([readableSql(user), ...filterConditions(user, f, today)], sql` and `);
}

/** The same items as `listWhere`, as disjoint parts to count one by one (see `readableScopesSql`). */
export function listCountParts(user: FollowupAccessUser, f: ListFilter, today: string): SQL[] {
  const filters = filterConditions(user, f, today);
  return readableScopesSql(user).map((scope) => sql.join([scope, ...filters], sql` and `));
}

const orders: Record<FollowupListQuery['sort'], SQL> = {
  due_asc: sql`i.due_date asc nulls last, i.item_date desc, i.id`,
  date_desc: sql`i.item_date desc, i.id`,
  updated_desc: sql`i.updated_at desc, i.id`,
};

export type ListRow = {
  id: string;
  kind: string;
  nature: string | null;
  reference: string | null;
  text: string;
  lead_id: string | null;
  lead_name: string | null;
  province_code: string | null;
  province_name: string | null;
  item_date: string;
  due_date: string | null;
  status: string;
  overdue: boolean;
  due_soon: boolean;
  parent_id: string | null;
  conference_outcome_id: string | null;
  upr_cycle: number | null;
  upr_position: string | null;
  treaty: string | null;
  themes: string[];
  sample: boolean;
  version: number;
  updated_at: string | Date;
};

/**
 * The list columns of the items matching `where`, in `sort` order. The page is cut from the items
 * alone and only its rows are joined to their lead body and province: a search matching a tenth
 * of the country sorts item rows, not joined ones.
 */
export function listRowsSql(where: SQL, today: string, sort: FollowupListQuery['sort'], limit: number, offset: number): SQL {
  return sql`
    select i.id, i.kind, i.nature, i.reference, i.text, i.lead_organisation_id as lead_id, o.name as lead_name, i.province_code, p.name as province_name,
      i.item_date::text as item_date, i.due_date::text as due_date, i.status,
      ${overdueSql(today)} as overdue, ${dueSoonSql(today)} as due_soon,
      i.parent_id, i.conference_outcome_id, i.upr_cycle, i.upr_position, i.treaty, i.themes, i.sample, i.version, i.updated_at
    from (select * from followup_items i where ${where} order by ${orders[sort]} limit ${limit} offset ${offset}) i
    left join organisations o on o.id = i.lead_organisation_id
    left join provinces p on p.code = i.province_code
    order by ${orders[sort]}`;
}

/**
 * A searched list counts its matches only up to this many: beyond it the list says "hơn 1.000"
 * and asks for more words or a filter. Counting every match of a common word ("nghèo") reads
 * every matching row of the table (a trigram index cannot answer a count alone), which is what
 * made a national search slower than the rest of the list; nobody pages through a thousand hits.
 */
export const searchCountCap = 1000;

/** The first pages of a common search walk the sort's index: up to this many rows in order. */
const walkedRowsLimit = 100;

export type ListPageQuery = Pick<FollowupListQuery, 'sort' | 'page' | 'pageSize'> & { searched: boolean };

/** The page of `where`, and its count: exact, summed over `countParts`, unless searched (see searchCountCap). */
export async function listPage(db: Db, where: SQL, countParts: SQL[], today: string, q: ListPageQuery) {
  const offset = (q.page - 1) * q.pageSize;
  if (!q.searched) {
    const counts = sql.join(
      countParts.map((part) => sql`(select count(*) from followup_items i where ${part})`),
      sql` + `,
    );
    const [rows, totals] = await Promise.all([
      queryRows<ListRow>(db, listRowsSql(where, today, q.sort, q.pageSize, offset)),
      queryRows<{ total: number }>(db, sql`select (${counts})::int as total`),
    ]);
    return { rows, total: Number(totals[0]?.total ?? 0), totalIsLowerBound: false };
  }
  const [counted] = await queryRows<{ total: number }>(
    db,
    sql`select count(*)::int as total from (select 1 from followup_items i where ${where} limit ${searchCountCap + 1}) m`,
  );
  const matches = Number(counted?.total ?? 0);
  const page = () => queryRows<ListRow>(db, listRowsSql(where, today, q.sort, q.pageSize, offset));
  if (matches <= searchCountCap) return { rows: await page(), total: matches, totalIsLowerBound: false };
  if (offset + q.pageSize > walkedRowsLimit) return { rows: await page(), total: searchCountCap, totalIsLowerBound: true };
  // A common word on one of the first pages: its matches are dense, so walking the sort's index
  // (migration 0014) and testing each row finds the page after a few hundred rows, where the
  // planner, which cannot estimate a LIKE on folded text, would fetch every match through the
  // trigram index and sort them all. Deeper pages would walk too far; they take the usual plan.
  const rows = await db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_bitmapscan = off`);
    await tx.execute(sql`set local enable_seqscan = off`);
    return queryRows<ListRow>(tx, listRowsSql(where, today, q.sort, q.pageSize, offset));
  });
  return { rows, total: searchCountCap, totalIsLowerBound: true };
}

/** The roll-up of the copies of each of `ids` that has any (a national item assigned to provinces). */
export async function rollupsOf(db: Db, ids: readonly string[], today: string): Promise<Map<string, FollowupRollup>> {
  if (!ids.length) return new Map();
  const rows = await queryRows<{ parent_id: string; total: number; not_started: number; in_progress: number; done: number; not_done: number; overdue: number }>(
    db,
    sql`select i.parent_id, count(*)::int as total,
          count(*) filter (where i.status = 'not_started')::int as not_started,
          count(*) filter (where i.status = 'in_progress')::int as in_progress,
          count(*) filter (where i.status = 'done')::int as done,
          count(*) filter (where i.status = 'not_done')::int as not_done,
          count(*) filter (where ${overdueSql(today)})::int as overdue
        from followup_items i where i.parent_id in (${sql.join(
          ids.map((id) => sql`${id}::uuid`),
          sql`, `,
        )}) group by i.parent_id`,
  );
  return new Map(
    rows.map((r) => [r.parent_id, { total: r.total, notStarted: r.not_started, inProgress: r.in_progress, done: r.done, notDone: r.not_done, overdue: r.overdue }]),
  );
}
