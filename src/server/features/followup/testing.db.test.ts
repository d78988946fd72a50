import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.js';
import { createTestDatabase } from '../../db/testing.js';
import { queryRows } from '../../db/query-rows.js';
import { insertFollowupItem, insertFollowupOrganisation, insertManyFollowupItems } from './testing.js';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('follow-up test factories', () => {
  it('insert one item with its search key, created entry and the status asked for', async () => {
    const lead = await insertFollowupOrganisation(database.db, 'Sở Tư pháp Hòa Bình', '01');
    const item = await insertFollowupItem(database.db, { kind: 'plan', provinceCode: '01', leadOrganisationId: lead, status: 'in_progress' });
    expect(item).toMatchObject({ kind: 'plan', planNumber: '123/KH-UBND', provinceCode: '01', status: 'in_progress', uprCycle: null });
    expect(item.searchKey).toContain('so tu phap hoa binh');
    const entries = await queryRows(database.db, sql`select event_kind from followup_progress where item_id = ${item.id}`);
    expect(entries).toEqual([{ event_kind: 'created' }]);
  });

  it('insert many items over the provinces with their timelines in a few statements', async () => {
    await insertManyFollowupItems(database.db, 340, { progressPerItem: 2, tag: 'BULK' });
    const counts = await queryRows(database.db, sql`
      select count(*)::int as items, count(distinct province_code)::int as provinces, count(*) filter (where province_code is null)::int as national,
        (select count(*)::int from followup_progress p join followup_items i on i.id = p.item_id where i.reference like 'BULK-%') as entries
      from followup_items where reference like 'BULK-%'`);
    expect(counts[0]).toEqual({ items: 340, provinces: 34, national: 17, entries: 1020 });
  });
});
