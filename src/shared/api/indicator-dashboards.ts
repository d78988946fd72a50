import { z } from 'zod';
import { provinceCodeSchema } from './common.js';
import { indicatorAggregations, indicatorCodeSchema, indicatorValueTypes, rightsDomains } from './indicators.js';
import { parsePeriod, periodFrequencies, periodYears } from '../indicators/periods.js';

/**
 * Indicator dashboards read only the aggregates kept current in the workflow's transaction
 * (never the raw values), so an approval shows the moment it answers.
 *
 * Roll-up rules, the same for old provinces merging into a current one and for provinces adding
 * up to the national total:
 * - 'sum' adds the values (and the targets when every unit has one);
 * - 'ratio' is recomputed from the summed numerators and denominators × scale, never an average
 *   of percentages; a unit that reported only the percentage makes the total not aggregable;
 * - 'latest' is a stock figure (the latest count): counts and money add up across units, any
 *   other value type (a rate) is not aggregable across several units;
 * - 'none' stands when a single unit reported it, and is not aggregable otherwise.
 * A figure that is not aggregable is `null` with `notAggregable: true`, never averaged.
 */

/** Which figures count: approved only (the default), or also those submitted and not yet approved. */
export const dashboardStages = ['approved', 'submitted'] as const;
export type DashboardStage = (typeof dashboardStages)[number];

/** What a pivot's rows and columns may be. */
export const pivotDimensions = ['province', 'period', 'indicator'] as const;
export type PivotDimension = (typeof pivotDimensions)[number];

/** The national total's pseudo-province code in tables and files. */
export const NATIONAL_CODE = 'VN';

const stageSchema = z.enum(dashboardStages, 'Giai đoạn số liệu là approved (đã phê duyệt) hoặc submitted (gồm cả đã nộp)').default('approved');

const periodCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine((s) => parsePeriod(s) !== null, 'Kỳ báo cáo không hợp lệ (ví dụ 2024, 2024-Q2, 2024-M05, 2024-YTD06)')
  .describe('Mã kỳ: 2024, 2024-Q2, 2024-M05, 2024-YTD06');

/** `A,B,C` in a query string, or the parameter repeated. */
const indicatorListSchema = z
  .preprocess(
    (v) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : v),
    z.array(indicatorCodeSchema).min(1, 'Chọn ít nhất một chỉ tiêu').max(100, 'Tối đa 100 chỉ tiêu một lần'),
  )
  .describe('Mã chỉ tiêu, cách nhau bằng dấu phẩy');

const yearSchema = z.coerce
  .number('Năm phải là số')
  .int('Năm phải là số nguyên')
  .min(periodYears.min, `Năm từ ${periodYears.min} đến ${periodYears.max}`)
  .max(periodYears.max, `Năm từ ${periodYears.min} đến ${periodYears.max}`);

export const overviewQuerySchema = z.object({
  indicators: indicatorListSchema.optional().describe('Mã chỉ tiêu, cách nhau bằng dấu phẩy; bỏ trống là mọi chỉ tiêu có số liệu của kỳ'),
  period: periodCodeSchema,
  stage: stageSchema,
});
export type OverviewQuery = z.infer<typeof overviewQuerySchema>;

const trendQueryBase = z.object({
  indicator: indicatorCodeSchema,
  frequency: z.enum(periodFrequencies, 'Tần suất không hợp lệ'),
  fromYear: yearSchema,
  toYear: yearSchema,
  province: provinceCodeSchema.optional().describe('Mã tỉnh hiện hành; bỏ trống là toàn quốc'),
  stage: stageSchema,
});
const yearRange: [(q: { fromYear: number; toYear: number }) => boolean, { message: string; path: string[] }] = [
  (q) => q.toYear >= q.fromYear && q.toYear - q.fromYear <= 20,
  { message: 'Khoảng năm từ fromYear đến toYear (không nhỏ hơn), tối đa 20 năm', path: ['toYear'] },
];
export const trendQuerySchema = trendQueryBase.refine(...yearRange);
export type TrendQuery = z.infer<typeof trendQuerySchema>;

const pivotQueryBase = z.object({
  rows: z.enum(pivotDimensions, 'Hàng là province, period hoặc indicator').default('province'),
  columns: z.enum(pivotDimensions, 'Cột là province, period hoặc indicator').default('indicator'),
  year: yearSchema,
  frequency: z.enum(periodFrequencies, 'Tần suất không hợp lệ'),
  indicators: indicatorListSchema.optional(),
  /** The period the table shows when neither rows nor columns are periods. */
  period: periodCodeSchema.optional(),
  /** One province (none: the nation) when neither rows nor columns are provinces; else the provinces shown. */
  provinces: z
    .preprocess((v) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : v), z.array(provinceCodeSchema).max(34))
    .optional()
    .describe('Mã tỉnh, cách nhau bằng dấu phẩy; bỏ trống là mọi tỉnh'),
  stage: stageSchema,
});
const distinctAxes: [(q: { rows: string; columns: string }) => boolean, { message: string; path: string[] }] = [
  (q) => q.rows !== q.columns,
  { message: 'Hàng và cột phải khác nhau', path: ['columns'] },
];
export const pivotQuerySchema = pivotQueryBase.refine(...distinctAxes);
export type PivotQuery = z.infer<typeof pivotQuerySchema>;

export const exportFormats = ['xlsx', 'csv'] as const;
export const dashboardTables = ['overview', 'trend', 'pivot'] as const;
export type DashboardTable = (typeof dashboardTables)[number];

/** One figure: a province's, or the nation's, for one indicator and period. */
export const figureSchema = z.object({
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  target: z.number().nullable(),
  /** value / target × 100, when both are known. */
  targetPercent: z.number().nullable(),
  /** True when the figure exists but cannot be rolled up (value is then null). */
  notAggregable: z.boolean(),
  /** Reports (or provinces, for the nation) that went into the figure. */
  units: z.number().int(),
});
export type Figure = z.infer<typeof figureSchema>;

export const dashboardIndicatorSchema = z.object({
  code: z.string(),
  nameVi: z.string(),
  nameEn: z.string().nullable(),
  unit: z.string(),
  valueType: z.enum(indicatorValueTypes),
  decimals: z.number().int(),
  domain: z.enum(rightsDomains),
  aggregation: z.enum(indicatorAggregations),
  higherIsBetter: z.boolean(),
}).meta({ id: 'DashboardIndicator' });
export type DashboardIndicator = z.infer<typeof dashboardIndicatorSchema>;

export const provinceFigureSchema = figureSchema.extend({
  provinceCode: z.string(),
  provinceName: z.string(),
  /** The same period of last year. */
  previousValue: z.number().nullable(),
  /** value − previousValue (points for a percentage). */
  change: z.number().nullable(),
  /** 1 = best (highest, or lowest when lower is better); ties share a rank; null without a value. */
  rank: z.number().int().nullable(),
  /** Whether this province's figure counts submitted, not yet approved, reports. */
  includesSubmitted: z.boolean(),
});
export type ProvinceFigure = z.infer<typeof provinceFigureSchema>;

export const overviewIndicatorSchema = z.object({
  indicator: dashboardIndicatorSchema,
  national: figureSchema.extend({ previousValue: z.number().nullable(), change: z.number().nullable(), provincesReported: z.number().int() }),
  provinces: z.array(provinceFigureSchema),
});
export type OverviewIndicator = z.infer<typeof overviewIndicatorSchema>;

export const overviewSchema = z.object({
  period: z.string(),
  periodLabel: z.string(),
  previousPeriod: z.string(),
  stage: z.enum(dashboardStages),
  /** The caller's own province (null for national roles): submitted figures are shown only for it. */
  viewerProvince: z.string().nullable(),
  indicators: z.array(overviewIndicatorSchema),
}).meta({ id: 'IndicatorOverview' });
export type Overview = z.infer<typeof overviewSchema>;

export const trendSchema = z.object({
  indicator: dashboardIndicatorSchema,
  scope: z.object({ provinceCode: z.string(), provinceName: z.string() }),
  stage: z.enum(dashboardStages),
  points: z.array(figureSchema.extend({ period: z.string(), periodLabel: z.string() })),
}).meta({ id: 'IndicatorTrend' });
export type Trend = z.infer<typeof trendSchema>;

export const pivotHeaderSchema = z.object({ key: z.string(), label: z.string() });
export const pivotSchema = z.object({
  rows: z.enum(pivotDimensions),
  columns: z.enum(pivotDimensions),
  /** The dimension fixed to one member (neither rows nor columns), and that member. */
  fixed: z.object({ dimension: z.enum(pivotDimensions), key: z.string(), label: z.string() }),
  rowHeaders: z.array(pivotHeaderSchema),
  columnHeaders: z.array(pivotHeaderSchema),
  /** cells[row][column]; indicators keyed by code, provinces by code ('VN' the nation), periods by code. */
  cells: z.array(z.array(figureSchema)),
  indicators: z.array(dashboardIndicatorSchema),
  stage: z.enum(dashboardStages),
}).meta({ id: 'IndicatorPivot' });
export type Pivot = z.infer<typeof pivotSchema>;

/** The same filters as the table's, and the file format. */
const formatField = { format: z.enum(exportFormats, 'Định dạng tệp là xlsx hoặc csv').default('xlsx') };
export const overviewExportQuerySchema = overviewQuerySchema.extend(formatField);
export const trendExportQuerySchema = trendQueryBase.extend(formatField).refine(...yearRange);
export const pivotExportQuerySchema = pivotQueryBase.extend(formatField).refine(...distinctAxes);
