import { z } from 'zod';
import { idParamsSchema } from '../../../shared/api/common.js';
import { questionInputSchema, questionListQuerySchema, questionListSchema, questionSchema, questionUpdateSchema } from '../../../shared/api/awareness.js';
import type { App } from '../../http/route-types.js';
import { createQuestion, deleteQuestion, getQuestion, listQuestions, updateQuestion } from './question-service.js';

const tags = ['awareness'];

/** The question bank; reading needs `conferences.read`, writing `conferences.manage` and ownership (service). */
export async function questionRoutes(app: App) {
  const { db } = app.deps;

  app.get(
    '/awareness/questions',
    {
      config: { access: 'conferences.read' },
      schema: { tags, summary: 'Ngân hàng câu hỏi kiểm tra nhận thức (quốc gia và của tỉnh)', querystring: questionListQuerySchema, response: { 200: questionListSchema } },
    },
    async (request) => listQuestions(db, request.actor!, request.query),
  );

  app.post(
    '/awareness/questions',
    {
      config: { access: 'conferences.manage' },
      schema: { tags, summary: 'Thêm câu hỏi (tài khoản tỉnh: vào câu hỏi của tỉnh mình; quản trị quốc gia: ngân hàng quốc gia hoặc của một tỉnh)', body: questionInputSchema, response: { 201: questionSchema } },
    },
    async (request, reply) => reply.code(201).send(await createQuestion(db, request.actor!, request.body)),
  );

  app.get(
    '/awareness/questions/:id',
    { config: { access: 'conferences.read' }, schema: { tags, summary: 'Một câu hỏi', params: idParamsSchema, response: { 200: questionSchema } } },
    async (request) => getQuestion(db, request.actor!, request.params.id),
  );

  app.put(
    '/awareness/questions/:id',
    {
      config: { access: 'conferences.manage' },
      schema: { tags, summary: 'Sửa câu hỏi (kiểm tra phiên bản, 409 nếu đã bị sửa)', params: idParamsSchema, body: questionUpdateSchema, response: { 200: questionSchema } },
    },
    async (request) => updateQuestion(db, request.actor!, request.params.id, request.body),
  );

  app.delete(
    '/awareness/questions/:id',
    {
      config: { access: 'conferences.manage' },
      schema: { tags, summary: 'Xóa câu hỏi (bài kiểm tra đã lập vẫn giữ bản sao câu hỏi)', params: idParamsSchema, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await deleteQuestion(db, request.actor!, request.params.id);
      return reply.code(204).send(null);
    },
  );
}
