import { and, count, desc, eq, gte, ilike, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { containsPattern } from '../../db/like-pattern.js';
import { auditLog } from './tables.js';

export type AuditFilter = {
  provinceCode?: string | null;
  entityType?: string;
  entityId?: string;
  action?: string;
  actor?: string;
  from?: Date;
  /** Exclusive upper bound. */
  before?: Date;
};

export async function listAuditEntries(db: Db, filter: AuditFilter, page: number, pageSize: number) {
  const conditions: SQL[] = [];
  if (filter.provinceCode) conditions.push(eq(auditLog.provinceCode, filter.provinceCode));
  if (filter.entityType) conditions.push(eq(auditLog.entityType, filter.entityType));
  if (filter.entityId) conditions.push(eq(auditLog.entityId, filter.entityId));
  if (filter.action) conditions.push(eq(auditLog.action, filter.action));
  if (filter.actor) conditions.push(ilike(auditLog.actorEmail, containsPattern(filter.actor)));
  if (filter.from) conditions.push(gte(auditLog.at, filter.from));
  if (filter.before) conditions.push(lt(auditLog.at, filter.before));
  const where = conditions.length ? and(...conditions) : undefined;
  const [items, totals] = await Promise.all([
    db.select().from(auditLog).where(where).orderBy(desc(auditLog.id)).limit(pageSize).offset((page - 1) * pageSize),
    db.select({ n: count() }).from(auditLog).where(where),
  ]);
  return { items, total: totals[0]?.n ?? 0 };
}
