import { and, eq, or } from 'drizzle-orm';
import { z } from 'zod';
import { idParamsSchema } from '../../../shared/api/common.js';
import type { Db } from '../../db/client.js';
import { notFound } from '../../errors.js';
import { attachment } from '../../http/attachment.js';
import type { App } from '../../http/route-types.js';
import type { Actor } from '../auth/actor.js';
import { getConference } from '../conferences/service.js';
import { conferenceMaterials, conferenceSources } from '../conferences/tables.js';
import { visibleDocuments } from '../intake/documents.js';
import { intakeDocuments } from '../intake/tables.js';
import { findStoredFile } from './store.js';

/**
 * A stored file is readable by whoever may see a record that refers to it: a conference that
 * lists it as a source or material, or an intake document of theirs. Nobody browses files.
 */
async function assertCanRead(db: Db, actor: Actor, fileId: string) {
  const [doc] = await db
    .select({ id: intakeDocuments.id })
    .from(intakeDocuments)
    .where(and(eq(intakeDocuments.fileId, fileId), visibleDocuments(actor)))
    .limit(1);
  if (doc) return;
  const owners = await db
    .selectDistinct({ conferenceId: conferenceSources.conferenceId })
    .from(conferenceSources)
    .where(eq(conferenceSources.fileId, fileId))
    .union(db.selectDistinct({ conferenceId: conferenceMaterials.conferenceId }).from(conferenceMaterials).where(or(eq(conferenceMaterials.fileId, fileId))));
  for (const { conferenceId } of owners) {
    try {
      await getConference(db, actor, conferenceId);
      return;
    } catch {
      // not visible through this conference; try the next
    }
  }
  throw notFound('Tệp');
}

export async function fileRoutes(app: App) {
  const { db } = app.deps;
  app.get(
    '/files/:id',
    {
      config: { access: 'conferences.read' },
      schema: {
        tags: ['files'],
        summary: 'Tải tệp gốc đã lưu (tài liệu nguồn, tài liệu hội nghị)',
        params: idParamsSchema,
        response: { 200: z.any().describe('Nội dung tệp').meta({ type: 'string', format: 'binary' }) },
      },
    },
    async (request, reply) => {
      await assertCanRead(db, request.actor!, request.params.id);
      const file = await findStoredFile(db, request.params.id);
      if (!file) throw notFound('Tệp');
      const dot = file.fileName.lastIndexOf('.');
      const [name, extension] = dot > 0 ? [file.fileName.slice(0, dot), file.fileName.slice(dot + 1)] : [file.fileName, 'bin'];
      return reply
        .type(file.mediaType)
        .header('content-disposition', attachment(name, extension.toLowerCase().replace(/[^a-z0-9]/g, '') || 'bin'))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(file.content);
    },
  );
}
