import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  documentPreviewQuerySchema,
  followupImportLimits,
  importCommitResultSchema,
  importCommitSchema,
  importPreviewSchema,
  planPreviewQuerySchema,
  uprPreviewQuerySchema,
} from '../../../shared/api/followup-transfer.js';
import { INTAKE_UPLOAD_CONTENT_TYPE } from '../../../shared/api/intake.js';
import { CSV_CONTENT_TYPE, FILE_NAME_HEADER, XLSX_CONTENT_TYPE } from '../../../shared/api/participants.js';
import { formatViNumber } from '../../../shared/text/index.js';
import { AppError } from '../../errors.js';
import type { App } from '../../http/route-types.js';
import { guardRequest } from '../auth/guard.js';
import type { UploadReadLimits } from '../files/upload-limits.js';
import { closeUploadWorkers } from '../files/worker-pool.js';
import type { DocumentUpload, TableUpload } from './read-upload.js';
import { commitImport, previewPlanTasks, previewRecommendationList, previewUprMatrix } from './service.js';

const tags = ['followup-imports'];
const tableKinds: Record<string, 'xlsx' | 'csv'> = { [XLSX_CONTENT_TYPE]: 'xlsx', [CSV_CONTENT_TYPE]: 'csv' };
const mediaTypeOf = (request: FastifyRequest) => (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
const megabytes = (bytes: number) => formatViNumber(bytes / 1024 / 1024, { maximumFractionDigits: 1 });
const uploadHeaders = z.object({
  [FILE_NAME_HEADER]: z.string().max(1000).optional().describe('Tên tệp, mã hóa phần trăm (encodeURIComponent); chỉ dùng trong thông báo'),
});
const tableBody = z.any().describe('Nội dung tệp .xlsx hoặc .csv (UTF-8, dấu phân cách , hoặc ;)').meta({ type: 'string', format: 'binary' });
const documentBody = z.any().describe('Nội dung văn bản .docx, .pdf, .txt hoặc .html (loại tệp nhận từ nội dung)').meta({ type: 'string', format: 'binary' });

function fileNameOf(request: FastifyRequest): string | null {
  const raw = request.headers[FILE_NAME_HEADER];
  if (typeof raw !== 'string' || !raw) return null;
  try {
    return decodeURIComponent(raw).normalize('NFC').slice(0, 255);
  } catch {
    return null;
  }
}

const tableUpload = (request: FastifyRequest, limits: UploadReadLimits): TableUpload => ({
  bytes: Buffer.isBuffer(request.body) ? request.body : null,
  kind: tableKinds[mediaTypeOf(request)] ?? null,
  fileName: fileNameOf(request),
  limits,
});

/**
 * Importing follow-up items: previews of a UPR matrix, a plan's tasks and a numbered
 * recommendation list (files as the raw body, as the participants import sends them), and one
 * commit of the reviewed rows (JSON). The upload parsers and their limits exist only inside this
 * plugin; the commit's larger JSON limit only on its route.
 */
export async function followupTransferRoutes(app: App) {
  const { db, config } = app.deps;
  app.addHook('onClose', async () => closeUploadWorkers());

  app.addContentTypeParser([XLSX_CONTENT_TYPE, CSV_CONTENT_TYPE], { parseAs: 'buffer', bodyLimit: followupImportLimits.tableBytes }, (_request, body, done) => done(null, body));
  app.addContentTypeParser(INTAKE_UPLOAD_CONTENT_TYPE, { parseAs: 'buffer', bodyLimit: followupImportLimits.documentBytes }, (_request, body, done) => done(null, body));

  // Before the body is read: an anonymous or unauthorised upload is refused without taking it in,
  // and a declared size over the limit gets a message that names the limit.
  app.addHook('preParsing', async (request, _reply, payload) => {
    const type = mediaTypeOf(request);
    const limit = tableKinds[type] ? followupImportLimits.tableBytes : type === INTAKE_UPLOAD_CONTENT_TYPE ? followupImportLimits.documentBytes : null;
    if (limit === null) return payload;
    await guardRequest(request, db);
    const length = Number(request.headers['content-length'] ?? 0);
    if (length > limit) throw new AppError('PAYLOAD_TOO_LARGE', `Tệp nặng ${megabytes(length)} MB, vượt giới hạn ${megabytes(limit)} MB mỗi lần nhập. Hãy chia thành nhiều tệp.`);
    return payload;
  });

  app.post(
    '/followup-imports/upr/preview',
    {
      config: { access: 'followup.manage' },
      schema: {
        tags,
        summary: 'Nhập ma trận khuyến nghị UPR, bước 1: đọc tệp, gợi ý cột, xem trước từng dòng (không ghi gì)',
        description: 'Không gửi mapping thì dùng ánh xạ gợi ý từ tiêu đề cột (tiếng Việt hoặc tiếng Anh). Mỗi dòng kèm lỗi (errors) và cờ trùng (duplicate).',
        consumes: [XLSX_CONTENT_TYPE, CSV_CONTENT_TYPE],
        querystring: uprPreviewQuerySchema,
        headers: uploadHeaders,
        body: tableBody,
        response: { 200: importPreviewSchema },
      },
    },
    async (request) => previewUprMatrix(db, request.actor!, tableUpload(request, config.uploadLimits), request.query),
  );

  app.post(
    '/followup-imports/plan/preview',
    {
      config: { access: 'followup.manage' },
      schema: {
        tags,
        summary: 'Nhập nhiệm vụ của kế hoạch thực hiện, bước 1: đọc tệp, khớp cơ quan chủ trì và phối hợp, xem trước (không ghi gì)',
        consumes: [XLSX_CONTENT_TYPE, CSV_CONTENT_TYPE],
        querystring: planPreviewQuerySchema,
        headers: uploadHeaders,
        body: tableBody,
        response: { 200: importPreviewSchema },
      },
    },
    async (request) => previewPlanTasks(db, request.actor!, tableUpload(request, config.uploadLimits), request.query),
  );

  app.post(
    '/followup-imports/document/preview',
    {
      config: { access: 'followup.manage' },
      schema: {
        tags,
        summary: 'Nhập danh sách khuyến nghị đánh số từ văn bản Word/PDF, bước 1: mỗi đoạn đánh số thành một việc nháp (không ghi gì)',
        consumes: [INTAKE_UPLOAD_CONTENT_TYPE],
        querystring: documentPreviewQuerySchema,
        headers: uploadHeaders,
        body: documentBody,
        response: { 200: importPreviewSchema },
      },
    },
    async (request) => {
      const upload: DocumentUpload = { bytes: Buffer.isBuffer(request.body) ? request.body : null, contentType: null, fileName: fileNameOf(request), limits: config.intakeLimits };
      return previewRecommendationList(db, request.actor!, upload, request.query);
    },
  );

  app.post(
    '/followup-imports/commit',
    {
      config: { access: 'followup.manage' },
      // Up to 5.000 reviewed rows of up to 8.000 characters: more than the global JSON limit.
      bodyLimit: 16 * 1024 * 1024,
      schema: {
        tags,
        summary: 'Nhập, bước 2: lưu các dòng đã xem trước thành việc theo dõi, tất cả hoặc không dòng nào',
        description: 'Một dòng sai thì không lưu dòng nào (400, errors[].path = rows.<số dòng>.<trường>). Dòng đã nhập trước đây (cùng nguồn, số hiệu và nội dung) được bỏ qua và liệt kê trong skipped.',
        body: importCommitSchema,
        response: { 200: importCommitResultSchema },
      },
    },
    async (request) => commitImport(db, request.actor!, request.body),
  );
}
