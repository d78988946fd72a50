import {
  publicProvinceListSchema,
  publicProvinceSchema,
  transparencyParamsSchema,
  transparencySettingSchema,
  transparencySettingsSchema,
  transparencyUpdateSchema,
} from '../../../shared/api/transparency.js';
import type { App } from '../../http/route-types.js';
import { getPublicProvince, getSetting, listPublicProvinces, listSettings, updateSetting } from './service.js';

const tags = ['transparency'];
const publicTags = ['public'];
const shown =
  'Trang công khai chỉ gồm số liệu chỉ tiêu đã phê duyệt, số hội nghị tập huấn đã tổ chức (tên, ngày), số việc theo dõi theo tình trạng và danh sách việc ' +
  '(số hiệu, nội dung, tình trạng, hạn); không có tên người, đại biểu, bình luận, ghi chú tiến độ, số liệu chưa phê duyệt hay dữ liệu mẫu.';

export async function transparencyRoutes(app: App) {
  const { db } = app.deps;

  app.get(
    '/transparency/settings',
    { config: { access: 'followup.read' }, schema: { tags, summary: 'Trạng thái trang công khai của các tỉnh trong phạm vi tài khoản', description: shown, response: { 200: transparencySettingsSchema } } },
    async (request) => listSettings(db, request.actor!),
  );

  app.get(
    '/transparency/settings/:provinceCode',
    {
      config: { access: 'transparency.publish' },
      schema: { tags, summary: 'Trạng thái trang công khai của một tỉnh', description: shown, params: transparencyParamsSchema, response: { 200: transparencySettingSchema } },
    },
    async (request) => getSetting(db, request.actor!, request.params.provinceCode),
  );

  app.put(
    '/transparency/settings/:provinceCode',
    {
      config: { access: 'transparency.publish' },
      schema: {
        tags,
        summary: 'Bật hoặc tắt trang công khai của tỉnh (ghi nhật ký)',
        description: `Quản trị hệ thống: mọi tỉnh; Văn phòng Ban Chỉ đạo tỉnh: tỉnh mình (tỉnh khác: 404). ${shown}`,
        params: transparencyParamsSchema,
        body: transparencyUpdateSchema,
        response: { 200: transparencySettingSchema },
      },
    },
    async (request) => updateSetting(db, request.actor!, request.params.provinceCode, request.body.published),
  );

  app.get(
    '/public/provinces',
    { config: { access: 'public' }, schema: { tags: publicTags, summary: 'Các tỉnh đã bật trang công khai (không cần tài khoản)', response: { 200: publicProvinceListSchema } } },
    async () => listPublicProvinces(db),
  );

  app.get(
    '/public/provinces/:provinceCode',
    {
      config: { access: 'public' },
      schema: {
        tags: publicTags,
        summary: 'Trang công khai của một tỉnh (không cần tài khoản; 404 khi tỉnh chưa bật)',
        description: shown,
        params: transparencyParamsSchema,
        response: { 200: publicProvinceSchema },
      },
    },
    async (request) => getPublicProvince(db, request.params.provinceCode),
  );
}
