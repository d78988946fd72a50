import { z } from 'zod';
import { idParamsSchema } from '../../../shared/api/common.js';
import { followupItemSchema, followupListQuerySchema, followupListSchema, followupMapQuerySchema, followupMapSchema } from '../../../shared/api/followup.js';
import type { App } from '../../http/route-types.js';
import { exportFollowupItems, XLSX_CONTENT_TYPE } from './export-xlsx.js';
import { listFollowupItems } from './list.js';
import { followupMap } from './map.js';
import { getFollowupItem } from './read.js';
import { followupWriteRoutes } from './write-routes.js';

const tags = ['followup'];

/** The list's filters without paging: an export holds every matching item. */
const exportQuerySchema = followupListQuerySchema.omit({ page: true, pageSize: true });

/** Follow-up items: the list, its export, one item and the national map; writes in write-routes.ts. */
export async function followupRoutes(app: App) {
  const { db } = app.deps;

  app.get(
    '/followup-items',
    {
      config: { access: 'followup.read' },
      schema: {
        tags,
        summary: 'Danh sách việc theo dõi thực hiện (lọc theo loại, trạng thái, chu kỳ, công ước, chủ đề, cơ quan, tỉnh; quá hạn, sắp đến hạn, việc của tôi; tìm không dấu)',
        querystring: followupListQuerySchema,
        response: { 200: followupListSchema },
      },
    },
    async (request) => listFollowupItems(db, request.actor!, request.query),
  );

  app.get(
    '/followup-items.xlsx',
    {
      config: { access: 'followup.read' },
      schema: {
        tags,
        summary: 'Xuất danh sách việc theo dõi ra Excel (mọi việc khớp bộ lọc, tối đa 50.000)',
        querystring: exportQuerySchema,
        produces: [XLSX_CONTENT_TYPE],
        response: { 200: z.any().describe('Tệp Excel (.xlsx)').meta({ type: 'string', format: 'binary' }) },
      },
    },
    async (request, reply) => {
      const { body, disposition } = await exportFollowupItems(db, request.actor!, request.query);
      return reply.type(XLSX_CONTENT_TYPE).header('content-disposition', disposition).header('cache-control', 'no-store').send(body);
    },
  );

  app.get(
    '/followup-items/:id',
    {
      config: { access: 'followup.read' },
      schema: {
        tags,
        summary: 'Một việc theo dõi: cơ quan phối hợp, bản giao cho các tỉnh, dòng thời gian tiến độ với tệp và số liệu chỉ tiêu đã phê duyệt, quyền thao tác',
        params: idParamsSchema,
        response: { 200: followupItemSchema },
      },
    },
    async (request) => getFollowupItem(db, request.actor!, request.params.id),
  );

  app.get(
    '/followup-map',
    {
      config: { access: 'followup.read' },
      schema: {
        tags,
        summary: 'Tình hình theo dõi thực hiện theo tỉnh: số việc theo trạng thái, quá hạn, tỷ lệ hoàn thành (tài khoản cấp tỉnh: chỉ tỉnh mình)',
        querystring: followupMapQuerySchema,
        response: { 200: followupMapSchema },
      },
    },
    async (request) => followupMap(db, request.actor!, request.query),
  );

  await app.register(followupWriteRoutes);
}
