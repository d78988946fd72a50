import { and, asc, count, eq, isNull, max, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { queryRows } from '../../db/query-rows.js';
import { conferences, connectionPoints } from '../conferences/tables.js';
import { awarenessCodes, awarenessPlans, awarenessResponses } from './tables.js';

export type PlanRow = typeof awarenessPlans.$inferSelect;

export async function findPlan(db: Db, conferenceId: string): Promise<PlanRow | undefined> {
  const rows = await db.select().from(awarenessPlans).where(eq(awarenessPlans.conferenceId, conferenceId));
  return rows[0];
}

/** The plan behind a public link, with what the phone page may show of its conference. */
export async function findPlanByToken(db: Db, token: string) {
  const rows = await db
    .select({ plan: awarenessPlans, title: conferences.title, startDate: conferences.startDate })
    .from(awarenessPlans)
    .innerJoin(conferences, eq(conferences.id, awarenessPlans.conferenceId))
    .where(eq(awarenessPlans.publicToken, token));
  return rows[0];
}

/** Creates the plan unless one exists; false when another request created it first. */
export async function insertPlanIfAbsent(db: Db, values: typeof awarenessPlans.$inferInsert): Promise<boolean> {
  const rows = await db.insert(awarenessPlans).values(values).onConflictDoNothing({ target: awarenessPlans.conferenceId }).returning({ id: awarenessPlans.conferenceId });
  return rows.length > 0;
}

/** Holds the plan's row until the transaction ends (`db` must be one): its writers take turns. */
export async function lockPlanRow(db: Db, conferenceId: string): Promise<void> {
  await db.select({ id: awarenessPlans.conferenceId }).from(awarenessPlans).where(eq(awarenessPlans.conferenceId, conferenceId)).for('no key update');
}

export async function updatePlanIfVersion(db: Db, conferenceId: string, version: number, values: Partial<typeof awarenessPlans.$inferInsert>) {
  const rows = await db
    .update(awarenessPlans)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(and(eq(awarenessPlans.conferenceId, conferenceId), eq(awarenessPlans.version, version)))
    .returning({ version: awarenessPlans.version });
  return rows[0];
}

export async function countCodes(db: Db, conferenceId: string): Promise<number> {
  const rows = await db.select({ n: count() }).from(awarenessCodes).where(eq(awarenessCodes.conferenceId, conferenceId));
  return rows[0]?.n ?? 0;
}

export async function lastBatch(db: Db, conferenceId: string): Promise<number> {
  const rows = await db.select({ n: max(awarenessCodes.batch) }).from(awarenessCodes).where(eq(awarenessCodes.conferenceId, conferenceId));
  return rows[0]?.n ?? 0;
}

/** Inserts codes, skipping any that already exist in the conference; returns how many went in. */
export async function insertCodesSkippingTaken(db: Db, conferenceId: string, connectionPointId: string | null, batch: number, codes: string[]): Promise<number> {
  if (codes.length === 0) return 0;
  const inserted = await db
    .insert(awarenessCodes)
    .values(codes.map((code) => ({ conferenceId, connectionPointId, batch, code })))
    .onConflictDoNothing()
    .returning({ id: awarenessCodes.id });
  return inserted.length;
}

export type CodeFilter = { conferenceId: string; batch?: number; connectionPoint?: string };

function codeConditions(f: CodeFilter) {
  return and(
    eq(awarenessCodes.conferenceId, f.conferenceId),
    f.batch ? eq(awarenessCodes.batch, f.batch) : undefined,
    f.connectionPoint === 'none' ? isNull(awarenessCodes.connectionPointId) : f.connectionPoint ? eq(awarenessCodes.connectionPointId, f.connectionPoint) : undefined,
  );
}

/** Codes in print order (batch, then point, then code), each with the phases it was used in. */
export async function listCodeRows(db: Db, filter: CodeFilter, page: number, pageSize: number) {
  const where = codeConditions(filter);
  const used = sql<string[]>`coalesce((select json_agg(r.phase order by r.phase) from ${awarenessResponses} r where r.code_id = ${awarenessCodes.id}), '[]'::json)`;
  const [items, totals] = await Promise.all([
    db
      .select({ code: awarenessCodes, pointName: connectionPoints.name, pointPosition: connectionPoints.position, used })
      .from(awarenessCodes)
      .leftJoin(connectionPoints, eq(connectionPoints.id, awarenessCodes.connectionPointId))
      .where(where)
      .orderBy(asc(awarenessCodes.batch), sql`${connectionPoints.position} nulls first`, asc(awarenessCodes.code))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(awarenessCodes).where(where),
  ]);
  return { items, total: totals[0]?.n ?? 0 };
}

export async function findCode(db: Db, conferenceId: string, code: string) {
  const rows = await db
    .select()
    .from(awarenessCodes)
    .where(and(eq(awarenessCodes.conferenceId, conferenceId), eq(awarenessCodes.code, code)));
  return rows[0];
}

export async function phasesUsedBy(db: Db, codeId: string): Promise<string[]> {
  const rows = await db.select({ phase: awarenessResponses.phase }).from(awarenessResponses).where(eq(awarenessResponses.codeId, codeId));
  return rows.map((r) => r.phase);
}

export async function insertResponse(db: Db, values: typeof awarenessResponses.$inferInsert) {
  await db.insert(awarenessResponses).values(values);
}

export async function responseCountsByPhase(db: Db, conferenceId: string) {
  return db
    .select({ phase: awarenessResponses.phase, n: count() })
    .from(awarenessResponses)
    .where(eq(awarenessResponses.conferenceId, conferenceId))
    .groupBy(awarenessResponses.phase);
}

/** Every response of a conference with the point its code was printed for (results are computed from these; comments are read apart). */
export async function responsesOf(db: Db, conferenceId: string) {
  return db
    .select({
      codeId: awarenessResponses.codeId,
      phase: awarenessResponses.phase,
      answers: awarenessResponses.answers,
      connectionPointId: awarenessCodes.connectionPointId,
    })
    .from(awarenessResponses)
    .innerJoin(awarenessCodes, eq(awarenessCodes.id, awarenessResponses.codeId))
    .where(eq(awarenessResponses.conferenceId, conferenceId))
    .orderBy(asc(awarenessResponses.id));
}

/** Codes issued and used per point (null: codes for the whole conference). */
export async function codeUseByPoint(db: Db, conferenceId: string) {
  const rows = await queryRows<{ connection_point_id: string | null; issued: unknown; used: unknown }>(
    db,
    sql`select c.connection_point_id, count(*) as issued,
          count(*) filter (where exists (select 1 from ${awarenessResponses} r where r.code_id = c.id)) as used
        from ${awarenessCodes} c where c.conference_id = ${conferenceId}
        group by c.connection_point_id`,
  );
  return rows.map((r) => ({ connectionPointId: r.connection_point_id, issued: Number(r.issued), used: Number(r.used) }));
}

/** Creates the conference's plan (with its link) unless it exists; racing callers agree on one. */
export async function ensurePlan(db: Db, conferenceId: string, publicToken: string, updatedBy: string) {
  await db.insert(awarenessPlans).values({ conferenceId, publicToken, updatedBy }).onConflictDoNothing({ target: awarenessPlans.conferenceId });
}

export async function updatePhase(db: Db, conferenceId: string, values: Partial<typeof awarenessPlans.$inferInsert>) {
  await db
    .update(awarenessPlans)
    .set({ ...values, version: sql`${awarenessPlans.version} + 1`, updatedAt: new Date() })
    .where(eq(awarenessPlans.conferenceId, conferenceId));
}
