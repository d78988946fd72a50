import { and, asc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { queryRows } from '../../db/query-rows.js';
import { provinces } from '../admin-units/tables.js';
import { conferenceOutcomes, conferences } from '../conferences/tables.js';
import { followupItems, followupProgress } from '../followup/tables.js';
import { organisations } from '../organisations/tables.js';

/*
 * The reads of the provincial report and the national synthesis (and of the public page, which
 * shows a subset). Plain queries over one period [from, to]. An item's status is the one it had
 * at the period's end (or today, for a period not over yet), read from its timeline, where every
 * change of status is an entry: a report for 2025 printed in 2026 says what stood at the end of
 * 2025, not what happened since. "Quá hạn" is computed against that day, never stored.
 */

/** The day a report's statuses stand at: the period's end, or today while the period runs. */
export const statusDay = (to: string, today: string) => (to < today ? to : today);

/**
 * An item's status on `day`: its latest timeline entry that set a status by then (an item is
 * 'not_started' from its creation entry on), or its current status when no entry says.
 */
const statusOn = (item: SQL, currentStatus: SQL, day: string) => sql`coalesce((select p.to_status from ${followupProgress} p
    where p.item_id = ${item} and p.to_status is not null and p.entry_date <= ${day}::date
    order by p.entry_date desc, p.created_at desc limit 1), ${currentStatus})`;

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
  const day = statusDay(to, today);
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
      status: sql<string>`${statusOn(sql`${followupItems.id}`, sql`${followupItems.status}`, day)}`,
      closingNote: followupItems.closingNote,
      latestText: latest.text,
      latestDate: latest.entryDate,
    })
    .from(followupItems)
    .leftJoin(organisations, eq(organisations.id, followupItems.leadOrganisationId))
    .leftJoinLateral(latest, sql`true`)
    .where(and(eq(followupItems.provinceCode, provinceCode), liveInPeriod(from, to)))
    .orderBy(sql`${followupItems.dueDate} asc nulls last`, asc(followupItems.itemDate), asc(followupItems.id));
  // The closing note belongs to a closing that had happened by then; later ones are not told.
  return rows.map((r) => ({ ...r, closingNote: isClosed(r.status) ? r.closingNote : null, overdue: isOverdue(r.status, r.dueDate, day) }));
}

const isClosed = (status: string) => status === 'done' || status === 'not_done';

export const isOverdue = (status: string, dueDate: string | null, today: string) =>
  (status === 'not_started' || status === 'in_progress') && dueDate !== null && dueDate < today;

export type StatusCountRow = { key: string | null; total: number; notStarted: number; inProgress: number; done: number; notDone: number; overdue: number };

/** Counts by status over rows with a column `st` (the status on the report's day); overdue against `day`. */
const countColumns = (day: string) => sql`count(*) as total,
  count(*) filter (where i.st = 'not_started') as not_started,
  count(*) filter (where i.st = 'in_progress') as in_progress,
  count(*) filter (where i.st = 'done') as done,
  count(*) filter (where i.st = 'not_done') as not_done,
  count(*) filter (where i.st in ('not_started', 'in_progress') and i.due_date < ${day}::date) as overdue`;

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
  const day = statusDay(to, today);
  const rows = await queryRows<RawCounts>(
    db,
    sql`select i.province_code as key, ${countColumns(day)}
      from (select f.province_code, f.due_date, ${statusOn(sql`f.id`, sql`f.status`, day)} as st
        from ${followupItems} f
        where f.province_code is not null and f.item_date <= ${to} and not f.sample
          and (f.closed_at is null or f.status in ('not_started', 'in_progress') or f.closed_at >= ${from}::date)) i
      group by i.province_code`,
  );
  return rows.map(toCounts);
}

/** National items live in the period with the roll-up of their provincial copies' statuses. */
export async function findNationalItems(db: Db, from: string, to: string, today: string) {
  const day = statusDay(to, today);
  const rows = await queryRows<RawCounts & { reference: string | null; text: string; status: string; due_date: string | null; copies: unknown }>(
    db,
    sql`select n.id as key, n.reference, n.text, ${statusOn(sql`n.id`, sql`n.status`, day)} as status, n.due_date::text as due_date, count(i.id) as copies, ${countColumns(day)}
      from ${followupItems} n
      left join (select c.id, c.parent_id, c.due_date, ${statusOn(sql`c.id`, sql`c.status`, day)} as st from ${followupItems} c where not c.sample) i on i.parent_id = n.id
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
    overdue: isOverdue(r.status, r.due_date, day),
    // count(*) over a left join counts the national item itself when it has no copy.
    rollup: num(r.copies) === 0 ? null : { ...toCounts(r), total: num(r.copies) },
  }));
}
