// Follow-up at national scale for bench/followup-scale.bench.ts: items of every kind spread over
// the 34 provinces (a tenth national), each with a lead body, themes, a due date and a status,
// and progress entries on every item, generated in SQL so that 200.000 items and a million
// entries take seconds, not minutes. The search key is built from a folded copy of the same
// phrases, as `followupSearchKey` would build it.
import { sql } from 'drizzle-orm';
import type { Db } from '../../src/server/db/client.js';
import { rightsThemes } from '../../src/shared/api/conferences.js';
import { searchKey } from '../../src/shared/text/search.js';

const actions = [
  'Tiếp tục thực hiện có hiệu quả',
  'Tăng cường tuyên truyền, phổ biến',
  'Rà soát, hoàn thiện quy định về',
  'Nâng cao chất lượng',
  'Bảo đảm nguồn lực cho',
  'Mở rộng độ bao phủ của',
  'Đẩy mạnh phối hợp liên ngành về',
];
const subjects = [
  'giảm nghèo bền vững vùng đồng bào dân tộc thiểu số',
  'bảo hiểm xã hội cho lao động phi chính thức',
  'quyền của trẻ em và phòng chống xâm hại',
  'bình đẳng giới trong cơ quan dân cử',
  'trợ giúp pháp lý cho người nghèo ở Hòa Bình',
  'giáo dục hòa nhập cho người khuyết tật',
  'chăm sóc người cao tuổi tại cộng đồng',
  'nhà ở cho hộ nghèo và người có công',
  'đào tạo nghề cho lao động nông thôn',
  'nước sạch và vệ sinh môi trường nông thôn',
  'tiếp cận dịch vụ y tế cơ sở',
];

const textArray = (xs: string[]) => sql.raw(`(array[${xs.map((x) => `'${x.replace(/'/g, "''")}'`).join(',')}]::text[])`);

export type FollowupCounts = { items: number; progress: number; organisations: number };

export async function generateFollowupData(db: Db, opts: { items: number; progressPerItem: number }): Promise<FollowupCounts> {
  // Five bodies a province and five national ones.
  await db.execute(sql`
    insert into organisations (name, kind, province_code, search_key)
    select 'Sở ngành ' || n || ' tỉnh ' || p.name, 'department', p.code, 'so nganh ' || n || ' tinh ' || p.code
    from provinces p cross join generate_series(1, 5) n
    union all
    select 'Bộ ngành ' || n, 'department', null, 'bo nganh ' || n from generate_series(1, 5) n`);
  const folded = (xs: string[]) => xs.map((x) => searchKey(x));
  await db.execute(sql`
    with p as (select array_agg(code order by code) as codes from provinces),
         o as (select array_agg(id order by province_code nulls first, name) as ids from organisations where name like 'Sở ngành %' or name like 'Bộ ngành %'),
         g as (select n, (n * 7919) % 1000003 as h from generate_series(1, ${opts.items}) n)
    insert into followup_items (kind, reference, text, lead_organisation_id, province_code, item_date, due_date, status,
      upr_cycle, upr_position, treaty, themes, search_key, closed_at)
    select
      (array['conference','visit','upr','treaty','plan'])[1 + g.n % 5],
      case when g.n % 5 = 2 then 'UPR IV ' || (g.n % 400) || '.' || (g.n % 97) else null end,
      ${textArray(actions)}[1 + g.h % ${actions.length}] || ' ' || ${textArray(subjects)}[1 + (g.h / 7) % ${subjects.length}] || ' (việc số ' || g.n || ')',
      o.ids[1 + g.h % array_length(o.ids, 1)],
      case when g.n % 10 = 0 then null else p.codes[1 + g.h % 34] end,
      date '2021-01-01' + (g.h % 1800),
      case when g.n % 7 = 0 then null else date '2021-01-01' + (g.h % 1800) + 30 + (g.h % 700) end,
      (array['not_started','in_progress','in_progress','done','not_done'])[1 + (g.h / 3) % 5],
      case when g.n % 5 = 2 then 4 else null end,
      case when g.n % 5 = 2 then (array['accepted','noted'])[1 + g.n % 2] else null end,
      case when g.n % 5 = 3 then (array['CCPR','CESCR','CERD','CEDAW','CRC','CAT','CRPD'])[1 + g.n % 7] else null end,
      jsonb_build_array(${textArray([...rightsThemes])}[1 + g.h % ${rightsThemes.length}]),
      ${textArray(folded(actions))}[1 + g.h % ${actions.length}] || ' ' || ${textArray(folded(subjects))}[1 + (g.h / 7) % ${subjects.length}] || ' viec so ' || g.n,
      case when (array['not_started','in_progress','in_progress','done','not_done'])[1 + (g.h / 3) % 5] in ('done','not_done') then now() else null end
    from g, p, o`);
  await db.execute(sql`
    insert into followup_progress (item_id, entry_date, event_kind, text, to_status)
    select i.id, i.item_date, 'created', '', 'not_started' from followup_items i`);
  if (opts.progressPerItem > 1) {
    await db.execute(sql`
      insert into followup_progress (item_id, entry_date, event_kind, text)
      select i.id, i.item_date + k * 20, 'progress', 'Đã tổ chức triển khai, kiểm tra, báo cáo kết quả lần ' || k
      from followup_items i cross join generate_series(1, ${opts.progressPerItem - 1}) k`);
  }
  // The steady state autovacuum keeps a live database in: statistics, and a visibility map that lets counts read indexes only.
  await db.execute(sql`vacuum analyze followup_items`);
  await db.execute(sql`vacuum analyze followup_progress`);
  const [c] = ((await db.execute(sql`select (select count(*) from followup_items)::int as items, (select count(*) from followup_progress)::int as progress, (select count(*) from organisations)::int as organisations`)) as unknown as { rows: FollowupCounts[] }).rows;
  return c!;
}
