import { z } from 'zod';

/** Paging used by every list: `page` from 1, `pageSize` up to 200. */
export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1).describe('Trang, bắt đầu từ 1'),
  pageSize: z.coerce.number().int().min(1).max(200).default(20).describe('Số dòng mỗi trang (tối đa 200)'),
});
export type PageQuery = z.infer<typeof pageQuerySchema>;

/** Wraps an item schema into the `{items, total}` shape every list returns. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int().describe('Tổng số bản ghi khớp bộ lọc') });
}

export const searchTextSchema = z.string().trim().max(200, 'Từ khóa tìm kiếm tối đa 200 ký tự');

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string(),
    code: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' });
export type Problem = z.infer<typeof problemSchema>;

export const idParamsSchema = z.object({ id: z.uuid('Mã bản ghi không hợp lệ') });

export const provinceCodeSchema = z.string().regex(/^\d{2}$/, 'Mã tỉnh gồm 2 chữ số');
