import { z } from 'zod';
import { choiceSchema, isoDateSchema, pageOf, pageQuerySchema, provinceCodeSchema, requiredDateSchema, searchTextSchema, yearQuerySchema } from './common.js';

export const conferenceLevels = ['national', 'regional', 'provincial', 'commune'] as const;
export const conferenceFormats = ['in_person', 'online', 'hybrid'] as const;
export const conferenceStatuses = ['planned', 'held', 'cancelled'] as const;
/** How the press qualifies a count: "khoảng 120", "hơn 3.000", "trên 200", or an exact figure. */
export const countQualifiers = ['exact', 'about', 'more_than', 'at_least'] as const;
export const officialRoles = ['chair', 'opening_speech', 'closing_speech', 'presenter', 'speaker', 'guest'] as const;
export const connectionPointLevels = ['central', 'province', 'district', 'commune', 'other'] as const;
export const materialKinds = ['file', 'film', 'link'] as const;
export const outcomeKinds = ['limitation', 'direction'] as const;
export const partsOfDay = ['morning', 'afternoon', 'evening', 'full_day'] as const;

/** Rights themes used to tag agenda topics; labels live in the i18n files (`conferences.theme.*`). */
export const rightsThemes = [
  'human_rights_general',
  'belief_religion',
  'ethnic_minorities',
  'labour_rights',
  'persons_with_disabilities',
  'children',
  'gender_equality',
  'elderly',
  'cyberspace',
  'civil_political',
  'economic_social_cultural',
  'international_mechanisms',
  'legal_aid_justice',
  'communication',
] as const;
export type RightsTheme = (typeof rightsThemes)[number];

const isoDate = isoDateSchema;
const optionalText = (max: number, label: string) =>
  z.string().trim().max(max, `${label} tối đa ${max} ký tự`).nullable().default(null);
const count = (label: string) =>
  z.number().int(`${label} phải là số nguyên`).min(0, `${label} không được âm`).max(10_000_000, `${label} quá lớn`).nullable().default(null);

export const connectionPointInputSchema = z.object({
  id: z.uuid().optional().describe('Có khi sửa điểm cầu đã có'),
  name: z.string().trim().min(1, 'Nhập tên điểm cầu').max(300),
  level: choiceSchema(connectionPointLevels, 'Chọn cấp điểm cầu', 'Cấp điểm cầu không hợp lệ'),
  provinceCode: provinceCodeSchema.nullable().default(null),
  communeCode: z.string().regex(/^\d{5}$/, 'Mã xã gồm 5 chữ số').nullable().default(null),
  hostOrganisationId: z.uuid().nullable().default(null),
  isMain: z.boolean().default(false).describe('Điểm cầu chính (trung tâm)'),
  plannedAttendance: count('Số đại biểu dự kiến'),
  actualAttendance: count('Số đại biểu thực tế'),
  hasInternet: z.boolean().default(true),
  pointCount: z
    .number()
    .int('Số điểm cầu phải là số nguyên')
    .min(1, 'Số điểm cầu ít nhất là 1')
    .max(10_000, 'Số điểm cầu tối đa 10.000')
    .default(1)
    .describe('Số điểm cầu dòng này ghi gộp (vd. 161 điểm cầu cấp xã khi chỉ biết số lượng); mặc định 1'),
});

export const officialInputSchema = z.object({
  name: z.string().trim().min(2, 'Nhập họ tên').max(200),
  rank: optionalText(100, 'Cấp hàm, học hàm'),
  title: optionalText(500, 'Chức vụ'),
  organisationId: z.uuid().nullable().default(null),
  role: z.enum(officialRoles, 'Vai trò không hợp lệ'),
  connectionPointIndex: z.number().int().min(0).nullable().default(null).describe('Vị trí điểm cầu (trong danh sách gửi lên) nơi người này dự'),
});

export const agendaItemInputSchema = z.object({
  title: z.string().trim().min(3, 'Nhập tên chuyên đề').max(1000),
  themes: z.array(z.enum(rightsThemes, 'Chủ đề quyền không hợp lệ')).max(10).default([]),
  speakerName: optionalText(200, 'Tên báo cáo viên'),
  speakerRank: optionalText(100, 'Cấp hàm, học hàm'),
  speakerTitle: optionalText(500, 'Chức vụ báo cáo viên'),
  speakerOrganisationId: z.uuid().nullable().default(null),
  durationMinutes: z.number().int().min(1, 'Thời lượng phải dương').max(24 * 60).nullable().default(null),
});

export const materialInputSchema = z.object({
  kind: z.enum(materialKinds),
  title: z.string().trim().min(1, 'Nhập tên tài liệu').max(500),
  url: z.url('Đường dẫn không hợp lệ').max(2000).nullable().default(null),
  fileId: z.uuid().nullable().default(null),
  agendaItemIndex: z.number().int().min(0).nullable().default(null),
});

export const outcomeInputSchema = z.object({
  /** Kept across edits: a follow-up item made from this outcome stays linked to it. */
  id: z.uuid('Mã kết quả hội nghị không hợp lệ').optional(),
  kind: z.enum(outcomeKinds),
  text: z.string().trim().min(3, 'Nhập nội dung').max(4000),
  responsibleOrganisationId: z.uuid().nullable().default(null),
  responsibleText: optionalText(500, 'Đơn vị chịu trách nhiệm'),
  dueDate: isoDate.nullable().default(null),
});

export const sourceInputSchema = z
  .object({
    url: z.url('Đường dẫn không hợp lệ').max(2000).nullable().default(null),
    title: optionalText(500, 'Tiêu đề'),
    publisher: optionalText(200, 'Cơ quan đăng tin'),
    publishedDate: isoDate.nullable().default(null),
    fileId: z.uuid().nullable().default(null).describe('Tài liệu gốc đã lưu (bài báo, báo cáo đã nhập)'),
  })
  .refine((s) => Boolean(s.url || s.title || s.publisher), { message: 'Nguồn tin cần đường dẫn, tiêu đề hoặc tên cơ quan đăng tin', path: ['url'] });

export const organiserInputSchema = z.object({
  organisationId: z.uuid('Chọn cơ quan tổ chức'),
  role: z.enum(['organizer', 'co_organizer']),
});

export const conferenceInputSchema = z
  .object({
    title: z.string().trim().min(1, 'Nhập tên hội nghị').min(5, 'Tên hội nghị cần ít nhất 5 ký tự').max(500, 'Tên hội nghị tối đa 500 ký tự'),
    level: choiceSchema(conferenceLevels, 'Chọn cấp hội nghị', 'Cấp hội nghị không hợp lệ'),
    provinceCode: provinceCodeSchema.nullable().default(null).describe('Tỉnh hiện hành chủ trì; trống với hội nghị toàn quốc'),
    legacyProvinceCode: provinceCodeSchema.nullable().default(null).describe('Tỉnh cũ (trước 01/07/2025) nếu hồ sơ ghi theo tỉnh cũ'),
    communeCode: z.string().regex(/^\d{5}$/).nullable().default(null),
    startDate: requiredDateSchema('Nhập ngày bắt đầu'),
    startTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Giờ có dạng HH:mm').nullable().default(null),
    partOfDay: z.enum(partsOfDay).nullable().default(null),
    endDate: isoDate.nullable().default(null),
    venue: optionalText(500, 'Địa điểm'),
    format: z.enum(conferenceFormats, 'Hình thức không hợp lệ').nullable().default(null),
    status: z.enum(conferenceStatuses, 'Trạng thái không hợp lệ').default('planned'),
    participantsPlanned: count('Số đại biểu dự kiến'),
    participantsActual: count('Số đại biểu thực tế'),
    participantsQualifier: z.enum(countQualifiers).default('exact'),
    audiences: z.array(z.string().trim().min(1).max(300)).max(30).default([]),
    summary: optionalText(20_000, 'Tóm tắt'),
    organisers: z.array(organiserInputSchema).max(30).default([]),
    connectionPoints: z.array(connectionPointInputSchema).max(2000, 'Tối đa 2.000 điểm cầu').default([]),
    officials: z.array(officialInputSchema).max(200).default([]),
    agenda: z.array(agendaItemInputSchema).max(100).default([]),
    materials: z.array(materialInputSchema).max(100).default([]),
    outcomes: z.array(outcomeInputSchema).max(200).default([]),
    sources: z.array(sourceInputSchema).max(50).default([]),
  })
  .meta({ id: 'ConferenceFields' });
export type ConferenceInput = z.input<typeof conferenceInputSchema>;
export type ConferenceData = z.output<typeof conferenceInputSchema>;

export const conferenceUpdateSchema = conferenceInputSchema
  .extend({ version: z.number().int().min(1).describe('Phiên bản đã đọc; khác phiên bản hiện tại thì trả về 409') })
  .meta({ id: 'ConferenceUpdate' });

const named = z.object({ id: z.uuid(), name: z.string(), shortName: z.string().nullable() });

export const conferenceSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    level: z.enum(conferenceLevels),
    province: z.object({ code: z.string(), name: z.string() }).nullable(),
    legacyProvince: z.object({ code: z.string(), name: z.string() }).nullable(),
    communeCode: z.string().nullable(),
    startDate: z.string(),
    startTime: z.string().nullable(),
    partOfDay: z.enum(partsOfDay).nullable(),
    endDate: z.string().nullable(),
    venue: z.string().nullable(),
    format: z.enum(conferenceFormats).nullable(),
    status: z.enum(conferenceStatuses),
    participantsPlanned: z.number().nullable(),
    participantsActual: z.number().nullable(),
    participantsQualifier: z.enum(countQualifiers),
    connectionPointsAttendance: z.number().int().describe('Tổng số đại biểu thực tế tại các điểm cầu'),
    audiences: z.array(z.string()),
    summary: z.string().nullable(),
    themes: z.array(z.string()),
    organisers: z.array(
      named.extend({
        role: z.enum(['organizer', 'co_organizer']),
        kind: z.string().describe('Loại cơ quan (danh mục cơ quan, tổ chức)'),
        provinceCode: z.string().nullable().describe('Tỉnh của cơ quan; trống với cơ quan trung ương'),
      }),
    ),
    connectionPoints: z.array(connectionPointInputSchema.extend({ id: z.uuid(), hostOrganisationName: z.string().nullable() })),
    officials: z.array(officialInputSchema.extend({ organisationName: z.string().nullable() })),
    agenda: z.array(agendaItemInputSchema.extend({ id: z.uuid(), speakerOrganisationName: z.string().nullable() })),
    materials: z.array(materialInputSchema),
    outcomes: z.array(outcomeInputSchema.extend({ id: z.uuid(), responsibleOrganisationName: z.string().nullable() })),
    sources: z.array(sourceInputSchema),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Conference' });
export type Conference = z.infer<typeof conferenceSchema>;

export const conferenceListItemSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    date: z.string().describe('Ngày bắt đầu (ISO yyyy-mm-dd)'),
    endDate: z.string().nullable(),
    province: z.string().nullable().describe('Mã tỉnh hiện hành'),
    provinceName: z.string().nullable(),
    legacyProvince: z.string().nullable(),
    legacyProvinceName: z.string().nullable(),
    level: z.enum(conferenceLevels),
    format: z.enum(conferenceFormats).nullable(),
    status: z.enum(conferenceStatuses),
    participants: z.number().nullable(),
    participantsQualifier: z.enum(countQualifiers),
    connectionPoints: z.number().int(),
    themes: z.array(z.string()),
    organisers: z.array(z.string()),
  })
  .meta({ id: 'ConferenceListItem' });
export type ConferenceListItem = z.infer<typeof conferenceListItemSchema>;

export const conferenceSorts = ['date_desc', 'date_asc', 'title', 'participants_desc'] as const;

export const conferenceListQuerySchema = pageQuerySchema.extend({
  q: searchTextSchema.optional().describe('Tìm không dấu trong tên, chuyên đề, báo cáo viên, đơn vị tổ chức'),
  province: provinceCodeSchema.optional().describe('Mã tỉnh hiện hành; gồm cả hội nghị ghi theo các tỉnh cũ đã hợp nhất'),
  legacyProvince: provinceCodeSchema.optional().describe('Mã tỉnh cũ (trước 01/07/2025)'),
  year: yearQuerySchema.optional(),
  month: z.coerce.number().int().min(1).max(12).optional(),
  level: z.enum(conferenceLevels).optional(),
  format: z.enum(conferenceFormats).optional(),
  theme: z.enum(rightsThemes).optional(),
  status: z.enum(conferenceStatuses).optional(),
  sort: z.enum(conferenceSorts).default('date_desc'),
});
export type ConferenceListQuery = z.infer<typeof conferenceListQuerySchema>;
export const conferenceListSchema = pageOf(conferenceListItemSchema).meta({ id: 'ConferenceList' });
