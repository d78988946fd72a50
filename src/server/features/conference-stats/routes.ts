import { z } from 'zod';
import { conferenceStatsQuerySchema, conferenceStatsSchema } from '../../../shared/api/conference-stats.js';
import type { App } from '../../http/route-types.js';
import { exportConferenceStats, getConferenceStats } from './service.js';
import { XLSX_CONTENT_TYPE } from './stats-xlsx.js';

const tags = ['conference-stats'];

const rules =
  'Chỉ tính hội nghị đã tổ chức mà người gọi được xem. Đại biểu của một hội nghị = số đại biểu thực tế đã ghi, ' +
  'nếu chưa ghi thì tổng số thực tế tại các điểm cầu (không cộng cả hai); chưa ghi cả hai là chưa biết, không phải 0: ' +
  'lượt đại biểu của một nhóm chỉ cộng các số đã ghi (null khi không hội nghị nào ghi) và delegatesUnrecorded đếm số hội nghị chưa ghi. Xã được phủ = xã có điểm cầu hoặc nơi họp hội nghị cấp xã, ' +
  'tính cho tỉnh có xã đó. Lọc tỉnh theo tỉnh hiện hành, gồm cả hội nghị ghi theo tỉnh cũ đã hợp nhất.';

/** A binary body, documented as a file; Fastify sends a Buffer without serializing it. */
const fileResponse = (description: string) => z.any().describe(description).meta({ type: 'string', format: 'binary' });

export async function conferenceStatsRoutes(app: App) {
  const { db } = app.deps;

  app.get(
    '/conference-stats',
    {
      config: { access: 'conferences.read' },
      schema: {
        tags,
        summary: 'Thống kê hội nghị tập huấn theo tỉnh, tháng, chủ đề, năm',
        description: rules,
        querystring: conferenceStatsQuerySchema,
        response: { 200: conferenceStatsSchema },
      },
    },
    async (request) => getConferenceStats(db, request.actor!, request.query),
  );

  app.get(
    '/conference-stats/export.xlsx',
    {
      config: { access: 'conferences.read' },
      schema: {
        tags,
        summary: 'Xuất thống kê hội nghị tập huấn ra Excel (mỗi bảng một trang tính)',
        description: rules,
        querystring: conferenceStatsQuerySchema,
        produces: [XLSX_CONTENT_TYPE],
        response: { 200: fileResponse('Tệp Excel (.xlsx)') },
      },
    },
    async (request, reply) => {
      const { body, disposition } = await exportConferenceStats(db, request.actor!, request.query);
      return reply.type(XLSX_CONTENT_TYPE).header('content-disposition', disposition).header('cache-control', 'no-store').send(body);
    },
  );
}
