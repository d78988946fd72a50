import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { App } from '../../http/route-types.js';

export const healthSchema = z
  .object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) })
  .meta({ id: 'Health' });

export async function healthRoutes(app: App) {
  app.get(
    '/health',
    {
      config: { access: 'public' },
      schema: { tags: ['system'], summary: 'Tình trạng máy chủ và cơ sở dữ liệu', response: { 200: healthSchema } },
    },
    async () => {
      // A real round trip, so a monitor learns when the database stops answering.
      await app.deps.db.execute(sql`select 1`);
      return { status: 'ok' as const, database: app.deps.databaseKind };
    },
  );
}
