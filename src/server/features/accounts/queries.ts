import { and, count, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { containsPattern } from '../../db/like-pattern.js';
import { users } from './tables.js';

export type UserRow = typeof users.$inferSelect;

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  const rows = await db.select().from(users).where(eq(users.email, email.toLowerCase())).limit(1);
  return rows[0];
}

export async function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  const rows = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return rows[0];
}

export async function insertUser(db: Db, values: typeof users.$inferInsert): Promise<UserRow> {
  const rows = await db.insert(users).values(values).returning();
  return rows[0]!;
}

/** Updates only when `version` still matches; returns undefined when someone else changed it first. */
export async function updateUserIfVersion(
  db: Db,
  id: string,
  version: number,
  values: Partial<typeof users.$inferInsert>,
): Promise<UserRow | undefined> {
  const rows = await db
    .update(users)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(and(eq(users.id, id), eq(users.version, version)))
    .returning();
  return rows[0];
}

export async function setLastLogin(db: Db, id: string) {
  await db.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, id));
}

export async function countUsers(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users);
  return row?.n ?? 0;
}

export type UserFilter = { provinceCode?: string | null; role?: string; q?: string };

export async function listUsers(db: Db, filter: UserFilter, page: number, pageSize: number) {
  const conditions: SQL[] = [];
  if (filter.provinceCode) conditions.push(eq(users.provinceCode, filter.provinceCode));
  if (filter.role) conditions.push(eq(users.role, filter.role));
  if (filter.q) {
    const like = containsPattern(filter.q);
    // unaccent folds diacritics (and đ) on both sides, so `nguyen van` finds `Nguyễn Văn`.
    conditions.push(or(ilike(users.email, like), sql`unaccent(${users.fullName}) ilike unaccent(${like})`)!);
  }
  const where = conditions.length ? and(...conditions) : undefined;
  const [items, totals] = await Promise.all([
    db.select().from(users).where(where).orderBy(desc(users.createdAt), users.email).limit(pageSize).offset((page - 1) * pageSize),
    db.select({ n: count() }).from(users).where(where),
  ]);
  return { items, total: totals[0]?.n ?? 0 };
}
