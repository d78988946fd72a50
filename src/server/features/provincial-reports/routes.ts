import { z } from 'zod';
import { provincialReportParamsSchema, provincialReportPreviewSchema, provincialReportQuerySchema } from '../../../shared/api/provincial-reports.js';
import type { App } from '../../http/route-types.js';
import { DOCX_CONTENT_TYPE } from '../conferences/export/summary-docx.js';
import { exportNationalReport, exportProvinceReport, previewNationalReport, previewProvinceReport } from './service.js';

const tags = ['provincial-reports'];
const description =
  'Kỳ: period (2024, 2024-YTD06 = 6 tháng đầu năm, 2024-Q2, 2024-M05) hoặc year (cả năm). Nội dung lấy từ cơ sở dữ liệu: ' +
  'hội nghị tập huấn đã tổ chức trong kỳ, số liệu chỉ tiêu đã phê duyệt (không gồm số liệu chưa phê duyệt), việc theo dõi thực hiện ' +
  'còn hiệu lực trong kỳ với tình trạng hiện tại (quá hạn tính theo ngày hôm nay), hạn chế và việc chuyển kỳ sau. ' +
  'Tài khoản cấp tỉnh chỉ lập được báo cáo của tỉnh mình (tỉnh khác: 404); báo cáo tổng hợp chỉ dành cho tài khoản cấp quốc gia.';
const fileResponse = z.any().describe('Tệp Word (.docx)').meta({ type: 'string', format: 'binary' });
const config = { access: 'followup.read' as const };

export async function provincialReportRoutes(app: App) {
  const { db } = app.deps;

  app.get(
    '/provincial-reports/national.docx',
    { config, schema: { tags, summary: 'Báo cáo tổng hợp toàn quốc (Word, thể thức Nghị định 30/2020/NĐ-CP)', description, querystring: provincialReportQuerySchema, produces: [DOCX_CONTENT_TYPE], response: { 200: fileResponse } } },
    async (request, reply) => {
      const { body, disposition } = await exportNationalReport(db, request.actor!, request.query);
      return reply.type(DOCX_CONTENT_TYPE).header('content-disposition', disposition).send(body);
    },
  );

  app.get(
    '/provincial-reports/national/preview',
    { config, schema: { tags, summary: 'Nội dung sẽ có trong báo cáo tổng hợp toàn quốc (số đếm)', description, querystring: provincialReportQuerySchema, response: { 200: provincialReportPreviewSchema } } },
    async (request) => previewNationalReport(db, request.actor!, request.query),
  );

  app.get(
    '/provincial-reports/:provinceCode.docx',
    {
      config,
      schema: {
        tags,
        summary: 'Báo cáo kết quả công tác nhân quyền của tỉnh (Word, thể thức Nghị định 30/2020/NĐ-CP)',
        description,
        params: provincialReportParamsSchema,
        querystring: provincialReportQuerySchema,
        produces: [DOCX_CONTENT_TYPE],
        response: { 200: fileResponse },
      },
    },
    async (request, reply) => {
      const { body, disposition } = await exportProvinceReport(db, request.actor!, request.params.provinceCode, request.query);
      return reply.type(DOCX_CONTENT_TYPE).header('content-disposition', disposition).send(body);
    },
  );

  app.get(
    '/provincial-reports/:provinceCode/preview',
    {
      config,
      schema: { tags, summary: 'Nội dung sẽ có trong báo cáo của tỉnh (số đếm)', description, params: provincialReportParamsSchema, querystring: provincialReportQuerySchema, response: { 200: provincialReportPreviewSchema } },
    },
    async (request) => previewProvinceReport(db, request.actor!, request.params.provinceCode, request.query),
  );
}
