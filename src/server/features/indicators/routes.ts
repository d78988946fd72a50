import { z } from 'zod';
import {
  indicatorCodeParamsSchema,
  indicatorInputSchema,
  indicatorListQuerySchema,
  indicatorListSchema,
  indicatorRuleInputSchema,
  indicatorRuleListSchema,
  indicatorRuleParamsSchema,
  indicatorRuleSchema,
  indicatorSchema,
  indicatorUpdateSchema,
  reportFormInputSchema,
  reportFormListSchema,
  reportFormParamsSchema,
  reportFormSchema,
  reportFormUpdateSchema,
} from '../../../shared/api/indicators.js';
import type { App } from '../../http/route-types.js';
import { createIndicator, getIndicator, listIndicators, updateIndicator } from './catalogue-service.js';
import { createReportForm, getReportForm, listReportForms, updateReportForm } from './form-service.js';
import { createRule, deleteRule, listRules } from './rule-service.js';

const tags = ['indicators'];

/** The indicator catalogue, the rules between indicators and the report forms: everyone reads, national admins change. */
export async function indicatorRoutes(app: App) {
  const { db } = app.deps;

  app.get(
    '/indicators',
    {
      config: { access: 'indicators.read' },
      schema: { tags, summary: 'Danh mục chỉ tiêu (tìm kiếm không dấu, lọc lĩnh vực, trạng thái; phân trang)', querystring: indicatorListQuerySchema, response: { 200: indicatorListSchema } },
    },
    async (request) => listIndicators(db, request.query),
  );

  app.get(
    '/indicators/:code',
    {
      config: { access: 'indicators.read' },
      schema: { tags, summary: 'Một chỉ tiêu', params: indicatorCodeParamsSchema, response: { 200: indicatorSchema } },
    },
    async (request) => getIndicator(db, request.params.code),
  );

  app.post(
    '/indicators',
    {
      config: { access: 'indicators.catalogue' },
      schema: { tags, summary: 'Thêm chỉ tiêu vào danh mục (409 nếu mã đã có)', body: indicatorInputSchema, response: { 201: indicatorSchema } },
    },
    async (request, reply) => reply.code(201).send(await createIndicator(db, request.actor!, request.body)),
  );

  app.put(
    '/indicators/:code',
    {
      config: { access: 'indicators.catalogue' },
      schema: { tags, summary: 'Sửa chỉ tiêu (mã không đổi; 409 nếu đã bị sửa)', params: indicatorCodeParamsSchema, body: indicatorUpdateSchema, response: { 200: indicatorSchema } },
    },
    async (request) => updateIndicator(db, request.actor!, request.params.code, request.body),
  );

  app.get(
    '/indicator-rules',
    {
      config: { access: 'indicators.read' },
      schema: { tags, summary: 'Quy tắc kiểm tra giữa các chỉ tiêu', response: { 200: indicatorRuleListSchema } },
    },
    async () => listRules(db),
  );

  app.post(
    '/indicator-rules',
    {
      config: { access: 'indicators.catalogue' },
      schema: { tags, summary: 'Thêm quy tắc kiểm tra: chỉ tiêu trái so với chỉ tiêu phải × hệ số', body: indicatorRuleInputSchema, response: { 201: indicatorRuleSchema } },
    },
    async (request, reply) => reply.code(201).send(await createRule(db, request.actor!, request.body)),
  );

  app.delete(
    '/indicator-rules/:id',
    {
      config: { access: 'indicators.catalogue' },
      schema: { tags, summary: 'Xóa quy tắc kiểm tra', params: indicatorRuleParamsSchema, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await deleteRule(db, request.actor!, request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/report-forms',
    {
      config: { access: 'indicators.read' },
      schema: { tags, summary: 'Biểu mẫu báo cáo cùng các chỉ tiêu theo thứ tự', response: { 200: reportFormListSchema } },
    },
    async () => listReportForms(db),
  );

  app.get(
    '/report-forms/:id',
    {
      config: { access: 'indicators.read' },
      schema: { tags, summary: 'Một biểu mẫu báo cáo', params: reportFormParamsSchema, response: { 200: reportFormSchema } },
    },
    async (request) => getReportForm(db, request.params.id),
  );

  app.post(
    '/report-forms',
    {
      config: { access: 'indicators.catalogue' },
      schema: { tags, summary: 'Tạo biểu mẫu báo cáo (cấp, kỳ, hạn nộp, chỉ tiêu)', body: reportFormInputSchema, response: { 201: reportFormSchema } },
    },
    async (request, reply) => reply.code(201).send(await createReportForm(db, request.actor!, request.body)),
  );

  app.put(
    '/report-forms/:id',
    {
      config: { access: 'indicators.catalogue' },
      schema: { tags, summary: 'Sửa biểu mẫu báo cáo (mã không đổi; 409 nếu đã bị sửa)', params: reportFormParamsSchema, body: reportFormUpdateSchema, response: { 200: reportFormSchema } },
    },
    async (request) => updateReportForm(db, request.actor!, request.params.id, request.body),
  );
}
