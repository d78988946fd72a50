import { idParamsSchema, problemSchema } from '../../../shared/api/common.js';
import {
  completenessQuerySchema,
  completenessSchema,
  reportSummarySchema,
  workflowActionSchema,
  workflowReasonSchema,
} from '../../../shared/api/indicator-reports.js';
import type { App } from '../../http/route-types.js';
import { reportCompleteness } from './completeness.js';
import { approveReport, reopenReport, returnReport, submitReport } from './workflow.js';

const tags = ['indicator-reports'];

/** Submit, return, approve, reopen, and the reporting-completeness view. */
export async function indicatorWorkflowRoutes(app: App) {
  const { db } = app.deps;

  app.post(
    '/indicator-reports/:id/submit',
    {
      config: { access: 'indicators.report' },
      schema: {
        tags,
        summary: 'Nộp báo cáo (còn lỗi hoặc cảnh báo chưa ghi chú: 422 REPORT_HAS_ERRORS, errors[].path = values.<mã>.<phân tổ>.<trường>)',
        params: idParamsSchema,
        body: workflowActionSchema,
        response: { 200: reportSummarySchema, 422: problemSchema },
      },
    },
    async (request) => submitReport(db, request.actor!, request.params.id, request.body.version),
  );

  app.post(
    '/indicator-reports/:id/return',
    {
      config: { access: 'indicators.approve' },
      schema: { tags, summary: 'Trả lại báo cáo đã nộp, nêu lý do', params: idParamsSchema, body: workflowReasonSchema, response: { 200: reportSummarySchema } },
    },
    async (request) => returnReport(db, request.actor!, request.params.id, request.body.version, request.body.reason),
  );

  app.post(
    '/indicator-reports/:id/approve',
    {
      config: { access: 'indicators.approve' },
      schema: { tags, summary: 'Phê duyệt báo cáo đã nộp (số liệu bị khóa)', params: idParamsSchema, body: workflowActionSchema, response: { 200: reportSummarySchema } },
    },
    async (request) => approveReport(db, request.actor!, request.params.id, request.body.version),
  );

  app.post(
    '/indicator-reports/:id/reopen',
    {
      config: { access: 'indicators.approve' },
      schema: { tags, summary: 'Mở lại báo cáo đã phê duyệt để sửa, nêu lý do', params: idParamsSchema, body: workflowReasonSchema, response: { 200: reportSummarySchema } },
    },
    async (request) => reopenReport(db, request.actor!, request.params.id, request.body.version, request.body.reason),
  );

  app.get(
    '/indicator-completeness',
    {
      config: { access: 'indicators.read' },
      schema: {
        tags,
        summary: 'Tình hình nộp báo cáo của một biểu mẫu và kỳ: đơn vị đã nộp đúng hạn, muộn, chưa nộp',
        querystring: completenessQuerySchema,
        response: { 200: completenessSchema },
      },
    },
    async (request) => reportCompleteness(db, request.actor!, request.query),
  );
}
