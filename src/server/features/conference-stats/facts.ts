import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';

/**
 * The facts row of the conferences `where` selects (`c` is the conference): its own filter
 * columns, and what its connection points and agenda add up to. The migration that made the table backfills it with this same
 * select (written out there as plain SQL); keep the two alike.
 */
const factsOf = (where: SQL) => sql`
  insert into conference_stat_facts as f (id, level, province_code, legacy_province_code, commune_code, start_date, end_date, format, status,
    participants_actual, themes, attendance, points, communes, topic_themes, point_levels)
  select c.id, c.level, c.province_code, c.legacy_province_code, c.commune_code, c.start_date, c.end_date, c.format, c.status,
    c.participants_actual, c.themes, p.attendance, coalesce(p.n, 0),
    coalesce((select jsonb_agg(distinct cp.commune_code) from connection_points cp where cp.conference_id = c.id and cp.commune_code is not null), '[]'::jsonb),
    coalesce((select jsonb_object_agg(t.theme, t.n) from (
      select th.theme, count(*) as n from agenda_items ai cross join lateral jsonb_array_elements_text(ai.themes) as th(theme)
      where ai.conference_id = c.id group by th.theme) t), '{}'::jsonb),
    coalesce((select jsonb_object_agg(l.level, jsonb_build_array(l.points, l.attendance)) from (
      select cp.level, sum(cp.point_count) as points, coalesce(sum(cp.actual_attendance), 0) as attendance
      from connection_points cp where cp.conference_id = c.id group by cp.level) l), '{}'::jsonb)
  from conferences c
  left join lateral (select sum(cp.point_count) as n, sum(cp.actual_attendance) as attendance from connection_points cp where cp.conference_id = c.id) p on true
  where ${where}
  on conflict (id) do update set level = excluded.level, province_code = excluded.province_code,
    legacy_province_code = excluded.legacy_province_code, commune_code = excluded.commune_code, start_date = excluded.start_date,
    end_date = excluded.end_date, format = excluded.format, status = excluded.status, participants_actual = excluded.participants_actual,
    themes = excluded.themes, attendance = excluded.attendance, points = excluded.points, communes = excluded.communes,
    topic_themes = excluded.topic_themes, point_levels = excluded.point_levels`;

/**
 * Rewrites one conference's statistics facts from its current row and children. Called in the same
 * transaction as the write (writeConferenceChildren), so the statistics are current the moment
 * the write commits; a deleted conference's row goes with it (on delete cascade).
 */
export async function refreshConferenceFacts(db: Db, conferenceId: string): Promise<void> {
  await db.execute(factsOf(sql`c.id = ${conferenceId}`));
}

/**
 * Every conference's facts and the statistics cells, for data loaded around the services (the
 * benchmark generator): the cells' per-row trigger is off while the facts are rewritten, and the
 * cells are then rebuilt in one statement (a hundred thousand trigger calls would take minutes).
 */
export async function refreshAllConferenceFacts(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`alter table conference_stat_facts disable trigger conference_stat_cells_sync`);
    await tx.execute(factsOf(sql`true`));
    await tx.execute(sql`alter table conference_stat_facts enable trigger conference_stat_cells_sync`);
    await rebuildConferenceStatCells(tx);
  });
}

/** Recomputes every statistics cell from the facts (migration 0016 backfills with the same statement). */
export async function rebuildConferenceStatCells(db: Db): Promise<void> {
  await db.execute(sql`delete from conference_stat_cells`);
  await db.execute(sql`
    insert into conference_stat_cells (year, province_code, kind, key, conferences, delegates, delegates_known, unrecorded, points, amount)
    select x.year, x.province_code, x.kind, x.key, sum(x.conferences), sum(x.delegates), sum(x.delegates_known), sum(x.unrecorded), sum(x.points), sum(x.amount)
    from conference_stat_facts f cross join lateral conference_stat_cells_of(f) x
    group by x.kind, x.year, x.key, x.province_code`);
}
