import { z } from 'zod';
import {
  overviewExportQuerySchema,
  overviewQuerySchema,
  overviewSchema,
  pivotExportQuerySchema,
  pivotQuerySchema,
  pivotSchema,
  trendExportQuerySchema,
  trendQuerySchema,
  trendSchema,
} from '../../../shared/api/indicator-dashboards.js';
import type { App } from '../../http/route-types.js';
import { attachment } from '../../http/attachment.js';
import type { Actor } from '../auth/actor.js';
import { getOverview } from './overview.js';
import { getPivot } from './pivot.js';
import { getTrend } from './trend.js';
import { overviewTable, pivotTable, trendTable, type DashboardTableFile } from './table.js';
import { CSV_CONTENT_TYPE, renderTableCsv, renderTableXlsx, XLSX_CONTENT_TYPE } from './table-files.js';

const tags = ['indicator-dashboards'];
const rules =
  'Chỉ đọc bảng tổng hợp (indicator_aggregates) được cập nhật ngay trong giao dịch nộp, trả lại, phê duyệt, mở lại báo cáo. ' +
  'Tổng: cộng (sum); tỷ lệ tính lại từ tổng tử số/tổng mẫu số × hệ số (ratio), không lấy trung bình; latest cộng với số đếm, tiền; ' +
  'không cộng được thì value = null và notAggregable = true. Số liệu trước 01/7/2025 của tỉnh cũ đã cộng vào tỉnh mới. ' +
  'stage=submitted gồm cả báo cáo đã nộp chưa phê duyệt — người dùng cấp tỉnh chỉ thấy số liệu đã nộp của tỉnh mình; tài khoản cấp tỉnh chỉ thấy tỉnh mình và tổng toàn quốc.';
const fileResponse = z.any().describe('Tệp .xlsx hoặc .csv (UTF-8 có BOM)').meta({ type: 'string', format: 'binary' });

export async function indicatorDashboardRoutes(app: App) {
  const { db } = app.deps;

  /** Sends a table as the file asked for, named after what it shows. */
  const sendTable = async (reply: import('fastify').FastifyReply, table: DashboardTableFile, format: 'xlsx' | 'csv') => {
    const body = format === 'csv' ? renderTableCsv(table) : await renderTableXlsx(table, new Date());
    return reply
      .type(format === 'csv' ? CSV_CONTENT_TYPE : XLSX_CONTENT_TYPE)
      .header('content-disposition', attachment(table.title, format))
      .send(body);
  };

  /**
   * A dashboard table: its JSON at `/indicator-dashboards/<name>`, and the same figures, under
   * the same filters and permissions, as a file at `/indicator-dashboards/<name>/export`.
   */
  function table<Q extends { format: 'xlsx' | 'csv' }, R>(
    name: string,
    summary: string,
    schemas: { query: z.ZodType; exportQuery: z.ZodType<Q>; response: z.ZodType },
    load: (actor: Actor, query: Omit<Q, 'format'>) => Promise<R>,
    toFile: (result: R) => DashboardTableFile,
  ) {
    const config = { access: 'indicators.read' as const };
    app.get(`/indicator-dashboards/${name}`, { config, schema: { tags, summary, description: rules, querystring: schemas.query, response: { 200: schemas.response } } }, async (request) =>
      load(request.actor as Actor, request.query as Q),
    );
    app.get(
      `/indicator-dashboards/${name}/export`,
      { config, schema: { tags, summary: `${summary} — tải tệp xlsx hoặc csv`, description: rules, querystring: schemas.exportQuery, produces: [XLSX_CONTENT_TYPE, 'text/csv'], response: { 200: fileResponse } } },
      async (request, reply) => {
        const query = request.query as Q;
        return sendTable(reply, toFile(await load(request.actor as Actor, query)), query.format);
      },
    );
  }

  table(
    'overview',
    'Tổng quan chỉ tiêu một kỳ: 34 tỉnh, tổng toàn quốc, kế hoạch, cùng kỳ, xếp hạng',
    { query: overviewQuerySchema, exportQuery: overviewExportQuerySchema, response: overviewSchema },
    (actor, query) => getOverview(db, actor, query),
    overviewTable,
  );
  table(
    'trend',
    'Diễn biến một chỉ tiêu qua các kỳ, kèm kế hoạch, của một tỉnh hoặc toàn quốc',
    { query: trendQuerySchema, exportQuery: trendExportQuerySchema, response: trendSchema },
    (actor, query) => getTrend(db, actor, query),
    trendTable,
  );
  table(
    'pivot',
    'Bảng xoay: hàng và cột chọn trong tỉnh, kỳ, chỉ tiêu',
    { query: pivotQuerySchema, exportQuery: pivotExportQuerySchema, response: pivotSchema },
    (actor, query) => getPivot(db, actor, query),
    pivotTable,
  );
}
