import { and, asc, count, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { provinces } from '../admin-units/tables.js';
import { followupItems, followupProgress } from '../followup/tables.js';
import { organisations } from '../organisations/tables.js';
import { workingVisits } from './tables.js';

/** Plain reads and writes of working visits; the service checks rights first. */

export type VisitRow = typeof workingVisits.$inferSelect;
export type VisitListFilter = { provinceScope: string | null; provinceCode?: string; level?: 'national' | 'provincial'; year?: number; words: string[] };

const openStatus = sql`${followupItems.status} in ('not_started', 'in_progress')`;

export function visitConditions(f: VisitListFilter): SQL | undefined {
  const conditions: SQL[] = [];
  // A provincial account reads its own province's visits and the national ones.
  if (f.provinceScope !== null) conditions.push(or(eq(workingVisits.provinceCode, f.provinceScope), isNull(workingVisits.provinceCode))!);
  if (f.provinceCode) conditions.push(eq(workingVisits.provinceCode, f.provinceCode));
  if (f.level === 'national') conditions.push(isNull(workingVisits.provinceCode));
  if (f.level === 'provincial') conditions.push(sql`${workingVisits.provinceCode} is not null`);
  if (f.year) conditions.push(sql`${workingVisits.startDate} >= ${`${f.year}-01-01`} and ${workingVisits.startDate} < ${`${f.year + 1}-01-01`}`);
  for (const word of f.words) conditions.push(sql`${workingVisits.searchKey} like ${`%${word}%`}`);
  return conditions.length ? and(...conditions) : undefined;
}

export async function listVisitRows(db: Db, where: SQL | undefined, today: string, page: number, pageSize: number) {
  const [rows, totals] = await Promise.all([
    db
      .select({
        row: workingVisits,
        provinceName: provinces.name,
        leadName: organisations.name,
        itemCount: sql<number>`(select count(*)::int from ${followupItems} where ${followupItems.visitId} = ${workingVisits.id} and ${followupItems.parentId} is null)`,
        openCount: sql<number>`(select count(*)::int from ${followupItems} where ${followupItems.visitId} = ${workingVisits.id} and ${followupItems.parentId} is null and ${openStatus})`,
        overdueCount: sql<number>`(select count(*)::int from ${followupItems} where ${followupItems.visitId} = ${workingVisits.id} and ${followupItems.parentId} is null and ${openStatus} and ${followupItems.dueDate} < ${today})`,
      })
      .from(workingVisits)
      .leftJoin(provinces, eq(provinces.code, workingVisits.provinceCode))
      .leftJoin(organisations, eq(organisations.id, workingVisits.leadOrganisationId))
      .where(where)
      .orderBy(desc(workingVisits.startDate), desc(workingVisits.createdAt))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(workingVisits).where(where),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}

export async function findVisit(db: Db, id: string) {
  const [found] = await db
    .select({ row: workingVisits, provinceName: provinces.name, leadName: organisations.name })
    .from(workingVisits)
    .leftJoin(provinces, eq(provinces.code, workingVisits.provinceCode))
    .leftJoin(organisations, eq(organisations.id, workingVisits.leadOrganisationId))
    .where(eq(workingVisits.id, id));
  return found ?? null;
}

/** The follow-up items made of the visit's recommendations (not the provinces' copies of them). */
export async function visitItems(db: Db, visitId: string) {
  return db
    .select({
      id: followupItems.id,
      nature: followupItems.nature,
      reference: followupItems.reference,
      text: followupItems.text,
      leadId: followupItems.leadOrganisationId,
      leadName: organisations.name,
      provinceCode: followupItems.provinceCode,
      dueDate: followupItems.dueDate,
      status: followupItems.status,
    })
    .from(followupItems)
    .leftJoin(organisations, eq(organisations.id, followupItems.leadOrganisationId))
    .where(and(eq(followupItems.visitId, visitId), isNull(followupItems.parentId)))
    .orderBy(asc(followupItems.createdAt), desc(followupItems.nature), asc(followupItems.text));
}

/** How many of the visit's items (copies included) went past their 'created' entry: started, closed, assigned or reported on. */
export async function workedItemCount(db: Db, visitId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(followupItems)
    .where(
      and(
        eq(followupItems.visitId, visitId),
        sql`(${followupItems.status} <> 'not_started' or exists (select 1 from ${followupProgress} p where p.item_id = ${followupItems.id} and p.event_kind <> 'created'))`,
      ),
    );
  return row?.n ?? 0;
}

export async function itemCountOfVisit(db: Db, visitId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(followupItems).where(eq(followupItems.visitId, visitId));
  return row?.n ?? 0;
}

export async function organisationNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(inArray(organisations.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function provinceName(db: Db, code: string): Promise<string | null> {
  const [row] = await db.select({ name: provinces.name }).from(provinces).where(eq(provinces.code, code));
  return row?.name ?? null;
}
