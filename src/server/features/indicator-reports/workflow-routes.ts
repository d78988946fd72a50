import { idParamsSchema, problemSchema } from '../../../shared/api/common.js';
import {
  completenessQuerySchema,
  completenessSchema,
  reportSummarySchema,
  workflowActionSchema,
  workflowReasonSchema,
} from '../../../shared/api/indicator-reports.js';
import { problemDocument, sendProblem } from '../../http/problem.js';
import type { App } from '../../http/route-types.js';
import { reportCompleteness } from './completeness.js';
import { approveReport, reopenReport, returnReport, submitReport, SubmitBlocked } from './workflow.js';

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
        summary: 'Nộp báo cáo (lỗi chặn nộp: 422 kèm danh sách; cảnh báo cần có ghi chú)',
        params: idParamsSchema,
        body: workflowActionSchema,
        response: { 200: reportSummarySchema, 422: problemSchema },
      },
    },
    async (request, reply) => {
      try {
        return await submitReport(db, request.actor!, request.params.id, request.body.version);
      } catch (error) {
        if (!(error instanceof SubmitBlocked)) throw error;
        // The figures are readable but not yet acceptable: 422 with each issue's path and message.
        const problem = problemDocument('VALIDATION', error.message, request.url, error.extra.errors);
        return sendProblem(reply, { ...problem, status: 422, title: 'Báo cáo chưa nộp được' });
      }
    },
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
