import { z } from 'zod';
import { pageOf, pageQuerySchema, provinceCodeSchema, searchTextSchema } from './common.js';
import { indicatorSchema, reportingUnitKinds, valueParts } from './indicators.js';
import { parsePeriod } from '../indicators/periods.js';

export const reportStatuses = ['draft', 'submitted', 'returned', 'approved'] as const;
export type ReportStatus = (typeof reportStatuses)[number];

export const periodCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine((s) => parsePeriod(s) !== null, 'Kỳ báo cáo không hợp lệ: dùng 2024, 2024-Q2, 2024-M05 hoặc 2024-YTD06 (6 tháng đầu năm)')
  .describe('Kỳ báo cáo: 2024 (năm), 2024-Q2 (quý), 2024-M05 (tháng), 2024-YTD05/06/09 (5, 6, 9 tháng đầu năm)');

/** A reporting unit: its kind and code (province or commune code, organisation id, 'VN'). */
export const reportingUnitSchema = z.object({
  unitKind: z.enum(reportingUnitKinds, 'Loại đơn vị báo cáo không hợp lệ'),
  unitCode: z.string().trim().min(1, 'Chọn đơn vị báo cáo').max(64, 'Mã đơn vị không hợp lệ'),
});

/** The units the caller may read for a form (`GET /indicator-reporting-units`). */
export const reportingUnitQuerySchema = pageQuerySchema.extend({
  formId: z.uuid('Biểu mẫu không hợp lệ'),
  q: searchTextSchema.optional(),
  provinceCode: provinceCodeSchema.optional(),
  /** With a period, only the units that report it (old provinces only before 1 July 2025, current ones only from then). */
  period: periodCodeSchema.optional(),
});
export const reportingUnitItemSchema = reportingUnitSchema
  .extend({
    unitName: z.string(),
    provinceCode: z.string().nullable().describe('Tỉnh hiện nay mà đơn vị thuộc về (null: toàn quốc)'),
    /** Why the caller may not report for this unit, or null when they may. */
    reportRefusal: z.string().nullable(),
  })
  .meta({ id: 'IndicatorReportingUnit' });
export type ReportingUnitItem = z.infer<typeof reportingUnitItemSchema>;
export const reportingUnitListSchema = pageOf(reportingUnitItemSchema);

/** Opens (creates if need be) the report of a unit for a form and period. */
export const reportOpenSchema = reportingUnitSchema.extend({ formId: z.uuid('Biểu mẫu không hợp lệ'), period: periodCodeSchema });

export const reportSummarySchema = z
  .object({
    id: z.uuid(),
    formId: z.uuid(),
    formCode: z.string(),
    formName: z.string(),
    unitKind: z.enum(reportingUnitKinds),
    unitCode: z.string(),
    unitName: z.string(),
    provinceCode: z.string().nullable(),
    period: z.string(),
    dueDate: z.string(),
    status: z.enum(reportStatuses),
    version: z.number().int(),
    submittedAt: z.string().nullable(),
    approvedAt: z.string().nullable(),
    lastReason: z.string().nullable(),
    updatedAt: z.string(),
    /** Submitted after its due date, or still not submitted and past it. */
    late: z.boolean(),
  })
  .meta({ id: 'IndicatorReportSummary' });
export type ReportSummary = z.infer<typeof reportSummarySchema>;

/** How the report list is ordered: last changed first (the default), newest period first, soonest due first. */
export const reportSorts = ['updated', 'period', 'due'] as const;
export type ReportSort = (typeof reportSorts)[number];

export const reportListQuerySchema = pageQuerySchema.extend({
  sort: z.enum(reportSorts, 'Cách sắp xếp không hợp lệ').default('updated'),
  formId: z.uuid('Biểu mẫu không hợp lệ').optional(),
  period: periodCodeSchema.optional(),
  status: z.enum(reportStatuses, 'Trạng thái không hợp lệ').optional(),
  provinceCode: provinceCodeSchema.optional(),
  unitKind: z.enum(reportingUnitKinds).optional(),
  /** Only what waits for the reader: drafts and returned reports to finish, submissions to approve. */
  waiting: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});
export const reportListSchema = pageOf(reportSummarySchema);

const amount = z.number().finite('Giá trị phải là số').min(-1e15, 'Giá trị quá nhỏ').max(1e15, 'Giá trị quá lớn').nullable();

export const valueInputSchema = z.object({
  indicatorCode: z.string().trim().min(1).max(40),
  part: z.enum(valueParts, 'Phân tổ không hợp lệ').default(''),
  value: amount.default(null),
  numerator: amount.default(null),
  denominator: amount.default(null),
  target: amount.default(null).describe('Chỉ tiêu/kế hoạch của kỳ'),
  comment: z.string().trim().max(2000, 'Ghi chú tối đa 2.000 ký tự').nullable().default(null),
});
export type ValueInput = z.input<typeof valueInputSchema>;

export const valueSchema = valueInputSchema.extend({
  part: z.string(),
  source: z.record(z.string(), z.unknown()).nullable(),
  updatedAt: z.string().nullable(),
});
export type IndicatorValue = z.infer<typeof valueSchema>;

export const validationIssueSchema = z
  .object({
    indicatorCode: z.string().nullable(),
    part: z.string(),
    field: z.enum(['value', 'numerator', 'denominator', 'target', 'comment']),
    severity: z.enum(['error', 'warning']),
    /** Stable code of the rule broken: 'required', 'range', 'numerator_gt_denominator', 'parts_sum', 'recomputed', 'outlier', 'rule'… */
    code: z.string(),
    message: z.string(),
  })
  .meta({ id: 'IndicatorValidationIssue' });
export type ValidationIssue = z.infer<typeof validationIssueSchema>;

/** Saves the cells sent (the others stay); a cell whose every field is null is removed. */
export const valuesSaveSchema = z.object({
  version: z.number().int().min(1).describe('Phiên bản báo cáo đang sửa; 409 nếu người khác đã lưu trước'),
  values: z.array(valueInputSchema).min(1, 'Không có giá trị nào để lưu').max(5000, 'Mỗi lần lưu tối đa 5.000 ô'),
});

export const reportEventSchema = z.object({
  action: z.string(),
  actorName: z.string().nullable(),
  reason: z.string().nullable(),
  at: z.string(),
  details: z.record(z.string(), z.unknown()).nullable(),
});

export const reportRowSchema = z.object({
  indicator: indicatorSchema,
  required: z.boolean(),
  values: z.array(valueSchema),
  /** The same period of the previous year, from the same unit (approved or not, as stored). */
  previousYear: z.object({ value: z.number().nullable(), target: z.number().nullable() }).nullable(),
});

export const reportDetailSchema = reportSummarySchema
  .extend({
    rows: z.array(reportRowSchema),
    issues: z.array(validationIssueSchema),
    events: z.array(reportEventSchema),
    can: z.object({ edit: z.boolean(), submit: z.boolean(), approve: z.boolean(), return: z.boolean(), reopen: z.boolean() }),
  })
  .meta({ id: 'IndicatorReport' });
export type ReportDetail = z.infer<typeof reportDetailSchema>;

export const valuesSavedSchema = z.object({ version: z.number().int(), issues: z.array(validationIssueSchema), updatedAt: z.string() });

export const workflowActionSchema = z.object({ version: z.number().int().min(1) });
export const workflowReasonSchema = workflowActionSchema.extend({
  reason: z.string().trim().min(5, 'Nêu lý do (ít nhất 5 ký tự)').max(2000, 'Lý do tối đa 2.000 ký tự'),
});

export const completenessQuerySchema = z.object({ formId: z.uuid('Biểu mẫu không hợp lệ'), period: periodCodeSchema, provinceCode: provinceCodeSchema.optional() });
export const completenessSchema = z.object({
  formId: z.uuid(),
  period: z.string(),
  dueDate: z.string(),
  units: z.array(
    z.object({
      unitKind: z.enum(reportingUnitKinds),
      unitCode: z.string(),
      unitName: z.string(),
      provinceCode: z.string().nullable(),
      reportId: z.uuid().nullable(),
      status: z.enum([...reportStatuses, 'missing']),
      submittedAt: z.string().nullable(),
      /** True on time, false late, null not yet submitted. */
      onTime: z.boolean().nullable(),
    }),
  ),
  counts: z.object({
    expected: z.number().int(),
    submitted: z.number().int(),
    approved: z.number().int(),
    onTime: z.number().int(),
    late: z.number().int(),
    inProgress: z.number().int().describe('Chưa nộp nhưng đang soạn: báo cáo nháp hoặc bị trả lại'),
    missing: z.number().int().describe('Chưa có báo cáo'),
  }),
});
