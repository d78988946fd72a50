import { z } from 'zod';
import { pageOf, pageQuerySchema } from './common.js';
import { conferenceInputSchema } from './conferences.js';

/** Document intake: the queue of documents awaiting review, their drafts and the person's decision. */

export const intakeKinds = ['txt', 'html', 'docx', 'pdf', 'pasted'] as const;
/** A document that cannot be read is refused at upload (413/415/422), so it never waits in the queue. */
export const intakeStatuses = ['ready', 'confirmed', 'dropped'] as const;
export type IntakeStatus = (typeof intakeStatuses)[number];

/** Media type of an upload: the file travels as the raw body, its name in `X-File-Name`. */
export const INTAKE_UPLOAD_CONTENT_TYPE = 'application/octet-stream';
export const intakeLimits = {
  /** Per file, the default of INTAKE_MAX_FILE_BYTES (the server's setting decides); the page checks it before sending. */
  uploadBytes: 20 * 1024 * 1024,
  pastedChars: 500_000,
};

const spanSchema = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });
export const evidenceSchema = z.object({
  spans: z.array(spanSchema),
  rule: z.string(),
  confidence: z.enum(['high', 'medium', 'low']).optional().describe('Độ tin cậy của trường đề xuất (bản nháp cũ có thể không có)'),
  warnings: z.array(z.string()).optional().describe('Lý do nên xem lại trường này, hiển thị bên cạnh trường'),
});

/** The extractor's output as stored; validated loosely since it is the server's own product. */
export const extractionSchema = z.record(z.string(), z.unknown()).describe('Bản nháp trích xuất (tên trường như seeds.gold.json) kèm `evidence`');

export const intakeUploadQuerySchema = z.object({
  batchId: z.uuid('Mã lô không hợp lệ').optional().describe('Các tệp tải lên cùng lúc dùng chung một mã lô'),
  sourceUrl: z.url('Đường dẫn nguồn không hợp lệ').max(2000).optional(),
});

export const intakePasteSchema = z
  .object({
    text: z.string().trim().min(1, 'Hãy dán nội dung văn bản').max(intakeLimits.pastedChars, 'Văn bản dán vào tối đa 500.000 ký tự'),
    /** A saved web page is read with Readability like an uploaded .html file. */
    format: z.enum(['text', 'html']).default('text'),
    sourceUrl: z.url('Đường dẫn nguồn không hợp lệ').max(2000).nullable().default(null),
    batchId: z.uuid().optional(),
  })
  .meta({ id: 'IntakePasteRequest' });

export const intakeDocumentSummarySchema = z
  .object({
    id: z.uuid(),
    batchId: z.uuid(),
    fileName: z.string(),
    kind: z.enum(intakeKinds),
    status: z.enum(intakeStatuses),
    errorMessage: z.string().nullable(),
    title: z.string().nullable().describe('Tên sự kiện đề xuất'),
    eventDate: z.string().nullable(),
    provinceName: z.string().nullable(),
    duplicateOfDocumentId: z.uuid().nullable(),
    matchedConference: z.object({ id: z.uuid(), title: z.string(), date: z.string() }).nullable(),
    conferenceId: z.uuid().nullable(),
    fieldCount: z.number().int().describe('Số mục trích được (mỗi trường, mỗi người, mỗi chuyên đề, mỗi số liệu là một mục)'),
    warnings: z.array(z.string()),
    createdAt: z.string(),
  })
  .meta({ id: 'IntakeDocumentSummary' });
export type IntakeDocumentSummary = z.infer<typeof intakeDocumentSummarySchema>;

export const intakeListQuerySchema = pageQuerySchema.extend({
  status: z.enum(intakeStatuses).optional(),
  batchId: z.uuid().optional(),
});
export type IntakeListQuery = z.infer<typeof intakeListQuerySchema>;
export const intakeListSchema = pageOf(intakeDocumentSummarySchema).meta({ id: 'IntakeDocumentList' });

/** An organiser named in the document, with the registry body it most likely is. */
export const organiserSuggestionSchema = z.object({
  name: z.string(),
  role: z.enum(['organizer', 'co_organizer']),
  organisationId: z.uuid().nullable(),
  organisationName: z.string().nullable(),
  evidenceKey: z.string(),
});

export const intakeDocumentSchema = intakeDocumentSummarySchema
  .extend({
    sourceUrl: z.string().nullable(),
    hasOriginal: z.boolean(),
    fileId: z.uuid().nullable().describe('Tệp gốc đã lưu: GET /api/files/{fileId}'),
    sourceText: z.string().nullable().describe('Văn bản hiển thị; các khoảng bằng chứng trỏ vào đây'),
    extraction: extractionSchema.nullable(),
    /** The draft as conference fields, ready for the review form; organisers need a registry body. */
    proposal: conferenceInputSchema.partial().nullable(),
    /** Where each proposal field came from: proposal path → extraction evidence key. */
    proposalEvidence: z.record(z.string(), z.string()),
    organiserSuggestions: z.array(organiserSuggestionSchema),
    duplicates: z.array(z.object({ id: z.uuid(), fileName: z.string(), status: z.enum(intakeStatuses), score: z.number() })),
    version: z.number().int(),
  })
  .meta({ id: 'IntakeDocument' });
export type IntakeDocument = z.infer<typeof intakeDocumentSchema>;

/** A reported figure the person accepted, saved with its evidence. */
export const acceptedFigureSchema = z.object({
  label: z.string().trim().min(1, 'Nhập tên chỉ số').max(1000),
  value: z.number({ error: 'Giá trị phải là số' }),
  unit: z.string().trim().max(100).nullable().default(null),
  qualifier: z.enum(['exact', 'about', 'more_than', 'at_least']).nullable().default(null),
  valueVnd: z.number().nullable().default(null),
  target: z.number().nullable().default(null),
  percentOfTarget: z.number().nullable().default(null),
  period: z.string().trim().max(200).nullable().default(null),
  /** Index into the extraction's indicators, to keep the evidence; null for a figure typed by hand. */
  indicatorIndex: z.number().int().min(0).nullable().default(null),
});
export type AcceptedFigure = z.input<typeof acceptedFigureSchema>;

export const intakeConfirmSchema = z
  .discriminatedUnion('mode', [
    z.object({
      mode: z.literal('create'),
      version: z.number().int().min(1),
      conference: conferenceInputSchema,
      figures: z.array(acceptedFigureSchema).max(500).default([]),
    }),
    z.object({
      mode: z.literal('attach').describe('Thêm tài liệu làm nguồn của hội nghị đã có và điền các trường còn trống'),
      version: z.number().int().min(1),
      conferenceId: z.uuid('Chọn hội nghị'),
      conferenceVersion: z.number().int().min(1),
      /** Fields of the conference to fill, only where the conference has none yet. */
      fill: conferenceInputSchema.partial().default({}),
      figures: z.array(acceptedFigureSchema).max(500).default([]),
    }),
  ])
  .meta({ id: 'IntakeConfirmRequest' });
export type IntakeConfirmRequest = z.input<typeof intakeConfirmSchema>;

export const intakeConfirmResultSchema = z
  .object({ conferenceId: z.uuid(), figuresSaved: z.number().int(), document: intakeDocumentSummarySchema })
  .meta({ id: 'IntakeConfirmResult' });

export const intakeDropSchema = z.object({ version: z.number().int().min(1) }).meta({ id: 'IntakeDropRequest' });
