import { idParamsSchema } from '../../../shared/api/common.js';
import { followupItemSchema, followupListQuerySchema, followupListSchema } from '../../../shared/api/followup.js';
import type { App } from '../../http/route-types.js';
import { listFollowupItems } from './list.js';
import { getFollowupItem } from './read.js';

const tags = ['followup'];

/** Follow-up items: the list, one item; writes, status, progress and assignment in their own files. */
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
}
