import { figureSourceListSchema, figureSourcesQuerySchema, figuresQuerySchema, importResultSchema, reportedFigureListSchema, sendFiguresSchema } from '../../../shared/api/indicator-transfer.js';
import type { App } from '../../http/route-types.js';
import { listFigureSources } from './figure-sources.js';
import { listReportedFigures, sendFigures } from './figures.js';

const tags = ['indicator-transfer'];

/** Figures document intake captured with conferences, mapped to indicators and sent into drafts. */
export async function figureRoutes(app: App) {
  const { db } = app.deps;

  app.get(
    '/indicator-transfer/figure-sources',
    {
      config: { access: 'indicators.report' },
      schema: {
        tags,
        summary: 'Tài liệu, hội nghị có số liệu đã nhập từ tài liệu mà người dùng được xem (tìm theo tên tệp, tên hội nghị, tỉnh)',
        querystring: figureSourcesQuerySchema,
        response: { 200: figureSourceListSchema },
      },
    },
    async (request) => listFigureSources(db, request.actor!, request.query),
  );

  app.get(
    '/indicator-transfer/figures',
    {
      config: { access: 'indicators.report' },
      schema: { tags, summary: 'Số liệu đã nhập từ tài liệu (theo hội nghị hoặc tài liệu), kèm chỉ tiêu gợi ý', querystring: figuresQuerySchema, response: { 200: reportedFigureListSchema } },
    },
    async (request) => listReportedFigures(db, request.actor!, request.query),
  );

  app.post(
    '/indicator-transfer/figures/send',
    {
      config: { access: 'indicators.report' },
      schema: {
        tags,
        summary: 'Đưa số liệu đã gán chỉ tiêu vào báo cáo đang soạn của tỉnh cho một kỳ (giữ liên kết tới tài liệu)',
        body: sendFiguresSchema,
        response: { 200: importResultSchema },
      },
    },
    async (request) => sendFigures(db, request.actor!, request.body),
  );
}
