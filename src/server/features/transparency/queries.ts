import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { queryRows } from '../../db/query-rows.js';
import { provinces } from '../admin-units/tables.js';
import { conferenceStatFacts } from '../conference-stats/tables.js';
import { conferences } from '../conferences/tables.js';
import { followupItems } from '../followup/tables.js';
import { indicatorAggregates } from '../indicators/tables.js';
import { publicPages } from './tables.js';

/*
 * The reads behind the public page. Each names its columns one by one: nothing personal (no
 * participant, no account, no comment, no progress note) is ever selected, so nothing personal
 * can leak through a later change of the response schema.
 */

const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));

/** Provinces' publication state, every province (or one) in code order; unpublished ones have `published` false. */
export async function findSettings(db: Db, provinceCode?: string) {
  return db
    .select({ provinceCode: provinces.code, provinceName: provinces.name, published: sql<boolean>`coalesce(${publicPages.published}, false)`, updatedAt: publicPages.updatedAt })
    .from(provinces)
    .leftJoin(publicPages, eq(publicPages.provinceCode, provinces.code))
    .where(provinceCode ? eq(provinces.code, provinceCode) : undefined)
    .orderBy(asc(provinces.code));
}

export async function upsertPublication(db: Db, provinceCode: string, published: boolean, actorId: string) {
  const now = new Date();
  await db
    .insert(publicPages)
    .values({ provinceCode, published, updatedBy: actorId, updatedAt: now })
    .onConflictDoUpdate({ target: publicPages.provinceCode, set: { published, updatedBy: actorId, updatedAt: now } });
}

/** The provinces whose page is published. */
export async function findPublished(db: Db, provinceCode?: string) {
  return db
    .select({ code: provinces.code, name: provinces.name, publishedAt: publicPages.updatedAt })
    .from(publicPages)
    .innerJoin(provinces, eq(provinces.code, publicPages.provinceCode))
    .where(and(eq(publicPages.published, true), provinceCode ? eq(publicPages.provinceCode, provinceCode) : undefined))
    .orderBy(asc(provinces.name));
}

/** Approved aggregates of the province in its latest `years` years with any. */
export async function findApprovedFigures(db: Db, provinceCode: string, years = 3) {
  return db
    .select({
      indicatorCode: indicatorAggregates.indicatorCode,
      period: indicatorAggregates.period,
      periodYear: indicatorAggregates.periodYear,
      value: indicatorAggregates.value,
      target: indicatorAggregates.target,
      numerator: indicatorAggregates.numerator,
      denominator: indicatorAggregates.denominator,
      reports: indicatorAggregates.reports,
      notAggregable: indicatorAggregates.notAggregable,
    })
    .from(indicatorAggregates)
    .where(
      and(
        eq(indicatorAggregates.stage, 'approved'),
        eq(indicatorAggregates.provinceCode, provinceCode),
        sql`${indicatorAggregates.periodYear} > (select max(a.period_year) from ${indicatorAggregates} a where a.stage = 'approved' and a.province_code = ${provinceCode}) - ${years}`,
      ),
    )
    .orderBy(desc(indicatorAggregates.period));
}

/** Held trainings the province hosted, per year: how many, and their connection points. */
export async function countTrainingsByYear(db: Db, provinceCode: string) {
  const rows = await queryRows<{ year: unknown; conferences: unknown; points: unknown }>(
    db,
    sql`select extract(year from f.start_date)::int as year, count(*) as conferences, coalesce(sum(f.points), 0) as points
      from ${conferenceStatFacts} f where f.province_code = ${provinceCode} and f.status = 'held'
      group by 1 order by 1 desc`,
  );
  return rows.map((r) => ({ year: num(r.year), conferences: num(r.conferences), connectionPoints: num(r.points) }));
}

/** The latest held trainings: title and dates only. */
export async function findRecentTrainings(db: Db, provinceCode: string, limit = 20) {
  return db
    .select({ title: conferences.title, startDate: conferences.startDate, endDate: conferences.endDate })
    .from(conferences)
    .where(and(eq(conferences.provinceCode, provinceCode), eq(conferences.status, 'held')))
    .orderBy(desc(conferences.startDate), asc(conferences.title))
    .limit(limit);
}

/** The province's follow-up items (own and copies of national ones), demo data left out: reference, kind, text, status, due date. */
export async function findPublicItems(db: Db, provinceCode: string, limit = 500) {
  return db
    .select({ reference: followupItems.reference, kind: followupItems.kind, text: followupItems.text, status: followupItems.status, dueDate: followupItems.dueDate })
    .from(followupItems)
    .where(and(eq(followupItems.provinceCode, provinceCode), eq(followupItems.sample, false)))
    .orderBy(sql`${followupItems.dueDate} asc nulls last`, asc(followupItems.itemDate), asc(followupItems.id))
    .limit(limit);
}

/** Status counts of the province's items (demo data left out); overdue against `today`. */
export async function countPublicItems(db: Db, provinceCode: string, today: string) {
  const [r] = await queryRows<{ total: unknown; not_started: unknown; in_progress: unknown; done: unknown; not_done: unknown; overdue: unknown }>(
    db,
    sql`select count(*) as total,
        count(*) filter (where i.status = 'not_started') as not_started,
        count(*) filter (where i.status = 'in_progress') as in_progress,
        count(*) filter (where i.status = 'done') as done,
        count(*) filter (where i.status = 'not_done') as not_done,
        count(*) filter (where i.status in ('not_started', 'in_progress') and i.due_date < ${today}) as overdue
      from ${followupItems} i where i.province_code = ${provinceCode} and not i.sample`,
  );
  return {
    total: num(r?.total),
    notStarted: num(r?.not_started),
    inProgress: num(r?.in_progress),
    done: num(r?.done),
    notDone: num(r?.not_done),
    overdue: num(r?.overdue),
  };
}
