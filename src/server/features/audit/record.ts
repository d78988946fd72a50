import type { Db } from '../../db/client.js';
import type { Actor } from '../auth/actor.js';
import { auditLog } from './tables.js';

export type AuditEntry = {
  action: 'create' | 'update' | 'delete' | 'disable' | 'enable' | 'password_reset' | 'password_change' | 'login' | 'restore' | string;
  entityType: string;
  entityId: string;
  provinceCode: string | null;
  before?: unknown;
  after?: unknown;
};

/** Fields never copied into the trail. */
const secretFields = new Set(['passwordHash', 'password', 'tokenHash']);

function redact(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(redact);
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([k]) => !secretFields.has(k))
        .map(([k, v]) => [k, redact(v)]),
    );
  }
  return value;
}

/**
 * Appends one change to the audit log. Call it inside the same transaction as the change,
 * so a change and its record commit or roll back together.
 */
export async function recordAudit(db: Db, actor: Pick<Actor, 'id' | 'email'> | null, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorId: actor?.id ?? null,
    actorEmail: actor?.email ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    provinceCode: entry.provinceCode,
    before: redact(entry.before),
    after: redact(entry.after),
  });
}
