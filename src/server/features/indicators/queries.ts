import { and, asc, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { rightsDomains, type RightsDomain } from '../../../shared/api/indicators.js';
import { indicatorRules, indicatorValues, indicators, reportFormIndicators, reportForms } from './tables.js';

export type IndicatorRow = typeof indicators.$inferSelect;
export type ReportFormRow = typeof reportForms.$inferSelect;
export type IndicatorRuleRow = typeof indicatorRules.$inferSelect;

export async function findIndicatorRow(db: Db, code: string): Promise<IndicatorRow | undefined> {
  const rows = await db.select().from(indicators).where(eq(indicators.code, code)).limit(1);
  return rows[0];
}

/** The catalogue rows with these codes (any order); the caller compares against what it asked for. */
export async function indicatorRowsByCodes(db: Db, codes: string[]): Promise<IndicatorRow[]> {
  if (codes.length === 0) return [];
  return db.select().from(indicators).where(inArray(indicators.code, codes));
}

export type IndicatorFilter = { words: string[]; domain?: RightsDomain; active?: boolean };

function indicatorConditions(filter: IndicatorFilter): SQL | undefined {
  const conditions: SQL[] = [];
  if (filter.domain) conditions.push(eq(indicators.domain, filter.domain));
  if (filter.active !== undefined) conditions.push(eq(indicators.active, filter.active));
  for (const word of filter.words) conditions.push(sql`${indicators.searchKey} like ${`%${word}%`}`);
  return conditions.length ? and(...conditions) : undefined;
}

/** The domains in the order the catalogue presents them (work first), not alphabetically by key. */
const domainOrder = sql`array_position(array[${sql.join(rightsDomains.map((d) => sql`${d}`), sql`, `)}]::text[], ${indicators.domain})`;

/** One page of the catalogue in the order reports list it: by domain, then position, then code. */
export async function listIndicatorRows(db: Db, filter: IndicatorFilter, page: number, pageSize: number) {
  const where = indicatorConditions(filter);
  const [items, totals] = await Promise.all([
    db
      .select()
      .from(indicators)
      .where(where)
      .orderBy(domainOrder, asc(indicators.position), asc(indicators.code))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(indicators).where(where),
  ]);
  return { items, total: totals[0]?.n ?? 0 };
}

export async function listRuleRows(db: Db): Promise<IndicatorRuleRow[]> {
  return db.select().from(indicatorRules).orderBy(asc(indicatorRules.leftCode), asc(indicatorRules.createdAt));
}

export async function findRuleRow(db: Db, id: string): Promise<IndicatorRuleRow | undefined> {
  const rows = await db.select().from(indicatorRules).where(eq(indicatorRules.id, id)).limit(1);
  return rows[0];
}

export type FormWithIndicators = { row: ReportFormRow; indicators: Array<{ indicatorCode: string; required: boolean }> };

/** Forms with their indicators in the order the form lists them; all forms when `ids` is omitted. */
export async function formsWithIndicators(db: Db, ids?: string[]): Promise<FormWithIndicators[]> {
  if (ids && ids.length === 0) return [];
  const where = ids ? inArray(reportForms.id, ids) : undefined;
  const rows = await db.select().from(reportForms).where(where).orderBy(asc(reportForms.unitKind), asc(reportForms.code));
  if (rows.length === 0) return [];
  const links = await db
    .select()
    .from(reportFormIndicators)
    .where(inArray(reportFormIndicators.formId, rows.map((r) => r.id)))
    .orderBy(asc(reportFormIndicators.position));
  return rows.map((row) => ({
    row,
    indicators: links.filter((l) => l.formId === row.id).map((l) => ({ indicatorCode: l.indicatorCode, required: l.required })),
  }));
}

/** Replaces a form's indicator list; positions follow the list's order. */
export async function writeFormIndicators(db: Db, formId: string, list: Array<{ indicatorCode: string; required: boolean }>) {
  await db.delete(reportFormIndicators).where(eq(reportFormIndicators.formId, formId));
  if (list.length === 0) return;
  await db.insert(reportFormIndicators).values(list.map((i, position) => ({ formId, indicatorCode: i.indicatorCode, required: i.required, position })));
}

/** Whether any report holds a value of the indicator (its meaning is then fixed by those values). */
export async function indicatorHasValues(db: Db, code: string): Promise<boolean> {
  const rows = await db.select({ code: indicatorValues.indicatorCode }).from(indicatorValues).where(eq(indicatorValues.indicatorCode, code)).limit(1);
  return rows.length > 0;
}
