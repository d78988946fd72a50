import { z } from 'zod';
import { idParamsSchema } from '../../../shared/api/common.js';
import {
  visitCreateSchema,
  visitDetailSchema,
  visitListQuerySchema,
  visitListSchema,
  visitRecommendationsResultSchema,
  visitRecommendationsSchema,
  visitUpdateSchema,
} from '../../../shared/api/working-visits.js';
import type { App } from '../../http/route-types.js';
import { addRecommendations, createVisit, deleteVisit, getVisit, listVisits, updateVisit } from './service.js';

const tags = ['working-visits'];

/** Working visits (đoàn công tác): the list, one visit with its follow-up items, create, edit, delete, and recommendations turned into items. */
export async function workingVisitRoutes(app: App) {
  const { db } = app.deps;

  app.get(
    '/working-visits',
    {
      config: { access: 'followup.read' },
      schema: { tags, summary: 'Danh sách đoàn công tác (lọc theo tỉnh, năm; tìm không cần dấu)', querystring: visitListQuerySchema, response: { 200: visitListSchema } },
    },
    async (request) => listVisits(db, request.actor!, request.query),
  );

  app.get(
    '/working-visits/:id',
    {
      config: { access: 'followup.read' },
      schema: { tags, summary: 'Một đoàn công tác với các việc theo dõi từ kiến nghị của đoàn', params: idParamsSchema, response: { 200: visitDetailSchema } },
    },
    async (request) => getVisit(db, request.actor!, request.params.id),
  );

  app.post(
    '/working-visits',
    {
      config: { access: 'followup.manage' },
      schema: { tags, summary: 'Tạo đoàn công tác (kèm các kiến nghị, mỗi kiến nghị thành một việc theo dõi)', body: visitCreateSchema, response: { 201: visitDetailSchema } },
    },
    async (request, reply) => reply.code(201).send(await createVisit(db, request.actor!, request.body)),
  );

  app.put(
    '/working-visits/:id',
    {
      config: { access: 'followup.manage' },
      schema: { tags, summary: 'Sửa đoàn công tác; 409 nếu người khác đã sửa trước', params: idParamsSchema, body: visitUpdateSchema, response: { 200: visitDetailSchema } },
    },
    async (request) => updateVisit(db, request.actor!, request.params.id, request.body),
  );

  app.delete(
    '/working-visits/:id',
    {
      config: { access: 'followup.manage' },
      schema: {
        tags,
        summary: 'Xóa đoàn công tác (chỉ khi chưa việc theo dõi nào của đoàn được cập nhật; các việc chưa thực hiện bị xóa theo)',
        params: idParamsSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deleteVisit(db, request.actor!, request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/working-visits/:id/recommendations',
    {
      config: { access: 'followup.manage' },
      schema: {
        tags,
        summary: 'Thêm kiến nghị, phát hiện của đoàn: mỗi mục thành một việc theo dõi của tỉnh được khảo sát',
        params: idParamsSchema,
        body: visitRecommendationsSchema,
        response: { 201: visitRecommendationsResultSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await addRecommendations(db, request.actor!, request.params.id, request.body)),
  );
}
