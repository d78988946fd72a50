import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FollowupList } from '../../../shared/api/followup.js';
import { queryRows } from '../../db/query-rows.js';
import { createRouteFixture, type RouteFixture } from './route-fixture.js';
import { listRowsSql, listWhere, searchCountCap } from './list-query.js';

// A search matching more items than the list counts: "hơn 1.000", and the first pages (which walk
// the sort's index instead of sorting every match) in exactly the order the plain query gives.
let f: RouteFixture;
const common = searchCountCap + 150;
const rare = 40;
const today = '2024-06-30';

beforeAll(async () => {
  f = await createRouteFixture();
  // Dates and due dates repeat, so the order's later keys (date, id) decide between equal due dates.
  await f.t.database.db.execute(sql`
    insert into followup_items (kind, text, province_code, item_date, due_date, status, search_key)
    select 'plan', 'Giảm nghèo bền vững, việc số ' || n, case when n % 3 = 0 then null else '01' end,
      date '2023-01-01' + (n % 40), case when n % 9 = 0 then null else date '2024-01-01' + (n % 25) end,
      (array['not_started','in_progress','done'])[1 + n % 3], 'giam ngheo ben vung viec so ' || n
    from generate_series(1, ${common}) n
    union all
    select 'plan', 'Nước sạch nông thôn, việc số ' || n, '01', date '2023-01-01' + (n % 7), date '2024-02-01' + (n % 5),
      'not_started', 'nuoc sach nong thon viec so ' || n
    from generate_series(1, ${rare}) n`);
});
afterAll(() => f.t.close());

const list = async (query: string) => {
  const res = await f.call('admin', 'GET', `/followup-items?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as FollowupList;
};

/** The page as the plain query (every match, sorted) gives it. */
async function plainPage(q: string, sort: 'due_asc' | 'date_desc' | 'updated_desc', pageSize: number, page: number) {
  const where = listWhere({ role: 'national_admin', provinceCode: null, organisationId: null, id: 'x' }, { q }, today);
  const rows = await queryRows<{ id: string }>(f.t.database.db, listRowsSql(where, today, sort, pageSize, (page - 1) * pageSize));
  return rows.map((r) => r.id);
}

describe('a search matching more than the list counts', () => {
  it(`says "more than ${searchCountCap}" for a common word and counts a rare one exactly`, async () => {
    const many = await list('q=giam ngheo');
    expect(many).toMatchObject({ total: searchCountCap, totalIsLowerBound: true });
    expect(many.items).toHaveLength(20);
    expect(await list('q=nuoc sach&pageSize=100')).toMatchObject({ total: rare, totalIsLowerBound: false });
    // Without a search every item is counted, however many.
    expect(await list('kind=plan')).toMatchObject({ total: common + rare, totalIsLowerBound: false });
  });

  it.each(['due_asc', 'date_desc', 'updated_desc'] as const)('pages a common search in the same order as sorting every match (%s)', async (sort) => {
    for (const page of [1, 2, 7]) {
      const walked = await list(`q=ben vung&sort=${sort}&pageSize=20&page=${page}`);
      expect(walked.items.map((i) => i.id), `page ${page}`).toEqual(await plainPage('ben vung', sort, 20, page));
    }
  });
});
