import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { idParamsSchema } from '../../../../shared/api/common.js';
import {
  CSV_CONTENT_TYPE,
  FILE_NAME_HEADER,
  importPreviewSchema,
  importQuerySchema,
  importResultSchema,
  participantLimits,
  XLSX_CONTENT_TYPE,
} from '../../../../shared/api/participants.js';
import { formatViNumber } from '../../../../shared/text/index.js';
import { AppError } from '../../../errors.js';
import type { App } from '../../../http/route-types.js';
import { guardRequest } from '../../auth/guard.js';
import { attachment } from '../../../http/attachment.js';
import type { UploadReadLimits } from '../../files/upload-limits.js';
import { closeUploadWorkers } from '../../files/worker-pool.js';
import type { FileKind } from './read-table.js';
import { importParticipants, previewImport, type Upload } from './service.js';
import { renderParticipantTemplate } from './template.js';

const tags = ['participants'];
const kindOfType: Record<string, FileKind> = { [XLSX_CONTENT_TYPE]: 'xlsx', [CSV_CONTENT_TYPE]: 'csv' };
const mediaTypeOf = (request: FastifyRequest) => (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
const megabytes = (bytes: number) => formatViNumber(bytes / 1024 / 1024, { maximumFractionDigits: 1 });

/** A file sent as the raw request body; documented as binary. */
const fileBody = z.any().describe('Nội dung tệp .xlsx hoặc .csv (UTF-8)').meta({ type: 'string', format: 'binary' });
const fileResponse = z.any().describe('Tệp Excel (.xlsx)').meta({ type: 'string', format: 'binary' });
const uploadHeaders = z.object({
  [FILE_NAME_HEADER]: z.string().max(1000).optional().describe('Tên tệp, mã hóa phần trăm (encodeURIComponent); chỉ dùng trong thông báo lỗi'),
});

function uploadOf(request: FastifyRequest, limits: UploadReadLimits): Upload {
  const raw = request.headers[FILE_NAME_HEADER];
  let fileName: string | null = null;
  if (typeof raw === 'string' && raw) {
    try {
      fileName = decodeURIComponent(raw).normalize('NFC').slice(0, 255);
    } catch {
      fileName = null;
    }
  }
  return { bytes: Buffer.isBuffer(request.body) ? request.body : null, kind: kindOfType[mediaTypeOf(request)] ?? null, fileName, limits };
}

/**
 * Importing an invitation list. The file travels as the raw request body (Content-Type
 * `…spreadsheetml.sheet` or `text/csv`, its name in `X-File-Name`) rather than as multipart
 * form data, which spares a dependency. The parser for those two types, with its 10 MB limit,
 * exists only inside this plugin: every other route keeps the global 1 MB JSON-only body.
 */
export async function participantImportRoutes(app: App) {
  const { db, config } = app.deps;
  // The workers reading spreadsheets are shared with material checks; stopped with the server.
  app.addHook('onClose', async () => closeUploadWorkers());

  app.addContentTypeParser([XLSX_CONTENT_TYPE, CSV_CONTENT_TYPE], { parseAs: 'buffer', bodyLimit: participantLimits.importBytes }, (_request, body, done) =>
    done(null, body),
  );

  // Before the body is read: an anonymous or unauthorised upload is refused without taking in
  // 10 MB, and a declared size over the limit gets a message that names the limit.
  app.addHook('preParsing', async (request, _reply, payload) => {
    if (!kindOfType[mediaTypeOf(request)]) return payload;
    await guardRequest(request, db);
    const length = Number(request.headers['content-length'] ?? 0);
    if (length > participantLimits.importBytes) {
      throw new AppError(
        'PAYLOAD_TOO_LARGE',
        `Tệp nặng ${megabytes(length)} MB, vượt giới hạn ${megabytes(participantLimits.importBytes)} MB. Hãy xóa các cột, trang tính không cần thiết hoặc chia danh sách thành nhiều tệp.`,
      );
    }
    return payload;
  });

  app.get(
    '/participants/template.xlsx',
    {
      config: { access: 'conferences.read' },
      schema: { tags, summary: 'Tệp mẫu danh sách đại biểu (Excel), kèm trang hướng dẫn', produces: [XLSX_CONTENT_TYPE], response: { 200: fileResponse } },
    },
    async (_request, reply) =>
      reply
        .type(XLSX_CONTENT_TYPE)
        .header('content-disposition', attachment('Mẫu danh sách đại biểu', 'xlsx'))
        .header('cache-control', 'no-store')
        .send(await renderParticipantTemplate()),
  );

  app.post(
    '/conferences/:id/participants/import/preview',
    {
      config: { access: 'conferences.manage' },
      schema: {
        tags,
        summary: 'Nhập danh sách, bước 1: đọc tệp, gợi ý cột (không ghi gì)',
        consumes: [XLSX_CONTENT_TYPE, CSV_CONTENT_TYPE],
        params: idParamsSchema,
        headers: uploadHeaders,
        body: fileBody,
        response: { 200: importPreviewSchema },
      },
    },
    async (request) => previewImport(db, request.actor!, request.params.id, uploadOf(request, config.uploadLimits)),
  );

  app.post(
    '/conferences/:id/participants/import',
    {
      config: { access: 'conferences.manage' },
      schema: {
        tags,
        summary: 'Nhập danh sách, bước 2: kiểm tra mọi dòng rồi nhập cả tệp, hoặc từ chối cả tệp kèm danh sách dòng lỗi',
        description: 'Một dòng sai thì không nhập dòng nào (400, errors[].path = rows.<số dòng Excel>.<trường>). Người đã có (cùng họ tên và cơ quan) không thêm lại.',
        consumes: [XLSX_CONTENT_TYPE, CSV_CONTENT_TYPE],
        params: idParamsSchema,
        querystring: importQuerySchema,
        headers: uploadHeaders,
        body: fileBody,
        response: { 200: importResultSchema },
      },
    },
    async (request) => importParticipants(db, request.actor!, request.params.id, uploadOf(request, config.uploadLimits), request.query.mapping),
  );
}
