import { z } from 'zod';
import { pageOf, pageQuerySchema, searchTextSchema } from './common.js';

/**
 * Participants of a training conference: the invitation list, check-in at each connection point,
 * and the attendance that rolls up to the conference. Personal data is limited to name, agency,
 * position and an optional contact; one person's data can be exported or erased.
 */

/** How a check-in was recorded; 'undo' cancels the latest one without deleting it. */
export const checkInMethods = ['qr', 'manual', 'paper_list', 'undo'] as const;
export type CheckInMethod = (typeof checkInMethods)[number];

/** The columns an imported list can map onto, in the template's order. */
export const importFields = ['name', 'agency', 'position', 'connectionPoint', 'contact'] as const;
export type ImportField = (typeof importFields)[number];

export const participantLimits = {
  fullName: 200,
  agency: 300,
  position: 200,
  contact: 200,
  /** The largest file accepted for import. */
  importBytes: 10 * 1024 * 1024,
  /** The most rows one import takes: far above any conference, low enough to check in one request. */
  importRows: 50_000,
} as const;

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_CONTENT_TYPE = 'text/csv';
/** The uploaded file's name, percent-encoded (headers are ASCII); used only in messages. */
export const FILE_NAME_HEADER = 'x-file-name';

const optionalText = (max: number, label: string) =>
  z.string().trim().max(max, `${label} tối đa ${max} ký tự`).nullable().default(null);

export const participantInputSchema = z
  .object({
    fullName: z
      .string()
      .trim()
      .min(1, 'Nhập họ và tên')
      .max(participantLimits.fullName, `Họ và tên tối đa ${participantLimits.fullName} ký tự`),
    agency: optionalText(participantLimits.agency, 'Cơ quan, đơn vị'),
    position: optionalText(participantLimits.position, 'Chức vụ'),
    contact: optionalText(participantLimits.contact, 'Liên hệ').describe('Số điện thoại hoặc email; không bắt buộc'),
    connectionPointId: z.uuid('Điểm cầu không hợp lệ').nullable().default(null).describe('Điểm cầu người này dự; trống nếu chưa phân'),
  })
  .meta({ id: 'ParticipantFields' });
export type ParticipantInput = z.input<typeof participantInputSchema>;
export type ParticipantData = z.output<typeof participantInputSchema>;

export const participantUpdateSchema = participantInputSchema
  .extend({ version: z.number().int().min(1).describe('Phiên bản đã đọc; khác phiên bản hiện tại thì trả về 409') })
  .meta({ id: 'ParticipantUpdate' });
export type ParticipantUpdate = z.input<typeof participantUpdateSchema>;

export const checkInSchema = z
  .object({
    id: z.number().int(),
    at: z.string().describe('Thời điểm (ISO 8601)'),
    connectionPointId: z.uuid().nullable(),
    connectionPointName: z.string().nullable(),
    method: z.enum(checkInMethods),
    recordedBy: z.uuid().nullable().describe('Tài khoản ghi nhận'),
    recordedByName: z.string().nullable(),
  })
  .meta({ id: 'CheckIn' });
export type CheckIn = z.infer<typeof checkInSchema>;

export const participantSchema = z
  .object({
    id: z.uuid(),
    conferenceId: z.uuid(),
    connectionPointId: z.uuid().nullable(),
    connectionPointName: z.string().nullable(),
    fullName: z.string(),
    agency: z.string().nullable(),
    position: z.string().nullable(),
    contact: z.string().nullable(),
    checkedIn: z.boolean().describe('Đã điểm danh: lần ghi gần nhất không phải "hủy"'),
    lastCheckIn: checkInSchema.nullable().describe('Lần điểm danh còn hiệu lực, nếu có'),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Participant' });
export type Participant = z.infer<typeof participantSchema>;

export const participantListQuerySchema = pageQuerySchema.extend({
  q: searchTextSchema.optional().describe('Tìm theo tên, cơ quan, chức vụ; không phân biệt dấu'),
  connectionPoint: z
    .union([z.uuid(), z.literal('none')])
    .optional()
    .describe('Mã điểm cầu, hoặc "none" cho người chưa phân điểm cầu'),
  checkedIn: z.enum(['true', 'false']).optional(),
});
export type ParticipantListQuery = z.infer<typeof participantListQuerySchema>;
export const participantListSchema = pageOf(participantSchema).meta({ id: 'ParticipantList' });
export type ParticipantList = z.infer<typeof participantListSchema>;

export const conferenceParticipantParamsSchema = z.object({
  id: z.uuid('Mã hội nghị không hợp lệ'),
  participantId: z.uuid('Mã đại biểu không hợp lệ'),
});

export const checkInInputSchema = z
  .object({
    connectionPointId: z.uuid('Điểm cầu không hợp lệ').nullable().optional().describe('Nơi điểm danh; mặc định là điểm cầu của người này'),
    method: z.enum(checkInMethods, 'Cách điểm danh không hợp lệ'),
  })
  .meta({ id: 'CheckInRequest' });
export type CheckInInput = z.input<typeof checkInInputSchema>;

export const checkInHistorySchema = z.object({ items: z.array(checkInSchema) }).meta({ id: 'CheckInHistory' });
export type CheckInHistory = z.infer<typeof checkInHistorySchema>;

/** Everything stored about one person, for the person themself (data portability). */
export const participantExportSchema = z
  .object({
    exportedAt: z.string(),
    notice: z.string(),
    conference: z.object({ id: z.uuid(), title: z.string(), startDate: z.string() }),
    participant: participantSchema.omit({ checkedIn: true, lastCheckIn: true }),
    checkIns: z.array(checkInSchema),
  })
  .meta({ id: 'ParticipantExport' });
export type ParticipantExport = z.infer<typeof participantExportSchema>;

const column = z.number().int().min(0).max(999);

/** Which column (0-based) of the file holds each field; only the name is required. */
export const columnMappingSchema = z
  .object({
    name: column,
    agency: column.nullable().default(null),
    position: column.nullable().default(null),
    connectionPoint: column.nullable().default(null),
    contact: column.nullable().default(null),
  })
  .meta({ id: 'ColumnMapping' });
export type ColumnMapping = z.output<typeof columnMappingSchema>;

export const suggestedMappingSchema = z.object(
  Object.fromEntries(importFields.map((f) => [f, column.nullable()])) as Record<ImportField, z.ZodNullable<typeof column>>,
);
export type SuggestedMapping = z.infer<typeof suggestedMappingSchema>;

export const importPreviewSchema = z
  .object({
    fileKind: z.enum(['xlsx', 'csv']),
    sheetName: z.string().nullable().describe('Trang tính đã đọc (tệp Excel)'),
    headerRow: z.number().int().describe('Dòng tiêu đề, đánh số như trong Excel'),
    headers: z.array(z.string()),
    sampleRows: z.array(z.array(z.string())).describe('Vài dòng đầu, để người dùng đối chiếu cột'),
    suggestedMapping: suggestedMappingSchema.describe('Cột gợi ý cho từng trường, theo tên tiêu đề'),
    rowCount: z.number().int().describe('Số dòng dữ liệu (không kể dòng trống)'),
  })
  .meta({ id: 'ParticipantImportPreview' });
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importQuerySchema = z.object({
  mapping: z.string().min(2).max(1000).describe('Ánh xạ cột dạng JSON, ví dụ {"name":0,"agency":1,"position":2,"connectionPoint":3,"contact":4}'),
});

export const importResultSchema = z
  .object({
    created: z.number().int(),
    alreadyPresent: z.number().int().describe('Người đã có trong danh sách (cùng họ tên và cơ quan): không thêm lại'),
    total: z.number().int(),
  })
  .meta({ id: 'ParticipantImportResult' });
export type ImportResult = z.infer<typeof importResultSchema>;

export const pointAttendanceSchema = z.object({
  connectionPointId: z.uuid().nullable().describe('Trống: người điểm danh không gắn điểm cầu'),
  name: z.string().nullable(),
  hasInternet: z.boolean().nullable(),
  pointCount: z.number().int().describe('Số điểm cầu dòng này ghi gộp (1 với một điểm cầu; 0 với người không gắn điểm cầu)'),
  rosterCount: z.number().int().describe('Số người trong danh sách mời của điểm cầu'),
  checkedIn: z.number().int().describe('Số người đã điểm danh tại điểm cầu (mỗi người tính một lần, tại lần điểm danh cuối)'),
  headcount: z.number().int().nullable().describe('Số đại biểu thực tế điểm cầu báo cáo'),
  counted: z.number().int().describe('Số được tính: lớn hơn trong hai số điểm danh và báo cáo'),
});
export type PointAttendance = z.infer<typeof pointAttendanceSchema>;

export const attendanceSchema = z
  .object({
    byPoint: z.array(pointAttendanceSchema),
    total: z.number().int(),
    pointsCount: z.number().int(),
    rosterTotal: z.number().int(),
    checkedInTotal: z.number().int(),
  })
  .meta({ id: 'ConferenceAttendance' });
export type Attendance = z.infer<typeof attendanceSchema>;
