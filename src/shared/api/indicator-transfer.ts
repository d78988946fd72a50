import { z } from 'zod';
import { pageOf, pageQuerySchema, provinceCodeSchema, searchTextSchema } from './common.js';
import { reportingUnitKinds, valueParts } from './indicators.js';
import { periodCodeSchema, reportingUnitSchema, reportStatuses } from './indicator-reports.js';

/**
 * Moving indicator figures in and out: the Excel template of one report, imports of that template
 * or of the long CSV other systems exchange, exports, and the figures document intake captured.
 */

export const indicatorTransferLimits = {
  /** Largest file a person uploads through the web (an Excel template or a long CSV). */
  uploadBytes: 20 * 1024 * 1024,
  /** Data lines a long CSV may hold per upload; more is refused with 413 (split the file). */
  csvRows: 200_000,
  /** Filled rows an Excel template may hold: a form has at most 200 indicators × 5 parts. */
  xlsxRows: 2_000,
} as const;

/**
 * The long CSV's columns, in this order, header line required. UTF-8, comma-separated, dot as
 * the decimal mark and no thousands separator (`1234.5`): it is an exchange between systems,
 * so it follows the machine convention, not the vi-VN display one.
 */
export const longCsvColumns = ['unit_kind', 'unit_code', 'period', 'indicator_code', 'part', 'value', 'target'] as const;

export const templateQuerySchema = reportingUnitSchema.extend({
  formId: z.uuid('Biểu mẫu không hợp lệ'),
  period: periodCodeSchema,
});
export type TemplateQuery = z.infer<typeof templateQuerySchema>;

export const importQuerySchema = z.object({
  formId: z.uuid('Biểu mẫu không hợp lệ').optional().describe('Biểu mẫu của tệp CSV dạng dài (bắt buộc với CSV; tệp Excel mẫu tự mang biểu mẫu)'),
});

/** One report an import wrote into. */
export const importedReportSchema = z.object({
  reportId: z.uuid(),
  formCode: z.string(),
  unitKind: z.enum(reportingUnitKinds),
  unitCode: z.string(),
  unitName: z.string(),
  period: z.string(),
  /** The draft did not exist before this import. */
  created: z.boolean(),
  values: z.number().int(),
});

export const importResultSchema = z
  .object({
    fileKind: z.enum(['xlsx', 'csv', 'intake']).describe('Nguồn: tệp mẫu Excel, CSV dạng dài, hoặc số liệu từ tài liệu đã nhập'),
    values: z.number().int().describe('Số giá trị đã ghi'),
    reports: z.array(importedReportSchema),
  })
  .meta({ id: 'IndicatorImportResult' });
export type IndicatorImportResult = z.infer<typeof importResultSchema>;

export const exportQuerySchema = z.object({
  formId: z.uuid('Biểu mẫu không hợp lệ'),
  period: periodCodeSchema.optional(),
  provinceCode: provinceCodeSchema.optional(),
  unitKind: z.enum(reportingUnitKinds, 'Loại đơn vị báo cáo không hợp lệ').optional(),
  status: z.enum(reportStatuses, 'Trạng thái không hợp lệ').optional(),
  format: z.enum(['csv', 'xlsx'], 'Định dạng phải là csv hoặc xlsx').default('csv'),
});
export type ExportQuery = z.infer<typeof exportQuerySchema>;
export const reportExportQuerySchema = z.object({ format: z.enum(['csv', 'xlsx'], 'Định dạng phải là csv hoặc xlsx').default('xlsx') });

/** Figures document intake captured, where to look them up. */
export const figuresQuerySchema = z
  .object({
    conferenceId: z.uuid('Hội nghị không hợp lệ').optional(),
    documentId: z.uuid('Tài liệu không hợp lệ').optional(),
  })
  .refine((q) => q.conferenceId || q.documentId, { message: 'Chọn hội nghị hoặc tài liệu', path: ['conferenceId'] });

/** Documents and conferences holding figures, searched (`GET /indicator-transfer/figure-sources`). */
export const figureSourcesQuerySchema = pageQuerySchema.extend({ q: searchTextSchema.optional().describe('Tên tệp, tên hội nghị hoặc tỉnh (không cần dấu)') });
export const figureSourceSchema = z
  .object({
    documentId: z.uuid(),
    documentName: z.string(),
    eventDate: z.string().nullable(),
    conferenceId: z.uuid().nullable(),
    conferenceTitle: z.string().nullable(),
    provinceCode: z.string().nullable(),
    provinceName: z.string().nullable(),
    figures: z.number().int().describe('Số liệu tài liệu nêu'),
  })
  .meta({ id: 'FigureSource' });
export type FigureSource = z.infer<typeof figureSourceSchema>;
export const figureSourceListSchema = pageOf(figureSourceSchema);

export const figureSuggestionSchema = z.object({ indicatorCode: z.string(), nameVi: z.string(), unit: z.string(), score: z.number() });

export const reportedFigureSchema = z
  .object({
    id: z.uuid(),
    documentId: z.uuid(),
    documentName: z.string(),
    conferenceId: z.uuid().nullable(),
    provinceCode: z.string().nullable(),
    provinceName: z.string().nullable(),
    legacyProvinceCode: z.string().nullable().describe('Tỉnh cũ (trước 1/7/2025) của số liệu: nơi hội nghị được tổ chức, hoặc tỉnh cũ duy nhất của tỉnh'),
    legacyProvinceName: z.string().nullable(),
    label: z.string(),
    value: z.number(),
    unit: z.string().nullable(),
    target: z.number().nullable(),
    period: z.string().nullable(),
    quote: z.string().nullable().describe('Câu trong tài liệu nêu số liệu'),
    suggestion: figureSuggestionSchema.nullable().describe('Chỉ tiêu gợi ý theo tên và đơn vị'),
    /** Reports this figure was already sent into. */
    sentTo: z.array(z.object({ reportId: z.uuid(), indicatorCode: z.string(), period: z.string() })),
  })
  .meta({ id: 'ReportedFigure' });
export type ReportedFigure = z.infer<typeof reportedFigureSchema>;
export const reportedFigureListSchema = z.object({ items: z.array(reportedFigureSchema) });

export const sendFiguresSchema = z.object({
  formId: z.uuid('Biểu mẫu không hợp lệ'),
  period: periodCodeSchema,
  unitKind: z
    .enum(['province', 'legacy_province'], 'Đơn vị nhận phải là tỉnh')
    .optional()
    .describe('Với unitCode; mặc định: tỉnh cũ với kỳ kết thúc trước 1/7/2025, tỉnh hiện nay với các kỳ sau'),
  unitCode: z.string().trim().min(1).max(64).optional().describe('Mặc định: tỉnh của số liệu (tỉnh cũ của số liệu với kỳ kết thúc trước 1/7/2025)'),
  mappings: z
    .array(z.object({ figureId: z.uuid(), indicatorCode: z.string().trim().min(1).max(40), part: z.enum(valueParts).default('') }))
    .min(1, 'Chọn ít nhất một số liệu')
    .max(500),
});
export type SendFigures = z.input<typeof sendFiguresSchema>;
export type SendFiguresBody = z.output<typeof sendFiguresSchema>;
