import { idParamsSchema } from '../../../shared/api/common.js';
import {
  reportDetailSchema,
  reportListQuerySchema,
  reportListSchema,
  reportOpenSchema,
  reportSummarySchema,
  reportingUnitListSchema,
  reportingUnitQuerySchema,
  valuesSavedSchema,
  valuesSaveSchema,
} from '../../../shared/api/indicator-reports.js';
import type { App } from '../../http/route-types.js';
import { listReportingUnits, openReport } from './open.js';
import { getReport, listReports } from './read.js';
import { saveValues, type CellInput } from './save-values.js';
import { indicatorWorkflowRoutes } from './workflow-routes.js';

const tags = ['indicator-reports'];

/** Indicator reports: the units one reports for, opening a report, the list, one report, saving values; the workflow in workflow-routes.ts. */
export async function indicatorReportRoutes(app: App) {
  const { db } = app.deps;

  app.get(
    '/indicator-reporting-units',
    {
      config: { access: 'indicators.read' },
      schema: {
        tags,
        summary: 'Các đơn vị báo cáo một biểu mẫu mà người dùng được xem (và có được báo cáo hay không)',
        querystring: reportingUnitQuerySchema,
        response: { 200: reportingUnitListSchema },
      },
    },
    async (request) => listReportingUnits(db, request.actor!, request.query),
  );

  app.post(
    '/indicator-reports',
    {
      config: { access: 'indicators.report' },
      schema: {
        tags,
        summary: 'Mở báo cáo của một đơn vị cho một biểu mẫu và kỳ (tạo bản nháp nếu chưa có: 201; đã có: 200)',
        body: reportOpenSchema,
        response: { 200: reportSummarySchema, 201: reportSummarySchema },
      },
    },
    async (request, reply) => {
      const { created, report } = await openReport(db, request.actor!, request.body);
      return reply.code(created ? 201 : 200).send(report);
    },
  );

  app.get(
    '/indicator-reports',
    {
      config: { access: 'indicators.read' },
      schema: {
        tags,
        summary: 'Danh sách báo cáo chỉ tiêu (lọc theo biểu mẫu, kỳ, trạng thái, tỉnh; waiting=true: việc đang chờ mình)',
        querystring: reportListQuerySchema,
        response: { 200: reportListSchema },
      },
    },
    async (request) => listReports(db, request.actor!, request.query),
  );

  app.get(
    '/indicator-reports/:id',
    {
      config: { access: 'indicators.read' },
      schema: {
        tags,
        summary: 'Một báo cáo chỉ tiêu: các chỉ tiêu và số liệu, cùng kỳ năm trước, lỗi kiểm tra, lịch sử, quyền thao tác',
        params: idParamsSchema,
        response: { 200: reportDetailSchema },
      },
    },
    async (request) => getReport(db, request.actor!, request.params.id),
  );

  app.put(
    '/indicator-reports/:id/values',
    {
      config: { access: 'indicators.report' },
      schema: {
        tags,
        summary: 'Lưu các ô số liệu đã sửa (ô để trống hết thì xóa); 409 nếu người khác đã lưu trước',
        params: idParamsSchema,
        body: valuesSaveSchema,
        response: { 200: valuesSavedSchema },
      },
    },
    async (request) => saveValues(db, request.actor!, request.params.id, { version: request.body.version, values: request.body.values as CellInput[] }),
  );

  await app.register(indicatorWorkflowRoutes);
}
