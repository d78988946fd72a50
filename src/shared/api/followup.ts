import { z } from 'zod';
import { isoDateSchema, pageOf, pageQuerySchema, provinceCodeSchema, requiredDateSchema, searchTextSchema } from './common.js';
import { rightsThemes } from './conferences.js';
import { periodCodeSchema } from './indicator-reports.js';

/*
 * Follow-up (theo dõi thực hiện): the contract shared by the server and the web app.
 * Items of five kinds live in one list; each national item may be assigned to provinces, which
 * makes one tracked copy per province. "Quá hạn" (overdue) and "sắp đến hạn" (due within 14
 * days) are computed from the due date on every read, never stored or typed.
 */

export const followupKinds = ['conference', 'visit', 'upr', 'treaty', 'plan'] as const;
export type FollowupKind = (typeof followupKinds)[number];
/** What a conference's or a visit's item is; null for the other kinds. */
export const followupNatures = ['direction', 'limitation', 'finding', 'recommendation'] as const;
export const followupStatuses = ['not_started', 'in_progress', 'done', 'not_done'] as const;
export type FollowupStatus = (typeof followupStatuses)[number];
export const uprPositions = ['accepted', 'noted'] as const;
/** The UN treaties Viet Nam is party to, by the code of their committee's documents. */
export const treaties = ['CCPR', 'CESCR', 'CERD', 'CEDAW', 'CRC', 'CAT', 'CRPD'] as const;
export const progressEventKinds = ['created', 'progress', 'status', 'closed', 'reopened', 'assigned'] as const;
/** Items due within this many days are flagged "sắp đến hạn" and reminded. */
export const dueSoonDays = 14;

const optionalText = (max: number, label: string) =>
  z.string().trim().max(max, `${label} tối đa ${max} ký tự`).nullable().default(null).transform((s) => (s === '' ? null : s));
const shortList = (max: number, label: string, itemMax = 200) =>
  z.array(z.string().trim().min(1, `${label} không được để trống`).max(itemMax, `${label} tối đa ${itemMax} ký tự`)).max(max, `${label}: tối đa ${max} mục`).default([]);

export const sdgTargetSchema = z
  .string()
  .trim()
  // A goal alone ('5') is what UN matrices often give ("SDG 5"); a target ('5.1') when they are precise.
  .regex(/^(1[0-7]|[1-9])(\.([1-9][0-9]?|[a-c]))?$/, 'Mục tiêu SDG có dạng 5, 1.2, 10.3 hoặc 16.b');

/** The fields a person enters for an item (create and edit). */
export const followupItemFieldsSchema = z.object({
  kind: z.enum(followupKinds, { error: (i) => (i.input == null || i.input === '' ? 'Chọn loại việc theo dõi' : 'Loại việc theo dõi không hợp lệ') }),
  nature: z.enum(followupNatures, 'Tính chất không hợp lệ').nullable().default(null),
  reference: optionalText(200, 'Số hiệu'),
  text: z.string().trim().min(1, 'Nhập nội dung việc cần theo dõi').min(3, 'Nội dung cần ít nhất 3 ký tự').max(8000, 'Nội dung tối đa 8.000 ký tự'),
  leadOrganisationId: z.uuid('Cơ quan chủ trì không hợp lệ').nullable().default(null).describe('Cơ quan chủ trì, từ danh mục cơ quan'),
  cooperatingOrganisationIds: z.array(z.uuid('Cơ quan phối hợp không hợp lệ')).max(50, 'Tối đa 50 cơ quan phối hợp').default([]),
  provinceCode: provinceCodeSchema.nullable().default(null).describe('Tỉnh hiện hành; trống với việc cấp quốc gia'),
  itemDate: requiredDateSchema('Nhập ngày giao việc (ngày ban hành, ngày hội nghị)'),
  dueDate: isoDateSchema.nullable().default(null),
  visitId: z.uuid('Đoàn công tác không hợp lệ').nullable().default(null),
  uprCycle: z.number().int('Chu kỳ UPR là số nguyên').min(1, 'Chu kỳ UPR từ 1 đến 9').max(9, 'Chu kỳ UPR từ 1 đến 9').nullable().default(null),
  uprPosition: z.enum(uprPositions, 'Lập trường chỉ là chấp thuận hoặc ghi nhận').nullable().default(null),
  recommendingStates: shortList(200, 'Quốc gia khuyến nghị', 100),
  treaty: z.enum(treaties, 'Công ước không hợp lệ').nullable().default(null),
  session: optionalText(100, 'Phiên họp'),
  paragraph: optionalText(50, 'Đoạn'),
  planNumber: optionalText(100, 'Số kế hoạch'),
  planDate: isoDateSchema.nullable().default(null),
  planTitle: optionalText(500, 'Tên kế hoạch'),
  themes: z.array(z.enum(rightsThemes, 'Chủ đề quyền không hợp lệ')).max(14).default([]),
  sdgs: z.array(sdgTargetSchema).max(30, 'Tối đa 30 mục tiêu SDG').default([]),
  affectedPersons: shortList(30, 'Nhóm chịu tác động'),
});

/** Cross-field rules, shared by the form and the server so both say the same thing at the same path. */
export function followupFieldIssues(v: z.output<typeof followupItemFieldsSchema>): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  if (v.dueDate && v.dueDate < v.itemDate) issues.push({ path: 'dueDate', message: 'Hạn hoàn thành không được trước ngày giao việc.' });
  if (v.planDate && v.planDate > v.itemDate && v.kind === 'plan') issues.push({ path: 'planDate', message: 'Ngày ban hành kế hoạch không được sau ngày giao việc.' });
  if (v.kind === 'upr' && v.uprCycle === null) issues.push({ path: 'uprCycle', message: 'Nhập chu kỳ UPR (ví dụ 4).' });
  if (v.kind === 'treaty' && v.treaty === null) issues.push({ path: 'treaty', message: 'Chọn công ước của khuyến nghị.' });
  if (v.kind === 'plan' && v.planNumber === null) issues.push({ path: 'planNumber', message: 'Nhập số, ký hiệu của kế hoạch.' });
  if (v.kind === 'conference' && v.nature !== null && v.nature !== 'direction' && v.nature !== 'limitation') {
    issues.push({ path: 'nature', message: 'Việc từ hội nghị là chỉ đạo hoặc hạn chế.' });
  }
  if (v.kind === 'visit' && v.nature !== null && v.nature !== 'finding' && v.nature !== 'recommendation') {
    issues.push({ path: 'nature', message: 'Việc từ đoàn công tác là phát hiện hoặc kiến nghị.' });
  }
  if (v.leadOrganisationId && v.cooperatingOrganisationIds.includes(v.leadOrganisationId)) {
    issues.push({ path: 'cooperatingOrganisationIds', message: 'Cơ quan chủ trì không đồng thời là cơ quan phối hợp.' });
  }
  return issues;
}

export const followupItemInputSchema = followupItemFieldsSchema
  .superRefine((v, ctx) => {
    for (const issue of followupFieldIssues(v)) ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
  })
  .meta({ id: 'FollowupItemFields' });
export type FollowupItemInput = z.input<typeof followupItemInputSchema>;
export type FollowupItemData = z.output<typeof followupItemInputSchema>;

export const followupItemUpdateSchema = followupItemFieldsSchema
  .extend({ version: z.number().int().min(1).describe('Phiên bản đã đọc; khác phiên bản hiện tại thì trả về 409') })
  .superRefine((v, ctx) => {
    for (const issue of followupFieldIssues(v)) ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
  })
  .meta({ id: 'FollowupItemUpdate' });

const named = z.object({ id: z.uuid(), name: z.string() });

/** How a national item's provincial copies stand. */
export const followupRollupSchema = z
  .object({
    total: z.number().int(),
    notStarted: z.number().int(),
    inProgress: z.number().int(),
    done: z.number().int(),
    notDone: z.number().int(),
    overdue: z.number().int(),
  })
  .meta({ id: 'FollowupRollup' });
export type FollowupRollup = z.infer<typeof followupRollupSchema>;

export const followupListItemSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(followupKinds),
    nature: z.enum(followupNatures).nullable(),
    reference: z.string().nullable(),
    text: z.string(),
    leadOrganisation: named.nullable(),
    provinceCode: z.string().nullable(),
    provinceName: z.string().nullable(),
    itemDate: z.string(),
    dueDate: z.string().nullable(),
    status: z.enum(followupStatuses),
    overdue: z.boolean(),
    dueSoon: z.boolean().describe(`Còn hạn và đến hạn trong ${dueSoonDays} ngày`),
    parentId: z.uuid().nullable(),
    /** The conference outcome (direction, limitation) the item was made from, if any. */
    conferenceOutcomeId: z.uuid().nullable(),
    /** For a national item assigned to provinces: its copies' statuses; null otherwise. */
    rollup: followupRollupSchema.nullable(),
    uprCycle: z.number().int().nullable(),
    uprPosition: z.enum(uprPositions).nullable(),
    treaty: z.enum(treaties).nullable(),
    themes: z.array(z.string()),
    sample: z.boolean(),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'FollowupListItem' });
export type FollowupListItem = z.infer<typeof followupListItemSchema>;

export const followupSorts = ['due_asc', 'date_desc', 'updated_desc'] as const;

export const followupListQuerySchema = pageQuerySchema.extend({
  kind: z.enum(followupKinds, 'Loại việc theo dõi không hợp lệ').optional(),
  status: z.enum(followupStatuses, 'Trạng thái không hợp lệ').optional(),
  uprCycle: z.coerce.number().int().min(1).max(9).optional(),
  treaty: z.enum(treaties, 'Công ước không hợp lệ').optional(),
  theme: z.enum(rightsThemes, 'Chủ đề quyền không hợp lệ').optional(),
  leadOrganisationId: z.uuid('Cơ quan chủ trì không hợp lệ').optional(),
  provinceCode: provinceCodeSchema.optional(),
  /** 'national': only national items; 'provincial': only provinces' items. */
  level: z.enum(['national', 'provincial']).optional(),
  overdue: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  dueSoon: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  /** "Việc của tôi": open items whose status the reader may change, soonest due first. */
  waiting: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  parentId: z.uuid().optional(),
  conferenceId: z.uuid().optional(),
  visitId: z.uuid().optional(),
  q: searchTextSchema.optional().describe('Tìm trong nội dung, số hiệu, cơ quan chủ trì, kế hoạch; không cần dấu'),
  sort: z.enum(followupSorts).default('due_asc'),
});
export type FollowupListQuery = z.infer<typeof followupListQuerySchema>;
export const followupListSchema = pageOf(followupListItemSchema)
  .extend({
    totalIsLowerBound: z
      .boolean()
      .describe('true khi tìm kiếm khớp hơn 1.000 việc: total là 1.000 và chỉ đếm đến đó; thêm từ khóa hoặc bộ lọc để thu hẹp'),
  })
  .meta({ id: 'FollowupList' });
export type FollowupList = z.infer<typeof followupListSchema>;

/** An approved figure a progress entry points at, computed from approved data on every read. */
export const linkedFigureSchema = z
  .object({
    indicatorCode: z.string(),
    indicatorName: z.string(),
    unit: z.string(),
    decimals: z.number().int(),
    period: z.string(),
    /** The province whose figure is shown (the item's province; the nation for a national item). */
    provinceCode: z.string().nullable(),
    actual: z.number().nullable(),
    target: z.number().nullable(),
    /** actual ÷ target × 100, null without both. */
    percentOfPlan: z.number().nullable(),
    /** The same period one year earlier, and the change to it (in the indicator's unit). */
    previous: z.number().nullable(),
    change: z.number().nullable(),
    /** False when no approved report holds the figure yet. */
    approved: z.boolean(),
  })
  .meta({ id: 'FollowupLinkedFigure' });
export type LinkedFigure = z.infer<typeof linkedFigureSchema>;

export const progressEntrySchema = z
  .object({
    id: z.uuid(),
    entryDate: z.string(),
    eventKind: z.enum(progressEventKinds),
    text: z.string(),
    fromStatus: z.enum(followupStatuses).nullable(),
    toStatus: z.enum(followupStatuses).nullable(),
    createdByName: z.string().nullable(),
    createdAt: z.string(),
    files: z.array(z.object({ id: z.uuid(), fileName: z.string(), sizeBytes: z.number().int() })),
    figures: z.array(linkedFigureSchema),
  })
  .meta({ id: 'FollowupProgressEntry' });
export type ProgressEntry = z.infer<typeof progressEntrySchema>;

export const followupItemSchema = followupListItemSchema
  .extend({
    cooperatingOrganisations: z.array(named),
    visitId: z.uuid().nullable(),
    visitTitle: z.string().nullable(),
    conferenceId: z.uuid().nullable(),
    conferenceTitle: z.string().nullable(),
    recommendingStates: z.array(z.string()),
    session: z.string().nullable(),
    paragraph: z.string().nullable(),
    planNumber: z.string().nullable(),
    planDate: z.string().nullable(),
    planTitle: z.string().nullable(),
    sdgs: z.array(z.string()),
    affectedPersons: z.array(z.string()),
    closingNote: z.string().nullable(),
    closedAt: z.string().nullable(),
    parent: z.object({ id: z.uuid(), reference: z.string().nullable(), text: z.string() }).nullable(),
    copies: z.array(
      z.object({ id: z.uuid(), provinceCode: z.string(), provinceName: z.string(), status: z.enum(followupStatuses), dueDate: z.string().nullable(), overdue: z.boolean() }),
    ),
    timeline: z.array(progressEntrySchema),
    /** Why the reader may not do each thing, or null when they may (the server checks again). */
    refusals: z.object({ edit: z.string().nullable(), status: z.string().nullable(), progress: z.string().nullable() }),
  })
  .meta({ id: 'FollowupItem' });
export type FollowupItem = z.infer<typeof followupItemSchema>;

export const progressInputSchema = z
  .object({
    entryDate: requiredDateSchema('Nhập ngày của tiến độ'),
    text: z.string().trim().min(1, 'Nhập nội dung tiến độ').max(8000, 'Nội dung tối đa 8.000 ký tự'),
    fileIds: z.array(z.uuid('Tệp đính kèm không hợp lệ')).max(20, 'Tối đa 20 tệp mỗi lần cập nhật').default([]),
    indicators: z
      .array(z.object({ indicatorCode: z.string().trim().min(1).max(64), period: periodCodeSchema }))
      .max(20, 'Tối đa 20 chỉ tiêu mỗi lần cập nhật')
      .default([]),
  })
  .meta({ id: 'FollowupProgressInput' });
export type ProgressInput = z.input<typeof progressInputSchema>;

/**
 * A change of status. Closing ('done') needs a closing note, 'not_done' its reason, and reopening
 * a closed item (to 'in_progress' or 'not_started') the reason for reopening; the note becomes a
 * timeline entry, so the history is kept.
 */
export const statusChangeSchema = z
  .object({
    status: z.enum(followupStatuses, 'Trạng thái không hợp lệ'),
    note: z.string().trim().max(8000, 'Ghi chú tối đa 8.000 ký tự').default(''),
    entryDate: isoDateSchema.optional(),
    version: z.number().int().min(1),
  })
  .meta({ id: 'FollowupStatusChange' });

/** Assign a national item to provinces: one tracked copy each (provinces already assigned are skipped). */
export const assignSchema = z
  .object({
    provinceCodes: z.array(provinceCodeSchema).min(1, 'Chọn ít nhất một tỉnh').max(34, 'Tối đa 34 tỉnh'),
    dueDate: isoDateSchema.nullable().default(null).describe('Hạn của các bản giao cho tỉnh; trống thì dùng hạn của việc gốc'),
    /** The lead body in each province, by province code; otherwise the province's Steering Committee decides later. */
    leadOrganisationIds: z.record(provinceCodeSchema, z.uuid('Cơ quan chủ trì không hợp lệ')).default({}),
  })
  .meta({ id: 'FollowupAssign' });
export const assignResultSchema = z.object({ created: z.number().int(), skipped: z.array(z.string()) });

/** Make follow-up items of a conference's outcomes (those already tracked are skipped). */
export const fromConferenceSchema = z.object({
  conferenceId: z.uuid('Hội nghị không hợp lệ'),
  outcomeIds: z.array(z.uuid('Kết quả hội nghị không hợp lệ')).min(1, 'Chọn ít nhất một nội dung').max(200),
});
export const fromConferenceResultSchema = z.object({ itemIds: z.array(z.uuid()), skipped: z.number().int() });

/** The national view: one row per province (the map and its table). */
export const followupMapQuerySchema = followupListQuerySchema.pick({ kind: true, uprCycle: true, treaty: true, theme: true });
export const followupMapRowSchema = z
  .object({
    provinceCode: z.string(),
    provinceName: z.string(),
    total: z.number().int(),
    done: z.number().int(),
    notDone: z.number().int(),
    inProgress: z.number().int(),
    notStarted: z.number().int(),
    overdue: z.number().int(),
    /** done ÷ total × 100, null when the province has no item. */
    shareDone: z.number().nullable(),
  })
  .meta({ id: 'FollowupMapRow' });
export const followupMapSchema = z.object({ rows: z.array(followupMapRowSchema), asOf: z.string() });
export type FollowupMapRow = z.infer<typeof followupMapRowSchema>;
