import { z } from 'zod';
import { isoDateSchema, pageOf, pageQuerySchema, provinceCodeSchema, requiredDateSchema, searchTextSchema, yearQuerySchema } from './common.js';
import { followupStatuses } from './followup.js';

/*
 * Working visits (đoàn công tác khảo sát, kiểm tra, hướng dẫn) of the Standing Office or a
 * province's Steering Committee: dates, the province visited, the delegation's body, the units
 * visited, the members (officials acting in office: name and position only), purpose and
 * findings. The recommendations and findings it leaves become follow-up items (kind 'visit').
 */

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} tối đa ${max.toLocaleString('vi-VN')} ký tự`)
    .nullable()
    .default(null)
    .transform((s) => (s === '' ? null : s));

export const visitedUnitSchema = z.object({
  organisationId: z.uuid('Đơn vị được làm việc không hợp lệ').nullable().default(null).describe('Cơ quan trong danh bạ; trống khi đơn vị chưa có trong danh bạ'),
  name: z.string().trim().max(300, 'Tên đơn vị tối đa 300 ký tự').default('').describe('Tên đơn vị; trống thì lấy tên trong danh bạ'),
});
export const visitMemberSchema = z.object({
  name: z.string().trim().min(1, 'Nhập họ tên thành viên đoàn').max(200, 'Họ tên tối đa 200 ký tự'),
  position: optionalText(300, 'Chức vụ'),
  organisationId: z.uuid('Cơ quan của thành viên không hợp lệ').nullable().default(null),
});

export const visitFieldsSchema = z.object({
  title: z.string().trim().min(1, 'Nhập tên đoàn công tác').min(3, 'Tên đoàn công tác cần ít nhất 3 ký tự').max(500, 'Tên đoàn công tác tối đa 500 ký tự'),
  startDate: requiredDateSchema('Nhập ngày bắt đầu'),
  endDate: isoDateSchema.nullable().default(null),
  provinceCode: provinceCodeSchema.nullable().default(null).describe('Tỉnh được khảo sát; trống với đoàn làm việc ở cấp quốc gia'),
  leadOrganisationId: z.uuid('Cơ quan chủ trì đoàn không hợp lệ').nullable().default(null).describe('Cơ quan của trưởng đoàn'),
  visitedUnits: z.array(visitedUnitSchema).max(50, 'Tối đa 50 đơn vị được làm việc').default([]),
  members: z.array(visitMemberSchema).max(50, 'Tối đa 50 thành viên đoàn').default([]),
  purpose: optionalText(8000, 'Mục đích'),
  findings: optionalText(20000, 'Kết quả, nhận xét'),
});
export type VisitFields = z.output<typeof visitFieldsSchema>;

/** A recommendation or finding the delegation left: it becomes a follow-up item of the visit. */
export const visitRecommendationSchema = z.object({
  nature: z.enum(['recommendation', 'finding'], 'Chọn kiến nghị hoặc phát hiện'),
  text: z.string().trim().min(1, 'Nhập nội dung kiến nghị').min(3, 'Nội dung cần ít nhất 3 ký tự').max(8000, 'Nội dung tối đa 8.000 ký tự'),
  leadOrganisationId: z.uuid('Cơ quan chủ trì không hợp lệ').nullable().default(null),
  dueDate: isoDateSchema.nullable().default(null),
});
export type VisitRecommendationInput = z.input<typeof visitRecommendationSchema>;

/** Cross-field rules, shared by the form and the server so both say the same thing at the same path. */
export function visitFieldIssues(v: Pick<VisitFields, 'startDate' | 'endDate' | 'visitedUnits'>): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  if (v.endDate && v.startDate && v.endDate < v.startDate) issues.push({ path: 'endDate', message: 'Ngày kết thúc không được trước ngày bắt đầu.' });
  v.visitedUnits.forEach((u, i) => {
    if (!u.organisationId && !u.name) issues.push({ path: `visitedUnits.${i}.name`, message: 'Chọn đơn vị trong danh bạ hoặc nhập tên đơn vị.' });
  });
  return issues;
}

const withRules = <T extends z.ZodType<Pick<VisitFields, 'startDate' | 'endDate' | 'visitedUnits'>>>(schema: T) =>
  schema.superRefine((v, ctx) => {
    for (const issue of visitFieldIssues(v)) ctx.addIssue({ code: 'custom', path: issue.path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), message: issue.message });
  });

export const visitCreateSchema = withRules(
  visitFieldsSchema.extend({
    recommendations: z.array(visitRecommendationSchema).max(100, 'Tối đa 100 kiến nghị mỗi lần').default([]).describe('Kiến nghị, phát hiện: mỗi mục thành một việc theo dõi'),
  }),
).meta({ id: 'WorkingVisitCreate' });
export type VisitCreateInput = z.input<typeof visitCreateSchema>;

export const visitUpdateSchema = withRules(
  visitFieldsSchema.extend({ version: z.number().int().min(1).describe('Phiên bản đã đọc; khác phiên bản hiện tại thì trả về 409') }),
).meta({ id: 'WorkingVisitUpdate' });
export type VisitUpdateInput = z.input<typeof visitUpdateSchema>;

export const visitRecommendationsSchema = z
  .object({ recommendations: z.array(visitRecommendationSchema).min(1, 'Nhập ít nhất một kiến nghị').max(100, 'Tối đa 100 kiến nghị mỗi lần') })
  .meta({ id: 'WorkingVisitRecommendations' });
export type VisitRecommendationsInput = z.input<typeof visitRecommendationsSchema>;
export const visitRecommendationsResultSchema = z.object({ itemIds: z.array(z.uuid()) });

export const visitListQuerySchema = pageQuerySchema.extend({
  provinceCode: provinceCodeSchema.optional(),
  /** 'national': only national-level visits. */
  level: z.enum(['national', 'provincial'], 'Cấp không hợp lệ').optional(),
  year: yearQuerySchema.optional(),
  q: searchTextSchema.optional().describe('Tìm trong tên đoàn, đơn vị được làm việc, cơ quan chủ trì, mục đích; không cần dấu'),
});
export type VisitListQuery = z.infer<typeof visitListQuerySchema>;

const named = z.object({ id: z.uuid(), name: z.string() });

/** What the list and the page both say of a visit. */
const visitHeadFields = {
  id: z.uuid(),
  title: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  provinceCode: z.string().nullable(),
  provinceName: z.string().nullable(),
  leadOrganisation: named.nullable(),
  sample: z.boolean(),
  version: z.number().int(),
};

export const visitListItemSchema = z
  .object({
    ...visitHeadFields,
    visitedUnitNames: z.array(z.string()),
    /** Follow-up items made of its recommendations and findings, how many still open and overdue. */
    itemCount: z.number().int(),
    openCount: z.number().int(),
    overdueCount: z.number().int(),
  })
  .meta({ id: 'WorkingVisitListItem' });
export type VisitListItem = z.infer<typeof visitListItemSchema>;
export const visitListSchema = pageOf(visitListItemSchema).meta({ id: 'WorkingVisitList' });

export const visitItemSchema = z.object({
  id: z.uuid(),
  nature: z.enum(['direction', 'limitation', 'finding', 'recommendation']).nullable(),
  reference: z.string().nullable(),
  text: z.string(),
  leadOrganisation: named.nullable(),
  provinceCode: z.string().nullable(),
  dueDate: z.string().nullable(),
  status: z.enum(followupStatuses),
  overdue: z.boolean(),
  dueSoon: z.boolean(),
});
export type VisitItem = z.infer<typeof visitItemSchema>;

export const visitDetailSchema = z
  .object({
    ...visitHeadFields,
    visitedUnits: z.array(z.object({ organisationId: z.uuid().nullable(), name: z.string() })),
    members: z.array(z.object({ name: z.string(), position: z.string().nullable(), organisationId: z.uuid().nullable(), organisationName: z.string().nullable() })),
    purpose: z.string().nullable(),
    findings: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    items: z.array(visitItemSchema),
    /** Why the reader may not do each thing, or null when they may (the server checks again). */
    refusals: z.object({ edit: z.string().nullable(), delete: z.string().nullable() }),
  })
  .meta({ id: 'WorkingVisit' });
export type VisitDetail = z.infer<typeof visitDetailSchema>;
