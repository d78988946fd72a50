import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { searchKey } from '../../../shared/text/search.js';
import { organisations } from '../organisations/tables.js';
import { followupItems, followupProgress } from './tables.js';
import { emptyFollowupFields, insertFollowupItems, type FollowupItemWrite } from './write-item.js';

/*
 * Arranging follow-up tests and benchmarks: items go in through `insertFollowupItems` (the one
 * way items are written, so the search key and the 'created' timeline entry are there), with
 * defaults for every field; the bulk helper writes many rows in one SQL statement for benchmarks.
 */

export type FollowupItemRow = typeof followupItems.$inferSelect;

/** The fields of an item with everything defaulted: a national UPR recommendation of cycle IV. */
export function followupItemFields(overrides: Partial<FollowupItemWrite> = {}): FollowupItemWrite {
  const other = overrides.kind !== undefined && overrides.kind !== 'upr';
  return {
    ...emptyFollowupFields('upr', 'Tiếp tục thúc đẩy quyền của người dân tộc thiểu số tại vùng sâu, vùng xa', '2024-09-01'),
    uprCycle: other ? null : 4,
    uprPosition: other ? null : 'accepted',
    treaty: overrides.kind === 'treaty' ? 'CERD' : null,
    planNumber: overrides.kind === 'plan' ? '123/KH-UBND' : null,
    ...overrides,
  };
}

/**
 * Inserts one item (no rights checked, no audit) and returns its row. Extra columns the form does
 * not carry (status, closing note) are set straight after, as if the item had been worked on.
 */
export async function insertFollowupItem(
  db: Db,
  overrides: Partial<FollowupItemWrite> & Partial<Pick<FollowupItemRow, 'status' | 'closingNote' | 'closedAt'>> = {},
  actorId: string | null = null,
): Promise<FollowupItemRow> {
  const { status, closingNote, closedAt, ...fields } = overrides;
  const [id] = await insertFollowupItems(db, [followupItemFields(fields)], actorId);
  if (status !== undefined || closingNote !== undefined || closedAt !== undefined) {
    await db
      .update(followupItems)
      .set({ ...(status ? { status } : {}), ...(closingNote !== undefined ? { closingNote } : {}), ...(closedAt !== undefined ? { closedAt } : {}) })
      .where(eq(followupItems.id, id!));
  }
  const [row] = await db.select().from(followupItems).where(eq(followupItems.id, id!));
  return row!;
}

/** An organisation (a lead or co-operating body) of a province, or national when provinceCode is null. */
export async function insertFollowupOrganisation(db: Db, name: string, provinceCode: string | null = null, kind = 'department'): Promise<string> {
  const [row] = await db.insert(organisations).values({ name, kind, provinceCode, searchKey: searchKey(name) }).returning({ id: organisations.id });
  return row!.id;
}

/** A timeline entry written straight into the table (progress by default). */
export async function insertFollowupProgress(db: Db, itemId: string, overrides: Partial<typeof followupProgress.$inferInsert> = {}): Promise<string> {
  const [row] = await db
    .insert(followupProgress)
    .values({ itemId, entryDate: '2025-01-15', eventKind: 'progress', text: 'Đã tổ chức hội nghị quán triệt', ...overrides })
    .returning({ id: followupProgress.id });
  return row!.id;
}

/**
 * Many items in one statement, for benchmarks: `count` items spread over the 34 provinces (every
 * `nationalEvery`-th national), kinds, statuses and due dates around `aroundDate`, each with its
 * 'created' entry and `progressPerItem` progress entries. Returns nothing: read back with SQL.
 */
export async function insertManyFollowupItems(db: Db, count: number, options: { nationalEvery?: number; progressPerItem?: number; aroundDate?: string; tag?: string } = {}) {
  const nationalEvery = options.nationalEvery ?? 20;
  const around = options.aroundDate ?? '2025-06-30';
  const tag = options.tag ?? randomBytes(3).toString('hex');
  await db.execute(sql`
    with p as (select code, row_number() over (order by code) - 1 as n from provinces),
    src as (select g from generate_series(1, ${count}::int) g)
    insert into followup_items (kind, text, reference, province_code, item_date, due_date, status, upr_cycle, upr_position, treaty, plan_number, themes, search_key)
    select
      (array['conference','visit','upr','treaty','plan'])[1 + g % 5],
      'Việc theo dõi số ' || g || ' về quyền của người khuyết tật tại Hòa Bình',
      ${tag} || '-' || g,
      case when g % ${nationalEvery}::int = 0 then null else (select code from p where p.n = g % 34) end,
      ${around}::date - 365 + (g % 200),
      case when g % 7 = 0 then null else ${around}::date - 100 + (g % 400) end,
      (array['not_started','in_progress','done','not_done'])[1 + (g / 5) % 4],
      case when g % 5 = 2 then 4 end,
      case when g % 5 = 2 then 'accepted' end,
      case when g % 5 = 3 then 'CERD' end,
      case when g % 5 = 4 then 'KH ' || g end,
      case when g % 3 = 0 then '["ethnic_minorities"]'::jsonb else '[]'::jsonb end,
      ${tag} || ' ' || g || ' viec theo doi so ' || g || ' ve quyen cua nguoi khuyet tat tai hoa binh'
    from src
  `);
  const perItem = options.progressPerItem ?? 0;
  await db.execute(sql`
    insert into followup_progress (item_id, entry_date, event_kind, text, to_status)
    select id, item_date, 'created', '', 'not_started' from followup_items where reference like ${`${tag}-%`}
  `);
  if (perItem > 0) {
    await db.execute(sql`
      insert into followup_progress (item_id, entry_date, event_kind, text)
      select i.id, i.item_date + s, 'progress', 'Đã triển khai bước ' || s
      from followup_items i cross join generate_series(1, ${perItem}::int) s
      where i.reference like ${`${tag}-%`}
    `);
  }
}
