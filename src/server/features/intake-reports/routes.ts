import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { idParamsSchema } from '../../../shared/api/common.js';
import { INTAKE_UPLOAD_CONTENT_TYPE } from '../../../shared/api/intake.js';
import {
  intakeReportDropSchema,
  intakeReportListSchema,
  intakeReportSaveResultSchema,
  intakeReportSchema,
  intakeReportSummarySchema,
  saveRecommendationsSchema,
  saveReportSchema,
} from '../../../shared/api/intake-reports.js';
import { FILE_NAME_HEADER } from '../../../shared/api/participants.js';
import { formatViNumber } from '../../../shared/text/index.js';
import { AppError } from '../../errors.js';
import type { App } from '../../http/route-types.js';
import { guardRequest } from '../auth/guard.js';
import { closeReportReader } from './reader.js';
import { saveRecommendationList, saveReportProposal } from './save.js';
import { dropReport, getReport, listUploadedReports, uploadReport } from './service.js';

const tags = ['intake-reports'];
const megabytes = (bytes: number) => formatViNumber(bytes / 1024 / 1024, { maximumFractionDigits: 1 });
const fileBody = z.any().describe('Nội dung tệp .docx, .pdf (có lớp chữ), .xlsx, .txt hoặc .html').meta({ type: 'string', format: 'binary' });
const uploadHeaders = z.object({ [FILE_NAME_HEADER]: z.string().max(1000).optional().describe('Tên tệp, mã hóa phần trăm (encodeURIComponent)') });

function fileNameOf(request: FastifyRequest): string {
  const raw = request.headers[FILE_NAME_HEADER];
  if (typeof raw === 'string' && raw) {
    try {
      return decodeURIComponent(raw).normalize('NFC').replace(/\0/gu, '').slice(0, 255) || 'bao-cao';
    } catch {
      // a badly encoded name is not worth refusing the document for
    }
  }
  return 'bao-cao';
}

/**
 * Intake of provincial reports and lists of recommendations: upload (raw body, the type found
 * from the bytes), review, save into the unit's draft indicator report and the follow-up list,
 * or drop. Who may do what is the services' job: indicator reporting rules for figures, follow-up
 * rules for items.
 */
export async function intakeReportRoutes(app: App) {
  const { db, config } = app.deps;
  const uploadBytes = config.intakeLimits.maxFileBytes;
  app.addHook('onClose', async () => closeReportReader());
  app.addContentTypeParser(INTAKE_UPLOAD_CONTENT_TYPE, { parseAs: 'buffer', bodyLimit: uploadBytes }, (_request, body, done) => done(null, body));
  app.addHook('preParsing', async (request, _reply, payload) => {
    if (!(request.headers['content-type'] ?? '').startsWith(INTAKE_UPLOAD_CONTENT_TYPE)) return payload;
    await guardRequest(request, db);
    const length = Number(request.headers['content-length'] ?? 0);
    if (length > uploadBytes) throw new AppError('PAYLOAD_TOO_LARGE', `Tệp nặng ${megabytes(length)} MB, vượt giới hạn ${megabytes(uploadBytes)} MB cho mỗi tài liệu.`);
    return payload;
  });

  app.post(
    '/intake-reports/documents',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Tải lên báo cáo của tỉnh (sơ kết, tổng kết) hoặc danh sách khuyến nghị: nhận dạng và đề xuất số liệu, việc theo dõi (chưa ghi gì khác)',
        description: 'Cần quyền báo cáo chỉ tiêu hoặc quản lý việc theo dõi. 413/415/422 khi tệp không đọc được (PDF quét không có lớp chữ: 422, nêu số trang).',
        consumes: [INTAKE_UPLOAD_CONTENT_TYPE],
        headers: uploadHeaders,
        body: fileBody,
        response: { 201: intakeReportSummarySchema },
      },
    },
    async (request, reply) => {
      const bytes = Buffer.isBuffer(request.body) ? request.body : null;
      if (!bytes || bytes.length === 0) throw new AppError('UNREADABLE_DOCUMENT', 'Tệp trống: không có nội dung để đọc.');
      return reply.code(201).send(await uploadReport(db, request.actor!, { bytes, fileName: fileNameOf(request) }, config.intakeLimits));
    },
  );

  app.get(
    '/intake-reports/documents',
    { config: { access: 'authenticated' }, schema: { tags, summary: 'Báo cáo và danh sách khuyến nghị đã tải lên (mới nhất trước)', response: { 200: intakeReportListSchema } } },
    async (request) => listUploadedReports(db, request.actor!),
  );

  app.get(
    '/intake-reports/documents/:id',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: 'Một tài liệu: văn bản, đề xuất (số liệu kèm bằng chứng, việc theo dõi, khuyến nghị) và báo cáo chỉ tiêu sẽ nhận số liệu', params: idParamsSchema, response: { 200: intakeReportSchema } },
    },
    async (request) => getReport(db, request.actor!, request.params.id),
  );

  app.post(
    '/intake-reports/documents/:id/save-report',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Lưu số liệu đã duyệt vào báo cáo chỉ tiêu đang soạn của đơn vị và các hạn chế, phương hướng đã chọn thành việc theo dõi (tất cả hoặc không gì)',
        params: idParamsSchema,
        body: saveReportSchema,
        response: { 200: intakeReportSaveResultSchema },
      },
    },
    async (request) => saveReportProposal(db, request.actor!, request.params.id, request.body),
  );

  app.post(
    '/intake-reports/documents/:id/save-recommendations',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: 'Lưu các khuyến nghị đã chọn của danh sách thành việc theo dõi', params: idParamsSchema, body: saveRecommendationsSchema, response: { 200: intakeReportSaveResultSchema } },
    },
    async (request) => saveRecommendationList(db, request.actor!, request.params.id, request.body),
  );

  app.post(
    '/intake-reports/documents/:id/drop',
    { config: { access: 'authenticated' }, schema: { tags, summary: 'Bỏ qua tài liệu (không lưu gì)', params: idParamsSchema, body: intakeReportDropSchema, response: { 200: intakeReportSummarySchema } } },
    async (request) => dropReport(db, request.actor!, request.params.id, request.body.version),
  );
}
