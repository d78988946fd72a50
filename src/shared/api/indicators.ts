import { z } from 'zod';
import { pageOf, pageQuerySchema, searchTextSchema } from './common.js';
import { periodFrequencies } from '../indicators/periods.js';

/** How a value is stated: a count of people or households, money in đồng, a percentage, a ratio of two counts, any number. */
export const indicatorValueTypes = ['count', 'money', 'percent', 'ratio', 'number'] as const;
export type IndicatorValueType = (typeof indicatorValueTypes)[number];

/**
 * How a figure rolls up the hierarchy: added up; a ratio recomputed from its summed numerator
 * and denominator (never an average of percentages); the latest value; or not at all.
 */
export const indicatorAggregations = ['sum', 'ratio', 'latest', 'none'] as const;
export type IndicatorAggregation = (typeof indicatorAggregations)[number];

/** Rights domains the catalogue is grouped by; labels in the i18n files (`indicators.domain.*`). */
export const rightsDomains = [
  'work',
  'social_security',
  'housing',
  'education',
  'health',
  'children',
  'gender_equality',
  'persons_with_disabilities',
  'older_persons',
  'ethnic_minorities',
  'belief_religion',
  'poverty',
  'people_with_merit',
  'justice',
  'information',
] as const;
export type RightsDomain = (typeof rightsDomains)[number];

/** Disaggregations whose parts must add up to the total, and their parts (`part` of a value). */
export const disaggregations = { sex: ['sex:female', 'sex:male'], ethnicity: ['ethnicity:minority', 'ethnicity:kinh'] } as const;
export type Disaggregation = keyof typeof disaggregations;
export const disaggregationKeys = Object.keys(disaggregations) as Disaggregation[];
/** Every value part: '' is the total. */
export const valueParts = ['', ...disaggregations.sex, ...disaggregations.ethnicity] as const;
export type ValuePart = (typeof valueParts)[number];

/** Units a form is reported by. A legacy province reports figures of periods before 1 July 2025. */
export const reportingUnitKinds = ['national', 'province', 'legacy_province', 'commune', 'agency'] as const;
export type ReportingUnitKind = (typeof reportingUnitKinds)[number];
/** What a form is meant for: the legacy province reports the province form. */
export const formUnitKinds = ['national', 'province', 'commune', 'agency'] as const;

export const indicatorCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z][A-Z0-9_.-]{1,39}$/, 'Mã chỉ tiêu gồm 2–40 ký tự: chữ cái không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới, bắt đầu bằng chữ cái');

const optionalText = (max: number, label: string) => z.string().trim().max(max, `${label} tối đa ${max} ký tự`).nullable().default(null);

export const indicatorInputSchema = z.object({
  code: indicatorCodeSchema,
  nameVi: z.string().trim().min(3, 'Nhập tên chỉ tiêu (tiếng Việt)').max(500, 'Tên chỉ tiêu tối đa 500 ký tự'),
  nameEn: optionalText(500, 'Tên tiếng Anh'),
  unit: z.string().trim().min(1, 'Nhập đơn vị tính').max(50, 'Đơn vị tính tối đa 50 ký tự'),
  valueType: z.enum(indicatorValueTypes, 'Kiểu giá trị không hợp lệ'),
  decimals: z.number().int('Số chữ số thập phân phải là số nguyên').min(0, 'Số chữ số thập phân không âm').max(4, 'Tối đa 4 chữ số thập phân').default(0),
  domain: z.enum(rightsDomains, 'Lĩnh vực quyền không hợp lệ'),
  aggregation: z.enum(indicatorAggregations, 'Cách tổng hợp không hợp lệ'),
  higherIsBetter: z.boolean().default(true),
  maxValue: z.number().positive('Giá trị tối đa phải dương').nullable().default(null).describe('Giới hạn trên; phần trăm mặc định 100'),
  ratioScale: z.number().int().min(1).max(1_000_000).default(100).describe('Tỷ lệ = tử số / mẫu số × hệ số (100 cho phần trăm)'),
  numeratorLabel: optionalText(200, 'Tên tử số'),
  denominatorLabel: optionalText(200, 'Tên mẫu số'),
  sdgTarget: optionalText(100, 'Mục tiêu SDG/VSDG'),
  disaggregations: z.array(z.enum(disaggregationKeys as [Disaggregation, ...Disaggregation[]], 'Phân tổ không hợp lệ')).max(2).default([]),
  description: optionalText(2000, 'Mô tả'),
  active: z.boolean().default(true),
  position: z.number().int().min(0).max(100_000).default(0),
});
export type IndicatorInput = z.input<typeof indicatorInputSchema>;

export const indicatorSchema = indicatorInputSchema.extend({
  code: z.string(),
  maxValue: z.number().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
}).meta({ id: 'Indicator' });
export type Indicator = z.infer<typeof indicatorSchema>;

export const indicatorUpdateSchema = indicatorInputSchema.omit({ code: true }).extend({
  version: z.number().int().min(1).describe('Phiên bản đang sửa; 409 nếu người khác đã sửa trước'),
});

export const indicatorListQuerySchema = pageQuerySchema.extend({
  q: searchTextSchema.optional(),
  domain: z.enum(rightsDomains, 'Lĩnh vực quyền không hợp lệ').optional(),
  active: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});
export const indicatorListSchema = pageOf(indicatorSchema);

export const indicatorCodeParamsSchema = z.object({ code: indicatorCodeSchema });

export const ruleOperators = ['<=', '<', '=', '>=', '>'] as const;
export const ruleSeverities = ['error', 'warning'] as const;

/** A rule between two indicators of the same report: `left op right × factor`. */
export const indicatorRuleInputSchema = z.object({
  leftCode: indicatorCodeSchema,
  operator: z.enum(ruleOperators, 'Phép so sánh không hợp lệ'),
  rightCode: indicatorCodeSchema,
  factor: z.number().positive('Hệ số phải dương').max(1_000_000).default(1),
  severity: z.enum(ruleSeverities, 'Mức độ không hợp lệ'),
  message: z.string().trim().min(5, 'Nhập thông báo cho người báo cáo').max(500),
});
export const indicatorRuleSchema = indicatorRuleInputSchema.extend({ id: z.uuid(), leftCode: z.string(), rightCode: z.string() }).meta({ id: 'IndicatorRule' });
export type IndicatorRule = z.infer<typeof indicatorRuleSchema>;

export const formIndicatorSchema = z.object({
  indicatorCode: indicatorCodeSchema,
  required: z.boolean().default(false),
});

export const reportFormInputSchema = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z][A-Z0-9_.-]{1,39}$/, 'Mã biểu mẫu gồm 2–40 ký tự: chữ cái không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới'),
  name: z.string().trim().min(3, 'Nhập tên biểu mẫu').max(300),
  unitKind: z.enum(formUnitKinds, 'Cấp báo cáo không hợp lệ'),
  frequency: z.enum(periodFrequencies, 'Kỳ báo cáo không hợp lệ'),
  deadlineDays: z.number().int('Hạn nộp phải là số ngày nguyên').min(-90, 'Hạn nộp sớm nhất 90 ngày trước cuối kỳ').max(120, 'Hạn nộp muộn nhất 120 ngày sau cuối kỳ'),
  active: z.boolean().default(true),
  indicators: z.array(formIndicatorSchema).min(1, 'Biểu mẫu cần ít nhất một chỉ tiêu').max(200, 'Biểu mẫu tối đa 200 chỉ tiêu'),
});
export const reportFormSchema = reportFormInputSchema
  .extend({ id: z.uuid(), code: z.string(), version: z.number().int(), indicators: z.array(z.object({ indicatorCode: z.string(), required: z.boolean() })) })
  .meta({ id: 'ReportForm' });
export type ReportForm = z.infer<typeof reportFormSchema>;
export const reportFormUpdateSchema = reportFormInputSchema.omit({ code: true }).extend({ version: z.number().int().min(1) });

/** Every rule between indicators (few: a list, not pages). */
export const indicatorRuleListSchema = z.object({ items: z.array(indicatorRuleSchema) });
export const indicatorRuleParamsSchema = z.object({ id: z.uuid('Mã quy tắc không hợp lệ') });
export const reportFormListSchema = z.object({ items: z.array(reportFormSchema) });
export const reportFormParamsSchema = z.object({ id: z.uuid('Mã biểu mẫu không hợp lệ') });
export type ReportFormInput = z.input<typeof reportFormInputSchema>;
export type IndicatorRuleInput = z.input<typeof indicatorRuleInputSchema>;
export type IndicatorListQuery = z.infer<typeof indicatorListQuerySchema>;
