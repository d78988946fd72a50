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

/**
 * The years a date may fall in. Every date here is a conference, a deadline, a publication or
 * a filter over them: nothing before 1900 or after 2100 is a real one, and PostgreSQL refuses
 * some that a plain yyyy-mm-dd pattern lets through (year 0000), so they are refused up front.
 */
export const dateYears = { min: 1900, max: 2100 } as const;
const yearMessage = `Ngày không hợp lệ: năm phải từ ${dateYears.min} đến ${dateYears.max}.`;

/**
 * A calendar date as `yyyy-mm-dd`: a day that exists (not 2023-02-30) in a year from 1900 to
 * 2100. The one date schema of the API, for bodies and query filters alike.
 */
export const isoDateSchema = z.iso
  .date('Ngày phải có dạng yyyy-mm-dd và có thật trong lịch (ví dụ 2024-06-13).')
  .refine((s) => {
    const year = Number(s.slice(0, 4));
    return year >= dateYears.min && year <= dateYears.max;
  }, yearMessage)
  .describe(`Ngày dạng yyyy-mm-dd, năm từ ${dateYears.min} đến ${dateYears.max}`);

/** A required date: `message` ("Nhập ngày bắt đầu") when nothing is given, the date rules otherwise. */
export function requiredDateSchema(message: string) {
  return z.string(message).trim().min(1, message).pipe(isoDateSchema);
}

/**
 * A required choice among `values`: `choose` ("Chọn cấp hội nghị") when nothing is chosen, which is
 * what an officer meets on an empty form, and `invalid` for a value outside the list.
 */
export function choiceSchema<const T extends readonly [string, ...string[]]>(values: T, choose: string, invalid: string) {
  return z.enum(values, { error: (issue) => (issue.input === undefined || issue.input === null || issue.input === '' ? choose : invalid) });
}

/** A year filter (`?year=2024`), within the same years as the dates. */
export const yearQuerySchema = z.coerce
  .number(`Năm phải là số, từ ${dateYears.min} đến ${dateYears.max}.`)
  .int(`Năm phải là số nguyên, từ ${dateYears.min} đến ${dateYears.max}.`)
  .min(dateYears.min, `Năm phải từ ${dateYears.min} đến ${dateYears.max}.`)
  .max(dateYears.max, `Năm phải từ ${dateYears.min} đến ${dateYears.max}.`);

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
