import { z } from 'zod';
import { idParamsSchema } from '../../../../shared/api/common.js';
import type { App } from '../../../http/route-types.js';
import { attachmentDisposition } from '../../conferences/export/file-name.js';
import { XLSX_CONTENT_TYPE } from '../../conferences/export/list-xlsx.js';
import { DOCX_CONTENT_TYPE } from '../../conferences/export/summary-docx.js';
import { assertPointOfConference, loadConference } from '../access.js';
import { sheetGroups } from './sheet-rows.js';
import { renderSheetsDocx } from './sheets-docx.js';
import { renderSheetsXlsx } from './sheets-xlsx.js';

const tags = ['participants'];

const sheetQuerySchema = z.object({
  kind: z.enum(['list', 'signin'], 'Chọn loại danh sách: list (danh sách đại biểu) hoặc signin (danh sách ký tên)').default('list'),
  point: z
    .union([z.uuid(), z.literal('unassigned')], 'Điểm cầu không hợp lệ')
    .optional()
    .describe('Một điểm cầu; "unassigned" cho đại biểu chưa xếp điểm cầu; bỏ trống: mọi điểm cầu, mỗi điểm cầu một trang'),
});

const fileResponse = (description: string) => z.any().describe(description).meta({ type: 'string', format: 'binary' });

/** The paper a registration desk still needs: the participant list and the sign-in sheet, per point. */
export async function participantSheetRoutes(app: App) {
  const { db } = app.deps;
  for (const format of ['docx', 'xlsx'] as const) {
    const contentType = format === 'docx' ? DOCX_CONTENT_TYPE : XLSX_CONTENT_TYPE;
    app.get(
      `/conferences/:id/participants/sheets.${format}`,
      {
        config: { access: 'conferences.read' },
        schema: {
          tags,
          summary: `Danh sách đại biểu hoặc danh sách ký tên theo điểm cầu (${format === 'docx' ? 'Word' : 'Excel'}, khổ A4)`,
          params: idParamsSchema,
          querystring: sheetQuerySchema,
          produces: [contentType],
          response: { 200: fileResponse(format === 'docx' ? 'Tệp Word (.docx)' : 'Tệp Excel (.xlsx)') },
        },
      },
      async (request, reply) => {
        // The same rule as the roster on screen: a national or regional conference's people only for those who may read them.
        const scope = await loadConference(db, request.actor!, request.params.id, 'roster');
        const { kind, point } = request.query;
        if (point !== 'unassigned') assertPointOfConference(scope, point, 'point');
        const groups = await sheetGroups(db, scope, point);
        const conference = { title: scope.title, startDate: scope.startDate };
        const body = format === 'docx' ? await renderSheetsDocx(kind, conference, groups) : await renderSheetsXlsx(kind, conference, groups);
        const name = `${kind === 'list' ? 'Danh sách đại biểu' : 'Danh sách ký tên'} - ${scope.title}`;
        return reply.type(contentType).header('content-disposition', attachmentDisposition(name, format)).header('cache-control', 'no-store').send(body);
      },
    );
  }
}
