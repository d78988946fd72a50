import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { idParamsSchema } from '../../../shared/api/common.js';
import {
  exportQuerySchema,
  importQuerySchema,
  importResultSchema,
  indicatorTransferLimits,
  reportExportQuerySchema,
  templateQuerySchema,
} from '../../../shared/api/indicator-transfer.js';
import { CSV_CONTENT_TYPE, FILE_NAME_HEADER, XLSX_CONTENT_TYPE } from '../../../shared/api/participants.js';
import { formatViNumber } from '../../../shared/text/index.js';
import { AppError } from '../../errors.js';
import { attachment } from '../../http/attachment.js';
import type { App } from '../../http/route-types.js';
import { guardRequest } from '../auth/guard.js';
import type { UploadReadLimits } from '../files/upload-limits.js';
import { exportReport, exportReports, type ExportFile } from './export.js';
import { figureRoutes } from './figure-routes.js';
import type { Upload } from './import-common.js';
import { importLongCsv } from './long-csv-import.js';
import { renderTemplate } from './template.js';
import { importTemplate } from './template-import.js';

const tags = ['indicator-transfer'];
const kindOfType: Record<string, 'xlsx' | 'csv'> = { [XLSX_CONTENT_TYPE]: 'xlsx', [CSV_CONTENT_TYPE]: 'csv' };
const mediaTypeOf = (request: FastifyRequest) => (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
const megabytes = (bytes: number) => formatViNumber(bytes / 1024 / 1024, { maximumFractionDigits: 1 });
const fileBody = z.any().describe('Tệp mẫu Excel (.xlsx) đã điền, hoặc CSV dạng dài (UTF-8)').meta({ type: 'string', format: 'binary' });
const fileResponse = z.any().describe('Tệp .xlsx hoặc .csv').meta({ type: 'string', format: 'binary' });
const uploadHeaders = z.object({ [FILE_NAME_HEADER]: z.string().max(1000).optional().describe('Tên tệp, mã hóa phần trăm; chỉ dùng trong thông báo') });
const mime = { csv: 'text/csv; charset=utf-8', xlsx: XLSX_CONTENT_TYPE } as const;

function uploadOf(request: FastifyRequest, limits: UploadReadLimits): Upload {
  const raw = request.headers[FILE_NAME_HEADER];
  let fileName: string | null = null;
  try {
    if (typeof raw === 'string' && raw) fileName = decodeURIComponent(raw).normalize('NFC').slice(0, 255);
  } catch {
    fileName = null;
  }
  const kind = kindOfType[mediaTypeOf(request)];
  if (!kind || !Buffer.isBuffer(request.body)) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Hãy gửi tệp mẫu Excel (.xlsx) hoặc tệp CSV dạng dài (.csv).');
  return { bytes: request.body, kind, fileName, limits };
}

/**
 * Templates, imports and exports of indicator reports. Files travel as the raw request body
 * (Content-Type `…spreadsheetml.sheet` or `text/csv`), as participant lists do; the parser for
 * those types and its 20 MB limit exist only inside this plugin.
 */
export async function indicatorTransferRoutes(app: App) {
  const { db, config } = app.deps;

  app.addContentTypeParser([XLSX_CONTENT_TYPE, CSV_CONTENT_TYPE], { parseAs: 'buffer', bodyLimit: indicatorTransferLimits.uploadBytes }, (_request, body, done) => done(null, body));
  // Before the body is read: an anonymous or unauthorised upload is refused without taking it in,
  // and a declared size over the limit gets a message naming the limit.
  app.addHook('preParsing', async (request, _reply, payload) => {
    if (!kindOfType[mediaTypeOf(request)]) return payload;
    await guardRequest(request, db);
    const length = Number(request.headers['content-length'] ?? 0);
    if (length > indicatorTransferLimits.uploadBytes) {
      throw new AppError('PAYLOAD_TOO_LARGE', `Tệp nặng ${megabytes(length)} MB, vượt giới hạn ${megabytes(indicatorTransferLimits.uploadBytes)} MB mỗi lần nhập. Hãy chia thành nhiều tệp (theo kỳ hoặc theo tỉnh).`);
    }
    return payload;
  });

  const sendFile = (reply: import('fastify').FastifyReply, file: ExportFile) =>
    reply.type(mime[file.contentType]).header('content-disposition', attachment(file.fileName, file.contentType)).send(file.bytes);

  app.get(
    '/indicator-transfer/template',
    {
      config: { access: 'indicators.report' },
      schema: { tags, summary: 'Tệp mẫu Excel của một báo cáo (biểu mẫu × đơn vị × kỳ), điền sẵn số liệu đang soạn', querystring: templateQuerySchema, produces: [XLSX_CONTENT_TYPE], response: { 200: fileResponse } },
    },
    async (request, reply) => {
      const { fileName, bytes } = await renderTemplate(db, request.actor!, request.query);
      return sendFile(reply, { fileName, contentType: 'xlsx', bytes });
    },
  );

  app.post(
    '/indicator-transfer/import',
    {
      config: { access: 'indicators.report' },
      schema: {
        tags,
        summary: 'Nhập tệp mẫu Excel đã điền, hoặc CSV dạng dài (nhiều đơn vị, nhiều kỳ): nhập cả tệp hoặc không nhập gì',
        description:
          'Một ô sai thì không ghi giá trị nào: 400 với errors[].path = "row <dòng>, column <cột>" và thông báo tiếng Việt. CSV dạng dài: UTF-8, dấu phẩy phân cách, có dòng tiêu đề unit_kind,unit_code,period,indicator_code,part,value,target, số dùng dấu chấm thập phân, không ngăn hàng nghìn (1234.5); cần formId.',
        consumes: [XLSX_CONTENT_TYPE, CSV_CONTENT_TYPE],
        querystring: importQuerySchema,
        headers: uploadHeaders,
        body: fileBody,
        response: { 200: importResultSchema },
      },
    },
    async (request) => {
      const upload = uploadOf(request, config.uploadLimits);
      if (upload.kind === 'xlsx') return importTemplate(db, request.actor!, upload, request.query.formId);
      if (!request.query.formId) throw new AppError('VALIDATION', 'Chọn biểu mẫu của tệp CSV.', { errors: [{ path: 'formId', message: 'Chọn biểu mẫu của tệp CSV.' }] });
      return importLongCsv(db, request.actor!, request.query.formId, upload);
    },
  );

  app.get(
    '/indicator-transfer/export',
    {
      config: { access: 'indicators.read' },
      schema: { tags, summary: 'Xuất số liệu các báo cáo theo bộ lọc (CSV dạng dài hoặc Excel)', querystring: exportQuerySchema, produces: [CSV_CONTENT_TYPE, XLSX_CONTENT_TYPE], response: { 200: fileResponse } },
    },
    async (request, reply) => sendFile(reply, await exportReports(db, request.actor!, request.query)),
  );

  app.get(
    '/indicator-transfer/reports/:id/export',
    {
      config: { access: 'indicators.read' },
      schema: { tags, summary: 'Xuất số liệu một báo cáo (Excel hoặc CSV dạng dài)', params: idParamsSchema, querystring: reportExportQuerySchema, produces: [CSV_CONTENT_TYPE, XLSX_CONTENT_TYPE], response: { 200: fileResponse } },
    },
    async (request, reply) => sendFile(reply, await exportReport(db, request.actor!, request.params.id, request.query.format)),
  );

  await app.register(figureRoutes);
}
