import { and, asc, count, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.js';
import { containsPattern } from '../../db/like-pattern.js';
import { provinces } from '../admin-units/tables.js';
import { organisations } from './tables.js';

export type OrganisationRow = typeof organisations.$inferSelect;

const parent = alias(organisations, 'parent');

/** Organisation columns plus the names a list shows beside the codes. */
const withNames = {
  org: organisations,
  provinceName: provinces.name,
  parentName: parent.name,
};

function selectWithNames(db: Db) {
  return db
    .select(withNames)
    .from(organisations)
    .leftJoin(provinces, eq(provinces.code, organisations.provinceCode))
    .leftJoin(parent, eq(parent.id, organisations.parentId));
}

export async function findOrganisation(db: Db, id: string) {
  const rows = await selectWithNames(db).where(eq(organisations.id, id)).limit(1);
  return rows[0];
}

export type OrganisationFilter = { searchKey?: string; kind?: string; provinceCode?: string };

export async function listOrganisations(db: Db, filter: OrganisationFilter, page: number, pageSize: number) {
  const conditions: SQL[] = [];
  if (filter.kind) conditions.push(eq(organisations.kind, filter.kind));
  if (filter.provinceCode) conditions.push(eq(organisations.provinceCode, filter.provinceCode));
  if (filter.searchKey) {
    // Every word of the query must appear in the folded name or short name.
    for (const word of filter.searchKey.split(' ')) {
      conditions.push(sql`${organisations.searchKey} like ${`%${word}%`}`);
    }
  }
  const where = conditions.length ? and(...conditions) : undefined;
  const [items, totals] = await Promise.all([
    selectWithNames(db)
      .where(where)
      .orderBy(sql`${organisations.provinceCode} nulls first`, asc(organisations.name))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(organisations).where(where),
  ]);
  return { items, total: totals[0]?.n ?? 0 };
}

export async function insertOrganisation(db: Db, values: typeof organisations.$inferInsert) {
  const rows = await db.insert(organisations).values(values).returning();
  return rows[0]!;
}

export async function updateOrganisationIfVersion(db: Db, id: string, version: number, values: Partial<typeof organisations.$inferInsert>) {
  const rows = await db
    .update(organisations)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(and(eq(organisations.id, id), eq(organisations.version, version)))
    .returning();
  return rows[0];
}

export async function deleteOrganisationRow(db: Db, id: string) {
  await db.delete(organisations).where(eq(organisations.id, id));
}

export async function countChildren(db: Db, id: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(organisations).where(eq(organisations.parentId, id));
  return row?.n ?? 0;
}

export async function provinceExists(db: Db, code: string): Promise<boolean> {
  const rows = await db.select({ code: provinces.code }).from(provinces).where(eq(provinces.code, code)).limit(1);
  return rows.length > 0;
}

/** Bodies of one province (null: national) whose search key contains this folded name: candidates for a duplicate. */
export async function organisationsWithNameIn(db: Db, provinceCode: string | null, foldedName: string) {
  return db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(
      and(
        provinceCode ? eq(organisations.provinceCode, provinceCode) : isNull(organisations.provinceCode),
        sql`${organisations.searchKey} like ${containsPattern(foldedName)}`,
      ),
    )
    .limit(50);
}
