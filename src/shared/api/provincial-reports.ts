import { z } from 'zod';
import { provinceCodeSchema } from './common.js';
import { periodCodeSchema } from './indicator-reports.js';

/*
 * The provincial report (báo cáo kết quả công tác nhân quyền) and the national synthesis: Word
 * documents in the Decree 30/2020/NĐ-CP layout, built from the database for one period. A period
 * is an indicator period code (`2024`, `2024-YTD06` = 6 tháng đầu năm, `2024-Q2`, `2024-M05`), or
 * `year=2024` for the whole year. Before downloading, the preview says what the report will hold.
 */

export const provincialReportParamsSchema = z.object({ provinceCode: provinceCodeSchema });

export const provincialReportQuerySchema = z.object({
  period: periodCodeSchema.optional(),
  year: z.coerce
    .number('Năm báo cáo là số')
    .int('Năm báo cáo là số nguyên')
    .min(2000, 'Năm báo cáo từ 2000 đến 2100')
    .max(2100, 'Năm báo cáo từ 2000 đến 2100')
    .optional()
    .describe('Cả năm; dùng period cho 6 tháng đầu năm (2024-YTD06), quý, tháng'),
});
export type ProvincialReportQuery = z.infer<typeof provincialReportQuerySchema>;

const statusCountsSchema = z.object({
  total: z.number().int(),
  notStarted: z.number().int(),
  inProgress: z.number().int(),
  done: z.number().int(),
  notDone: z.number().int(),
  overdue: z.number().int(),
});
export type StatusCounts = z.infer<typeof statusCountsSchema>;

/** What a report will contain: the figures a person checks before downloading it. */
export const provincialReportPreviewSchema = z
  .object({
    provinceCode: z.string().nullable().describe('null: bản tổng hợp toàn quốc'),
    provinceName: z.string(),
    period: z.string(),
    periodLabel: z.string(),
    from: z.string(),
    to: z.string(),
    trainings: z.object({
      conferences: z.number().int(),
      participants: z.number().int().nullable(),
      connectionPoints: z.number().int(),
      testedConferences: z.number().int(),
    }),
    indicators: z.number().int().describe('Chỉ tiêu có số liệu đã phê duyệt trong kỳ'),
    items: statusCountsSchema,
    limitations: z.number().int(),
    carriedOver: z.number().int().describe('Việc chưa hoàn thành chuyển sang kỳ sau'),
  })
  .meta({ id: 'ProvincialReportPreview' });
export type ProvincialReportPreview = z.infer<typeof provincialReportPreviewSchema>;
