import { z } from 'zod';
import { idParamsSchema } from '../../../shared/api/common.js';
import {
  conferenceInputSchema,
  conferenceListQuerySchema,
  conferenceListSchema,
  conferenceSchema,
  conferenceUpdateSchema,
} from '../../../shared/api/conferences.js';
import type { App } from '../../http/route-types.js';
import { createConference, deleteConference, getConference, listConferences, restoreConference, updateConference } from './service.js';

const tags = ['conferences'];

export async function conferenceRoutes(app: App) {
  const { db } = app.deps;

  app.get(
    '/conferences',
    {
      config: { access: 'conferences.read' },
      schema: { tags, summary: 'Danh sách hội nghị tập huấn (lọc, tìm kiếm, phân trang)', querystring: conferenceListQuerySchema, response: { 200: conferenceListSchema } },
    },
    async (request) => listConferences(db, request.actor!, request.query),
  );

  app.post(
    '/conferences',
    {
      config: { access: 'conferences.manage' },
      schema: { tags, summary: 'Ghi nhận hội nghị cùng điểm cầu, chuyên đề, đại biểu, kết quả', body: conferenceInputSchema, response: { 201: conferenceSchema } },
    },
    async (request, reply) => reply.code(201).send(await createConference(db, request.actor!, request.body)),
  );

  app.get(
    '/conferences/:id',
    {
      config: { access: 'conferences.read' },
      schema: { tags, summary: 'Một hội nghị, đầy đủ', params: idParamsSchema, response: { 200: conferenceSchema } },
    },
    async (request) => getConference(db, request.actor!, request.params.id),
  );

  app.put(
    '/conferences/:id',
    {
      config: { access: 'conferences.manage' },
      schema: { tags, summary: 'Sửa hội nghị (kiểm tra phiên bản, 409 nếu đã bị sửa)', params: idParamsSchema, body: conferenceUpdateSchema, response: { 200: conferenceSchema } },
    },
    async (request) => updateConference(db, request.actor!, request.params.id, request.body),
  );

  app.delete(
    '/conferences/:id',
    {
      config: { access: 'conferences.manage' },
      schema: { tags, summary: 'Xóa hội nghị', params: idParamsSchema, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await deleteConference(db, request.actor!, request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/conferences/:id/restore',
    {
      config: { access: 'conferences.manage' },
      schema: {
        tags,
        summary: 'Hoàn tác việc xóa hội nghị (trong vài phút sau khi xóa): khôi phục hội nghị với mọi dữ liệu đi kèm',
        params: idParamsSchema,
        response: { 200: conferenceSchema },
      },
    },
    async (request) => restoreConference(db, request.actor!, request.params.id),
  );
}
