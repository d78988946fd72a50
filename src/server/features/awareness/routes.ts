import { z } from 'zod';
import { idParamsSchema } from '../../../shared/api/common.js';
import {
  awarenessPlanSchema,
  awarenessResultsSchema,
  checkInLinksSchema,
  codeBatchInputSchema,
  codeBatchResultSchema,
  codeListQuerySchema,
  codeListSchema,
  codeSheetQuerySchema,
  commentListQuerySchema,
  commentListSchema,
  phaseInputSchema,
  planQuestionsInputSchema,
  pointParamsSchema,
} from '../../../shared/api/awareness.js';
import type { App } from '../../http/route-types.js';
import { issueCheckInLink, listCheckInLinks } from './check-in-service.js';
import { generateCodes, listCodes } from './codes.js';
import { listSurveyComments } from './comments.js';
import { DOCX_CONTENT_TYPE, XLSX_CONTENT_TYPE, exportCodeSheet, exportSurvey } from './export/service.js';
import { getPlan, setPhase, setPlanQuestions } from './plan-service.js';
import { publicAwarenessRoutes } from './public-routes.js';
import { questionRoutes } from './question-routes.js';
import { getResults } from './results.js';

const tags = ['awareness'];

/** A binary body, described in OpenAPI as a file (Fastify sends Buffers without serializing). */
const fileResponse = (description: string) => z.any().describe(description).meta({ type: 'string', format: 'binary' });

/**
 * Awareness measurement of a conference (plan, codes, results, exports) and its connection
 * points' QR check-in links. Reads follow the conference's visibility; changes and the codes
 * themselves need the conference's manage rule (services).
 */
export async function awarenessRoutes(app: App) {
  const { db } = app.deps;

  app.get(
    '/conferences/:id/awareness',
    {
      config: { access: 'conferences.read' },
      schema: { tags, summary: 'Kế hoạch kiểm tra nhận thức và khảo sát của hội nghị', params: idParamsSchema, response: { 200: awarenessPlanSchema } },
    },
    async (request) => getPlan(db, request.actor!, request.params.id),
  );

  app.put(
    '/conferences/:id/awareness/questions',
    {
      config: { access: 'conferences.manage' },
      schema: {
        tags,
        summary: 'Chọn bộ câu hỏi (dùng chung cho bài đầu vào và đầu ra; khóa khi đã có bài làm)',
        params: idParamsSchema,
        body: planQuestionsInputSchema,
        response: { 200: awarenessPlanSchema },
      },
    },
    async (request) => setPlanQuestions(db, request.actor!, request.params.id, request.body),
  );

  app.post(
    '/conferences/:id/awareness/phases',
    {
      config: { access: 'conferences.manage' },
      schema: { tags, summary: 'Mở hoặc đóng bài đầu vào, bài đầu ra, phiếu khảo sát', params: idParamsSchema, body: phaseInputSchema, response: { 200: awarenessPlanSchema } },
    },
    async (request) => setPhase(db, request.actor!, request.params.id, request.body),
  );

  app.post(
    '/conferences/:id/awareness/codes',
    {
      config: { access: 'conferences.manage' },
      schema: { tags, summary: 'Tạo một đợt mã phiếu dùng một lần (không gắn với đại biểu)', params: idParamsSchema, body: codeBatchInputSchema, response: { 201: codeBatchResultSchema } },
    },
    async (request, reply) => reply.code(201).send(await generateCodes(db, request.actor!, request.params.id, request.body)),
  );

  app.get(
    '/conferences/:id/awareness/codes',
    {
      config: { access: 'conferences.manage' },
      schema: { tags, summary: 'Danh sách mã phiếu (để in), với giai đoạn đã dùng', params: idParamsSchema, querystring: codeListQuerySchema, response: { 200: codeListSchema } },
    },
    async (request) => listCodes(db, request.actor!, request.params.id, request.query),
  );

  app.get(
    '/conferences/:id/awareness/codes.xlsx',
    {
      config: { access: 'conferences.manage' },
      schema: { tags, summary: 'Bảng mã phiếu để in (Excel), kèm đường dẫn điền sẵn mã', params: idParamsSchema, querystring: codeSheetQuerySchema, produces: [XLSX_CONTENT_TYPE], response: { 200: fileResponse('Tệp Excel (.xlsx)') } },
    },
    async (request, reply) => {
      const origin = app.deps.config.publicOrigin ?? `${request.protocol}://${request.host}`;
      const { body, disposition } = await exportCodeSheet(db, request.actor!, request.params.id, request.query, origin);
      return reply.type(XLSX_CONTENT_TYPE).header('content-disposition', disposition).header('cache-control', 'no-store').send(body);
    },
  );

  app.get(
    '/conferences/:id/awareness/results',
    {
      config: { access: 'conferences.read' },
      schema: { tags, summary: 'Kết quả: điểm trước/sau, mức tăng theo cặp, tỷ lệ phản hồi, phân bố đánh giá, ý kiến', params: idParamsSchema, response: { 200: awarenessResultsSchema } },
    },
    async (request) => getResults(db, request.actor!, request.params.id),
  );

  app.get(
    '/conferences/:id/awareness/comments',
    {
      config: { access: 'conferences.read' },
      schema: {
        tags,
        summary: 'Ý kiến góp ý của phiếu khảo sát, mới nhất trước, theo trang (ẩn danh: kèm điểm cầu của mã phiếu, không kèm mã)',
        params: idParamsSchema,
        querystring: commentListQuerySchema,
        response: { 200: commentListSchema },
      },
    },
    async (request) => listSurveyComments(db, request.actor!, request.params.id, request.query),
  );

  for (const kind of ['docx', 'xlsx'] as const) {
    const type = kind === 'docx' ? DOCX_CONTENT_TYPE : XLSX_CONTENT_TYPE;
    app.get(
      `/conferences/:id/awareness/summary.${kind}`,
      {
        config: { access: 'conferences.read' },
        schema: {
          tags,
          summary: kind === 'docx' ? 'Báo cáo kết quả kiểm tra và khảo sát (Word, thể thức Nghị định 30/2020/NĐ-CP)' : 'Kết quả kiểm tra và khảo sát (Excel)',
          params: idParamsSchema,
          produces: [type],
          response: { 200: fileResponse(kind === 'docx' ? 'Tệp Word (.docx)' : 'Tệp Excel (.xlsx)') },
        },
      },
      async (request, reply) => {
        const { body, disposition } = await exportSurvey(db, request.actor!, request.params.id, kind);
        return reply.type(type).header('content-disposition', disposition).header('cache-control', 'no-store').send(body);
      },
    );
  }

  app.get(
    '/conferences/:id/check-in-links',
    {
      config: { access: 'conferences.manage' },
      schema: { tags, summary: 'Đường dẫn điểm danh bằng mã QR của từng điểm cầu', params: idParamsSchema, response: { 200: checkInLinksSchema } },
    },
    async (request) => listCheckInLinks(db, request.actor!, request.params.id),
  );

  app.post(
    '/conferences/:id/check-in-links/:pointId',
    {
      config: { access: 'conferences.manage' },
      schema: { tags, summary: 'Cấp (hoặc cấp lại, vô hiệu đường dẫn cũ) đường dẫn điểm danh của một điểm cầu', params: pointParamsSchema, response: { 200: checkInLinksSchema } },
    },
    async (request) => issueCheckInLink(db, request.actor!, request.params.id, request.params.pointId),
  );

  await app.register(questionRoutes);
  await app.register(publicAwarenessRoutes);
}
