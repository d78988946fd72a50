import { and, asc, count, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { provinces } from '../admin-units/tables.js';
import { awarenessQuestions } from './tables.js';

export type QuestionRow = typeof awarenessQuestions.$inferSelect;

export type QuestionFilter = {
  /** The province whose own questions the caller sees besides the national bank; null: every province. */
  visibleProvince: string | null;
  words: string[];
  theme?: string;
  owner?: 'national' | 'province';
  /** Only this province's own questions. */
  province?: string;
  active?: boolean;
};

function conditions(f: QuestionFilter): SQL | undefined {
  const c: Array<SQL | undefined> = [];
  if (f.visibleProvince !== null) c.push(or(isNull(awarenessQuestions.provinceCode), eq(awarenessQuestions.provinceCode, f.visibleProvince)));
  for (const word of f.words) c.push(sql`${awarenessQuestions.searchKey} like ${`%${word}%`}`);
  if (f.theme) c.push(eq(awarenessQuestions.theme, f.theme));
  if (f.owner === 'national') c.push(isNull(awarenessQuestions.provinceCode));
  if (f.owner === 'province') c.push(sql`${awarenessQuestions.provinceCode} is not null`);
  if (f.province) c.push(eq(awarenessQuestions.provinceCode, f.province));
  if (f.active !== undefined) c.push(eq(awarenessQuestions.active, f.active));
  return and(...c);
}

const withProvince = { question: awarenessQuestions, provinceName: provinces.name };

/** A page of the bank: by theme, then the national bank before provinces', then text. */
export async function listQuestionRows(db: Db, filter: QuestionFilter, page: number, pageSize: number) {
  const where = conditions(filter);
  const [items, totals] = await Promise.all([
    db
      .select(withProvince)
      .from(awarenessQuestions)
      .leftJoin(provinces, eq(provinces.code, awarenessQuestions.provinceCode))
      .where(where)
      .orderBy(asc(awarenessQuestions.theme), sql`${awarenessQuestions.provinceCode} nulls first`, asc(awarenessQuestions.searchKey), asc(awarenessQuestions.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(awarenessQuestions).where(where),
  ]);
  return { items, total: totals[0]?.n ?? 0 };
}

export async function findQuestionRow(db: Db, id: string) {
  const rows = await db.select(withProvince).from(awarenessQuestions).leftJoin(provinces, eq(provinces.code, awarenessQuestions.provinceCode)).where(eq(awarenessQuestions.id, id));
  return rows[0];
}
export type QuestionWithProvince = NonNullable<Awaited<ReturnType<typeof findQuestionRow>>>;

export async function questionRowsByIds(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select().from(awarenessQuestions).where(inArray(awarenessQuestions.id, ids));
}

export async function insertQuestion(db: Db, values: typeof awarenessQuestions.$inferInsert) {
  const rows = await db.insert(awarenessQuestions).values(values).returning({ id: awarenessQuestions.id });
  return rows[0]!;
}

export async function updateQuestionIfVersion(db: Db, id: string, version: number, values: Partial<typeof awarenessQuestions.$inferInsert>) {
  const rows = await db
    .update(awarenessQuestions)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(and(eq(awarenessQuestions.id, id), eq(awarenessQuestions.version, version)))
    .returning({ id: awarenessQuestions.id });
  return rows[0];
}

export async function deleteQuestionRow(db: Db, id: string) {
  await db.delete(awarenessQuestions).where(eq(awarenessQuestions.id, id));
}

/** Whether the national bank already holds a question with this text (the demo seed stays idempotent). */
export async function nationalQuestionExists(db: Db, text: string) {
  const rows = await db
    .select({ id: awarenessQuestions.id })
    .from(awarenessQuestions)
    .where(and(isNull(awarenessQuestions.provinceCode), eq(awarenessQuestions.text, text)))
    .limit(1);
  return rows.length > 0;
}
