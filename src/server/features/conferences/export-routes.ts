import { z } from 'zod';
import { idParamsSchema } from '../../../shared/api/common.js';
import { conferenceListQuerySchema } from '../../../shared/api/conferences.js';
import type { App } from '../../http/route-types.js';
import { XLSX_CONTENT_TYPE } from './export/list-xlsx.js';
import { exportConferenceList, exportConferenceSummary } from './export/service.js';
import { DOCX_CONTENT_TYPE } from './export/summary-docx.js';

const tags = ['conferences'];

/** The list filters without paging: an export holds every matching conference. */
const exportQuerySchema = conferenceListQuerySchema.omit({ page: true, pageSize: true });

/**
 * A binary body, documented in OpenAPI as a file of `produces` type. Fastify sends Buffers and
 * streams without serializing them, so this schema never validates a response; it only
 * describes it.
 */
const fileResponse = (description: string) => z.any().describe(description).meta({ type: 'string', format: 'binary' });

export async function conferenceExportRoutes(app: App) {
  const { db } = app.deps;

  app.get(
    '/conferences/:id/summary.docx',
    {
      config: { access: 'conferences.read' },
      schema: {
        tags,
        summary: 'Báo cáo kết quả một hội nghị (Word, thể thức Nghị định 30/2020/NĐ-CP)',
        params: idParamsSchema,
        produces: [DOCX_CONTENT_TYPE],
        response: { 200: fileResponse('Tệp Word (.docx)') },
      },
    },
    async (request, reply) => {
      const { body, disposition } = await exportConferenceSummary(db, request.actor!, request.params.id);
      return reply.type(DOCX_CONTENT_TYPE).header('content-disposition', disposition).header('cache-control', 'no-store').send(body);
    },
  );

  app.get(
    '/conferences/export.xlsx',
    {
      config: { access: 'conferences.read' },
      schema: {
        tags,
        summary: 'Xuất danh sách hội nghị ra Excel (mọi hội nghị khớp bộ lọc, kèm bảng tổng hợp theo tỉnh)',
        description: 'Cùng bộ lọc với GET /api/conferences, không phân trang; quá 100.000 hội nghị thì trả về 400.',
        querystring: exportQuerySchema,
        produces: [XLSX_CONTENT_TYPE],
        response: { 200: fileResponse('Tệp Excel (.xlsx)') },
      },
    },
    async (request, reply) => {
      const { stream, disposition } = await exportConferenceList(db, request.actor!, request.query);
      return reply.type(XLSX_CONTENT_TYPE).header('content-disposition', disposition).header('cache-control', 'no-store').send(stream);
    },
  );
}
