import { auditListQuerySchema, auditListSchema } from '../../../shared/api/audit.js';
import type { App } from '../../http/route-types.js';
import { provinceScope } from '../auth/actor.js';
import { listAuditEntries } from './queries.js';

// Dates in the filter are days in Vietnam (UTC+7, no daylight saving), not UTC days.
const startOfDay = (isoDate: string) => new Date(`${isoDate}T00:00:00+07:00`);
const dayAfter = (isoDate: string) => new Date(startOfDay(isoDate).getTime() + 86_400_000);

export async function auditRoutes(app: App) {
  const { db } = app.deps;

  // Read-only on purpose: the audit log has no update or delete route (and the database refuses both).
  app.get(
    '/audit',
    {
      config: { access: 'audit.read' },
      schema: { tags: ['audit'], summary: 'Nhật ký thay đổi', querystring: auditListQuerySchema, response: { 200: auditListSchema } },
    },
    async (request) => {
      const q = request.query;
      const scope = provinceScope(request.actor!);
      if (scope !== null && q.province && q.province !== scope) return { items: [], total: 0 };
      const { items, total } = await listAuditEntries(
        db,
        {
          provinceCode: scope ?? q.province,
          entityType: q.entityType,
          entityId: q.entityId,
          action: q.action,
          actor: q.actor,
          from: q.from ? startOfDay(q.from) : undefined,
          before: q.to ? dayAfter(q.to) : undefined,
        },
        q.page,
        q.pageSize,
      );
      return { items: items.map((e) => ({ ...e, at: e.at.toISOString() })), total };
    },
  );
}
