import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { idParamsSchema } from '../../../shared/api/common.js';
import {
  INTAKE_UPLOAD_CONTENT_TYPE,
  intakeConfirmResultSchema,
  intakeConfirmSchema,
  intakeDocumentSchema,
  intakeDocumentSummarySchema,
  intakeDropSchema,
  intakeListQuerySchema,
  intakeListSchema,
  intakePasteSchema,
  intakeUploadQuerySchema,
} from '../../../shared/api/intake.js';
import { FILE_NAME_HEADER } from '../../../shared/api/participants.js';
import { formatViNumber } from '../../../shared/text/index.js';
import { AppError } from '../../errors.js';
import type { App } from '../../http/route-types.js';
import { guardRequest } from '../auth/guard.js';
import { confirmDocument } from './confirm.js';
import { listDocuments } from './documents.js';
import { closeIntakePipeline } from './pipeline.js';
import { dropDocument, getDocument, ingestPaste, ingestUpload } from './service.js';

const tags = ['intake'];
const megabytes = (bytes: number) => formatViNumber(bytes / 1024 / 1024, { maximumFractionDigits: 1 });
const fileBody = z.any().describe('Nội dung tệp .txt, .html, .docx hoặc .pdf').meta({ type: 'string', format: 'binary' });
const uploadHeaders = z.object({
  [FILE_NAME_HEADER]: z.string().max(1000).optional().describe('Tên tệp, mã hóa phần trăm (encodeURIComponent)'),
});

function fileNameOf(request: FastifyRequest): string {
  const raw = request.headers[FILE_NAME_HEADER];
  if (typeof raw === 'string' && raw) {
    try {
      return decodeURIComponent(raw).normalize('NFC').slice(0, 255);
    } catch {
      // fall through: a badly encoded name is not worth refusing the document for
    }
  }
  return 'tai-lieu';
}

/**
 * Document intake: upload or paste a document, review its draft, confirm or drop it. Everything
 * here needs `conferences.manage`, since a confirmed draft becomes a conference. A file travels
 * as the raw body (`application/octet-stream`, its name in `X-File-Name`); the type is found from
 * the bytes, never trusted from the name.
 */
export async function intakeRoutes(app: App) {
  const { db, config } = app.deps;
  const uploadBytes = config.intakeLimits.maxFileBytes;
  // The reading workers hold threads of their own: stop them with the server.
  app.addHook('onClose', async () => closeIntakePipeline());

  app.addContentTypeParser(INTAKE_UPLOAD_CONTENT_TYPE, { parseAs: 'buffer', bodyLimit: uploadBytes }, (_request, body, done) => done(null, body));

  // Before the body is read: anonymous uploads are refused without taking in 20 MB, and a
  // declared size over the limit gets a message that names the limit.
  app.addHook('preParsing', async (request, _reply, payload) => {
    if (!(request.headers['content-type'] ?? '').startsWith(INTAKE_UPLOAD_CONTENT_TYPE)) return payload;
    await guardRequest(request, db);
    const length = Number(request.headers['content-length'] ?? 0);
    if (length > uploadBytes) {
      throw new AppError(
        'PAYLOAD_TOO_LARGE',
        `Tệp nặng ${megabytes(length)} MB, vượt giới hạn ${megabytes(uploadBytes)} MB cho mỗi tài liệu. Hãy tách tài liệu hoặc lưu lại dưới dạng văn bản.`,
      );
    }
    return payload;
  });

  app.post(
    '/intake/documents',
    {
      config: { access: 'conferences.manage' },
      schema: {
        tags,
        summary: 'Tải lên một tài liệu (.txt, .html, .docx, .pdf) và lập bản nháp',
        description: 'Tệp không đọc được: 413 (quá lớn), 415 (không phải loại tài liệu được hỗ trợ), 422 (trống, hỏng, không có nội dung). Không lưu gì khi lỗi.',
        consumes: [INTAKE_UPLOAD_CONTENT_TYPE],
        querystring: intakeUploadQuerySchema,
        headers: uploadHeaders,
        body: fileBody,
        response: { 201: intakeDocumentSummarySchema },
      },
    },
    async (request, reply) => {
      const bytes = Buffer.isBuffer(request.body) ? request.body : null;
      if (!bytes || bytes.length === 0) throw new AppError('UNREADABLE_DOCUMENT', 'Tệp trống: không có nội dung để đọc.');
      const summary = await ingestUpload(db, request.actor!, {
        bytes,
        fileName: fileNameOf(request),
        declaredType: null,
        sourceUrl: request.query.sourceUrl ?? null,
        batchId: request.query.batchId ?? null,
      }, config.intakeLimits);
      return reply.code(201).send(summary);
    },
  );

  app.post(
    '/intake/paste',
    {
      config: { access: 'conferences.manage' },
      schema: { tags, summary: 'Dán văn bản hoặc mã HTML của trang web đã lưu và lập bản nháp', body: intakePasteSchema, response: { 201: intakeDocumentSummarySchema } },
    },
    async (request, reply) => reply.code(201).send(await ingestPaste(db, request.actor!, request.body, config.intakeLimits)),
  );

  app.get(
    '/intake/documents',
    {
      config: { access: 'conferences.manage' },
      schema: { tags, summary: 'Hàng đợi tài liệu chờ duyệt', querystring: intakeListQuerySchema, response: { 200: intakeListSchema } },
    },
    async (request) => listDocuments(db, request.actor!, request.query),
  );

  app.get(
    '/intake/documents/:id',
    {
      config: { access: 'conferences.manage' },
      schema: { tags, summary: 'Một tài liệu: văn bản, bản nháp kèm bằng chứng, đề xuất hội nghị, tài liệu trùng', params: idParamsSchema, response: { 200: intakeDocumentSchema } },
    },
    async (request) => getDocument(db, request.actor!, request.params.id),
  );

  app.post(
    '/intake/documents/:id/confirm',
    {
      config: { access: 'conferences.manage' },
      schema: {
        tags,
        summary: 'Xác nhận bản nháp: tạo hội nghị mới, hoặc thêm làm nguồn của hội nghị đã có và điền trường còn trống',
        params: idParamsSchema,
        body: intakeConfirmSchema,
        response: { 200: intakeConfirmResultSchema },
      },
    },
    async (request) => confirmDocument(db, request.actor!, request.params.id, request.body),
  );

  app.post(
    '/intake/documents/:id/drop',
    {
      config: { access: 'conferences.manage' },
      schema: { tags, summary: 'Bỏ qua tài liệu (không tạo hội nghị)', params: idParamsSchema, body: intakeDropSchema, response: { 200: intakeDocumentSummarySchema } },
    },
    async (request) => dropDocument(db, request.actor!, request.params.id, request.body.version),
  );
}
