import { and, asc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { queryRows } from '../../db/query-rows.js';
import { provinces } from '../admin-units/tables.js';
import { conferenceOutcomes, conferences } from '../conferences/tables.js';
import { followupItems, followupProgress } from '../followup/tables.js';
import { organisations } from '../organisations/tables.js';

/*
 * The reads of the provincial report and the national synthesis (and of the public page, which
 * shows a subset). Plain queries over one period [from, to]; statuses are the items' current
 * ones and "quá hạn" is computed against `today`, never stored.
 */

const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));

export type ProvinceRow = { code: string; name: string; fullName: string };

export async function findProvince(db: Db, code: string): Promise<ProvinceRow | undefined> {
  const [row] = await db.select({ code: provinces.code, name: provinces.name, fullName: provinces.fullName }).from(provinces).where(eq(provinces.code, code));
  return row;
}

export async function findAllProvinces(db: Db): Promise<ProvinceRow[]> {
  return db.select({ code: provinces.code, name: provinces.name, fullName: provinces.fullName }).from(provinces).orderBy(asc(provinces.code));
}

/**
 * Held conferences hosted by the province (every province with `null`) that started within the
 * period, as a `where` over the conference statistics' facts (read under the alias "conferences",
 * see conference-stats/queries.ts), so the counts follow the statistics' own rules.
 */
export function heldConferencesWhere(provinceCode: string | null, from: string, to: string): SQL {
  return and(
    eq(conferences.status, 'held'),
    gte(conferences.startDate, from),
    lte(conferences.startDate, to),
    provinceCode === null ? sql`${conferences.provinceCode} is not null` : eq(conferences.provinceCode, provinceCode),
  )!;
}

/** The held conferences of a province in the period, oldest first: titles and dates only. */
export async function findHeldConferences(db: Db, provinceCode: string, from: string, to: string) {
  return db
    .select({ id: conferences.id, title: conferences.title, startDate: conferences.startDate, endDate: conferences.endDate })
    .from(conferences)
    .where(and(eq(conferences.provinceCode, provinceCode), eq(conferences.status, 'held'), gte(conferences.startDate, from), lte(conferences.startDate, to)))
    .orderBy(asc(conferences.startDate), asc(conferences.title));
}

/** Limitations (conference outcomes of kind 'limitation') of the province's held conferences in the period. */
export async function findLimitations(db: Db, provinceCode: string, from: string, to: string) {
  return db
    .select({ text: conferenceOutcomes.text, conferenceTitle: conferences.title, startDate: conferences.startDate })
    .from(conferenceOutcomes)
    .innerJoin(conferences, eq(conferences.id, conferenceOutcomes.conferenceId))
    .where(
      and(
        eq(conferenceOutcomes.kind, 'limitation'),
        eq(conferences.provinceCode, provinceCode),
        eq(conferences.status, 'held'),
        gte(conferences.startDate, from),
        lte(conferences.startDate, to),
      ),
    )
    .orderBy(asc(conferences.startDate), asc(conferenceOutcomes.position));
}

/**
 * Items that were live during the period: given by its end, and not closed before it began.
 * `sample` demo items are left out of everything official.
 */
function liveInPeriod(from: string, to: string): SQL {
  return sql`${followupItems.itemDate} <= ${to} and (${followupItems.closedAt} is null or ${followupItems.status} in ('not_started', 'in_progress') or ${followupItems.closedAt} >= ${from}::date)
    and not ${followupItems.sample}`;
}

export type ReportItemRow = {
  id: string;
  reference: string | null;
  text: string;
  leadName: string | null;
  itemDate: string;
  dueDate: string | null;
  status: string;
  closingNote: string | null;
  overdue: boolean;
  /** The latest progress or closing entry with text: "kết quả thực hiện". */
  latestText: string | null;
  latestDate: string | null;
};

/** The province's items (its own and its copies of national items) live in the period, soonest due first. */
export async function findReportItems(db: Db, provinceCode: string, from: string, to: string, today: string): Promise<ReportItemRow[]> {
  const latest = db
    .select({ text: followupProgress.text, entryDate: followupProgress.entryDate })
    .from(followupProgress)
    .where(
      and(
        eq(followupProgress.itemId, followupItems.id),
        sql`${followupProgress.eventKind} in ('progress', 'closed', 'status', 'reopened')`,
        sql`${followupProgress.text} <> ''`,
        lte(followupProgress.entryDate, to),
      ),
    )
    .orderBy(sql`${followupProgress.entryDate} desc`, sql`${followupProgress.createdAt} desc`)
    .limit(1)
    .as('latest');
  const rows = await db
    .select({
      id: followupItems.id,
      reference: followupItems.reference,
      text: followupItems.text,
      leadName: organisations.name,
      itemDate: followupItems.itemDate,
      dueDate: followupItems.dueDate,
      status: followupItems.status,
      closingNote: followupItems.closingNote,
      latestText: latest.text,
      latestDate: latest.entryDate,
    })
    .from(followupItems)
    .leftJoin(organisations, eq(organisations.id, followupItems.leadOrganisationId))
    .leftJoinLateral(latest, sql`true`)
    .where(and(eq(followupItems.provinceCode, provinceCode), liveInPeriod(from, to)))
    .orderBy(sql`${followupItems.dueDate} asc nulls last`, asc(followupItems.itemDate), asc(followupItems.id));
  return rows.map((r) => ({ ...r, overdue: isOverdue(r.status, r.dueDate, today) }));
}

export const isOverdue = (status: string, dueDate: string | null, today: string) =>
  (status === 'not_started' || status === 'in_progress') && dueDate !== null && dueDate < today;

export type StatusCountRow = { key: string | null; total: number; notStarted: number; inProgress: number; done: number; notDone: number; overdue: number };

const countColumns = (today: string) => sql`count(*) as total,
  count(*) filter (where i.status = 'not_started') as not_started,
  count(*) filter (where i.status = 'in_progress') as in_progress,
  count(*) filter (where i.status = 'done') as done,
  count(*) filter (where i.status = 'not_done') as not_done,
  count(*) filter (where i.status in ('not_started', 'in_progress') and i.due_date < ${today}) as overdue`;

type RawCounts = { key: string | null; total: unknown; not_started: unknown; in_progress: unknown; done: unknown; not_done: unknown; overdue: unknown };
const toCounts = (r: RawCounts): StatusCountRow => ({
  key: r.key,
  total: num(r.total),
  notStarted: num(r.not_started),
  inProgress: num(r.in_progress),
  done: num(r.done),
  notDone: num(r.not_done),
  overdue: num(r.overdue),
});

/** Status counts of the provinces' items live in the period, one row per province. */
export async function countItemsByProvince(db: Db, from: string, to: string, today: string): Promise<StatusCountRow[]> {
  const rows = await queryRows<RawCounts>(
    db,
    sql`select i.province_code as key, ${countColumns(today)}
      from ${followupItems} i
      where i.province_code is not null and i.item_date <= ${to} and not i.sample
        and (i.closed_at is null or i.status in ('not_started', 'in_progress') or i.closed_at >= ${from}::date)
      group by i.province_code`,
  );
  return rows.map(toCounts);
}

/** National items live in the period with the roll-up of their provincial copies' statuses. */
export async function findNationalItems(db: Db, from: string, to: string, today: string) {
  const rows = await queryRows<RawCounts & { reference: string | null; text: string; status: string; due_date: string | null; copies: unknown }>(
    db,
    sql`select n.id as key, n.reference, n.text, n.status, n.due_date::text as due_date, count(i.id) as copies, ${countColumns(today)}
      from ${followupItems} n left join ${followupItems} i on i.parent_id = n.id and not i.sample
      where n.province_code is null and n.parent_id is null and n.item_date <= ${to} and not n.sample
        and (n.closed_at is null or n.status in ('not_started', 'in_progress') or n.closed_at >= ${from}::date)
      group by n.id
      order by n.due_date asc nulls last, n.item_date, n.id`,
  );
  return rows.map((r) => ({
    reference: r.reference,
    text: r.text,
    status: r.status,
    dueDate: r.due_date,
    overdue: isOverdue(r.status, r.due_date, today),
    // count(*) over a left join counts the national item itself when it has no copy.
    rollup: num(r.copies) === 0 ? null : { ...toCounts(r), total: num(r.copies) },
  }));
}
