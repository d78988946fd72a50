import { z } from 'zod';
import { pageOf, pageQuerySchema, provinceCodeSchema, searchTextSchema } from './common.js';
import { rightsThemes } from './conferences.js';

/**
 * Awareness measurement (đo lường nhận thức) of a training conference: a pre-test and a
 * post-test built from a question bank, and a feedback survey, answered on a phone without an
 * account. A one-time code pairs one person's answers while keeping them anonymous: codes are
 * never linked to participants. See docs/decisions/0004-awareness-tests.md.
 */

export const awarenessPhases = ['pre', 'post', 'survey'] as const;
export type AwarenessPhase = (typeof awarenessPhases)[number];
export const testPhases = ['pre', 'post'] as const;

/** The survey's fixed rating items, each rated 1 (kém) to 5 (rất tốt); labels in i18n `awareness.survey.item.*`. */
export const surveyItems = ['content', 'speakers', 'organisation', 'usefulness', 'overall'] as const;
export type SurveyItem = (typeof surveyItems)[number];

export const awarenessLimits = {
  questionText: 1000,
  optionText: 300,
  minOptions: 2,
  maxOptions: 6,
  /** Questions in one test: enough for a 15-minute test on a phone. */
  maxPlanQuestions: 30,
  /** Codes generated in one go (a sheet for the largest hall). */
  maxCodesPerBatch: 2000,
  /** Codes of one conference in all. */
  maxCodesPerConference: 20_000,
  comment: 2000,
  /** Comments the results carry; the rest are read page by page (a national conference gets thousands). */
  latestComments: 5,
  commentsPageSize: 100,
} as const;

/**
 * The letters a code is made of: no 0/O, 1/I/L, so a code read off paper is typed right.
 * Eight of these give 31^8 ≈ 8,5·10^11 codes; with guessing throttled, finding a live one by
 * chance is out of reach.
 */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_LENGTH = 8;
/** A code as typed: spaces and dashes ignored, lower case accepted. */
export const normalizeCode = (raw: string) => raw.toUpperCase().replace(/[\s-]/g, '');
export const codeInputSchema = z
  .string()
  .trim()
  .transform(normalizeCode)
  .pipe(z.string().regex(new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`), `Mã phiếu gồm ${CODE_LENGTH} chữ và số in trên phiếu của bạn`));

// ——— Question bank ———

export const questionInputSchema = z
  .object({
    theme: z.enum(rightsThemes, 'Chọn chủ đề quyền'),
    text: z.string().trim().min(5, 'Câu hỏi cần ít nhất 5 ký tự').max(awarenessLimits.questionText, `Câu hỏi tối đa ${awarenessLimits.questionText} ký tự`),
    options: z
      .array(z.string().trim().min(1, 'Nhập nội dung phương án').max(awarenessLimits.optionText, `Phương án tối đa ${awarenessLimits.optionText} ký tự`))
      .min(awarenessLimits.minOptions, `Cần ít nhất ${awarenessLimits.minOptions} phương án`)
      .max(awarenessLimits.maxOptions, `Tối đa ${awarenessLimits.maxOptions} phương án`),
    correct: z
      .array(z.number().int().min(0))
      .min(1, 'Chọn ít nhất một đáp án đúng')
      .describe('Vị trí (từ 0) của các phương án đúng'),
    active: z.boolean().default(true).describe('Còn dùng: chỉ câu còn dùng mới chọn được vào bài kiểm tra'),
    provinceCode: provinceCodeSchema
      .nullable()
      .default(null)
      .describe(
        'Tỉnh sở hữu câu hỏi. Quản trị quốc gia chọn: trống là ngân hàng câu hỏi quốc gia, hoặc một trong 34 tỉnh. Tài khoản tỉnh: trống hoặc mã tỉnh mình (tỉnh khác bị từ chối)',
      ),
  })
  .superRefine((q, ctx) => {
    if (q.correct.some((i) => i >= q.options.length)) ctx.addIssue({ code: 'custom', path: ['correct'], message: 'Đáp án đúng phải là một trong các phương án' });
    if (new Set(q.correct).size !== q.correct.length) ctx.addIssue({ code: 'custom', path: ['correct'], message: 'Đáp án đúng bị lặp' });
    const folded = q.options.map((o) => o.toLocaleLowerCase('vi'));
    if (new Set(folded).size !== folded.length) ctx.addIssue({ code: 'custom', path: ['options'], message: 'Hai phương án trùng nhau' });
  })
  .meta({ id: 'AwarenessQuestionFields' });
export type QuestionInput = z.input<typeof questionInputSchema>;
export type QuestionData = z.output<typeof questionInputSchema>;

export const questionUpdateSchema = questionInputSchema
  .safeExtend({ version: z.number().int().min(1).describe('Phiên bản đã đọc; khác phiên bản hiện tại thì trả về 409') })
  .meta({ id: 'AwarenessQuestionUpdate' });
export type QuestionUpdate = z.input<typeof questionUpdateSchema>;

export const questionSchema = z
  .object({
    id: z.uuid(),
    theme: z.enum(rightsThemes),
    text: z.string(),
    options: z.array(z.string()),
    correct: z.array(z.number().int()),
    active: z.boolean(),
    province: z.object({ code: z.string(), name: z.string() }).nullable().describe('Trống: ngân hàng quốc gia'),
    canEdit: z.boolean().describe('Người đang xem có sửa được câu này không'),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'AwarenessQuestion' });
export type Question = z.infer<typeof questionSchema>;

export const questionListQuerySchema = pageQuerySchema.extend({
  q: searchTextSchema.optional().describe('Tìm không dấu trong câu hỏi và phương án'),
  theme: z.enum(rightsThemes).optional(),
  owner: z.enum(['national', 'province']).optional().describe('national: ngân hàng quốc gia; province: câu hỏi của tỉnh'),
  province: provinceCodeSchema.optional().describe('Chỉ câu hỏi của một tỉnh (tài khoản tỉnh chỉ thấy tỉnh mình)'),
  active: z.enum(['true', 'false']).optional(),
});
export type QuestionListQuery = z.infer<typeof questionListQuerySchema>;
export const questionListSchema = pageOf(questionSchema).meta({ id: 'AwarenessQuestionList' });
export type QuestionList = z.infer<typeof questionListSchema>;

// ——— Plan of one conference ———

export const plannedQuestionSchema = z.object({
  id: z.uuid().describe('Mã câu hỏi trong ngân hàng lúc chọn'),
  theme: z.enum(rightsThemes),
  text: z.string(),
  options: z.array(z.string()),
  correct: z.array(z.number().int()),
});
export type PlannedQuestionView = z.infer<typeof plannedQuestionSchema>;

export const phaseStateSchema = z.object({
  pre: z.boolean().describe('Đang mở bài kiểm tra đầu vào'),
  post: z.boolean().describe('Đang mở bài kiểm tra đầu ra'),
  survey: z.boolean().describe('Đang mở phiếu khảo sát'),
});
export type PhaseState = z.infer<typeof phaseStateSchema>;

export const awarenessPlanSchema = z
  .object({
    conferenceId: z.uuid(),
    configured: z.boolean().describe('Đã có kế hoạch (và đường dẫn công khai): đã chọn câu hỏi, mở một giai đoạn hoặc tạo mã phiếu'),
    publicToken: z.string().nullable().describe('Phần bí mật của đường dẫn công khai /k/<token>'),
    questions: z.array(plannedQuestionSchema).describe('Bộ câu hỏi dùng chung cho kiểm tra đầu vào và đầu ra'),
    phases: phaseStateSchema,
    codesIssued: z.number().int(),
    responses: z.object({ pre: z.number().int(), post: z.number().int(), survey: z.number().int() }),
    locked: z.boolean().describe('Đã có bài làm: không đổi được bộ câu hỏi nữa'),
    version: z.number().int(),
  })
  .meta({ id: 'AwarenessPlan' });
export type AwarenessPlan = z.infer<typeof awarenessPlanSchema>;

export const planQuestionsInputSchema = z
  .object({
    questionIds: z
      .array(z.uuid('Mã câu hỏi không hợp lệ'))
      .min(1, 'Chọn ít nhất một câu hỏi')
      .max(awarenessLimits.maxPlanQuestions, `Tối đa ${awarenessLimits.maxPlanQuestions} câu hỏi`)
      .refine((ids) => new Set(ids).size === ids.length, 'Một câu hỏi được chọn hai lần'),
    version: z.number().int().min(0).describe('Phiên bản kế hoạch đã đọc (0 khi chưa có kế hoạch)'),
  })
  .meta({ id: 'AwarenessPlanQuestions' });
export type PlanQuestionsInput = z.input<typeof planQuestionsInputSchema>;

export const phaseInputSchema = z
  .object({ phase: z.enum(awarenessPhases, 'Giai đoạn không hợp lệ'), open: z.boolean() })
  .meta({ id: 'AwarenessPhaseChange' });
export type PhaseInput = z.input<typeof phaseInputSchema>;

// ——— One-time codes ———

export const codeBatchInputSchema = z
  .object({
    count: z.number().int('Số phiếu phải là số nguyên').min(1, 'Tạo ít nhất 1 mã').max(awarenessLimits.maxCodesPerBatch, `Mỗi lần tạo tối đa ${awarenessLimits.maxCodesPerBatch} mã`),
    connectionPointId: z.uuid('Điểm cầu không hợp lệ').nullable().default(null).describe('In phiếu cho chỗ ngồi của một điểm cầu; trống là cả hội nghị'),
  })
  .meta({ id: 'AwarenessCodeBatch' });
export type CodeBatchInput = z.input<typeof codeBatchInputSchema>;

export const codeSchema = z.object({
  code: z.string(),
  connectionPointId: z.uuid().nullable(),
  connectionPointName: z.string().nullable(),
  batch: z.number().int(),
  used: z.array(z.enum(awarenessPhases)).describe('Giai đoạn mã đã được dùng (không cho biết câu trả lời)'),
});
export type Code = z.infer<typeof codeSchema>;

export const codeListQuerySchema = pageQuerySchema.extend({
  batch: z.coerce.number().int().min(1).optional(),
  connectionPoint: z.union([z.uuid(), z.literal('none')]).optional(),
});
export type CodeListQuery = z.infer<typeof codeListQuerySchema>;
export const codeListSchema = pageOf(codeSchema).meta({ id: 'AwarenessCodeList' });
export type CodeList = z.infer<typeof codeListSchema>;
export const codeBatchResultSchema = z.object({ batch: z.number().int(), created: z.number().int() }).meta({ id: 'AwarenessCodeBatchResult' });

export const codeSheetQuerySchema = z.object({
  batch: z.coerce.number().int().min(1).optional().describe('Chỉ in một đợt tạo mã'),
  connectionPoint: z.union([z.uuid(), z.literal('none')]).optional(),
});

// ——— Results ———

const percent = z.number().min(0).max(100).nullable().describe('Điểm trung bình, % số câu đúng; trống khi chưa có bài');

export const scoreSummarySchema = z.object({
  preResponses: z.number().int(),
  postResponses: z.number().int(),
  meanBefore: percent,
  meanAfter: percent,
  pairs: z.number().int().describe('Số mã đã làm cả hai bài'),
  pairedGain: z.number().nullable().describe('Trung bình (sau − trước) trên các mã làm cả hai bài, theo điểm %'),
});
export type ScoreSummary = z.infer<typeof scoreSummarySchema>;

export const ratingDistributionSchema = z.object({
  item: z.enum(surveyItems),
  counts: z.array(z.number().int()).length(5).describe('Số phiếu chấm 1, 2, 3, 4, 5'),
  mean: z.number().nullable(),
});
export type RatingDistribution = z.infer<typeof ratingDistributionSchema>;

/**
 * A free-text comment of the feedback survey. Anonymous: it carries the point its code was
 * printed for, never the code, and codes are never linked to participants.
 */
export const surveyCommentSchema = z
  .object({
    text: z.string(),
    at: z.string().describe('Thời điểm gửi (ISO 8601)'),
    connectionPointId: z.uuid().nullable().describe('Điểm cầu mà mã phiếu được in cho; trống: mã chung cho cả hội nghị'),
    connectionPointName: z.string().nullable(),
  })
  .meta({ id: 'AwarenessSurveyComment' });
export type SurveyComment = z.infer<typeof surveyCommentSchema>;

export const commentListQuerySchema = z.object({
  page: z.coerce.number('Trang phải là một số').int('Trang phải là số nguyên').min(1, 'Trang bắt đầu từ 1').default(1).describe('Trang, bắt đầu từ 1'),
  pageSize: z.coerce
    .number('Số ý kiến mỗi trang phải là một số')
    .int('Số ý kiến mỗi trang phải là số nguyên')
    .min(1, 'Mỗi trang có ít nhất 1 ý kiến')
    .max(awarenessLimits.commentsPageSize, `Mỗi trang tối đa ${awarenessLimits.commentsPageSize} ý kiến`)
    .default(20)
    .describe(`Số ý kiến mỗi trang (tối đa ${awarenessLimits.commentsPageSize})`),
  connectionPoint: z
    .union([z.uuid(), z.literal('none')], 'Điểm cầu không hợp lệ')
    .optional()
    .describe('Chỉ ý kiến từ mã in cho một điểm cầu; none: mã chung cho cả hội nghị'),
});
export type CommentListQuery = z.infer<typeof commentListQuerySchema>;
export const commentListSchema = pageOf(surveyCommentSchema).describe('Mới nhất trước').meta({ id: 'AwarenessCommentList' });
export type CommentList = z.infer<typeof commentListSchema>;

export const awarenessResultsSchema = z
  .object({
    conference: z.object({ id: z.uuid(), title: z.string(), startDate: z.string(), provinceName: z.string().nullable() }),
    questions: z.number().int(),
    codesIssued: z.number().int(),
    codesUsed: z.number().int().describe('Mã đã dùng ít nhất một lần'),
    attendance: z.number().int().describe('Số đại biểu thực tế của hội nghị'),
    responseRate: z.number().min(0).max(1).nullable().describe('Mã đã dùng / mã đã phát'),
    attendanceRate: z.number().min(0).nullable().describe('Mã đã dùng / số đại biểu thực tế'),
    overall: scoreSummarySchema,
    byPoint: z.array(
      scoreSummarySchema.extend({
        connectionPointId: z.uuid().nullable(),
        name: z.string().nullable().describe('Trống: mã phát chung cho cả hội nghị'),
        codesIssued: z.number().int(),
        codesUsed: z.number().int(),
        attendance: z.number().int().nullable(),
      }),
    ),
    byTheme: z.array(scoreSummarySchema.extend({ theme: z.enum(rightsThemes), questions: z.number().int() })),
    byQuestion: z.array(
      z.object({ id: z.uuid(), theme: z.enum(rightsThemes), text: z.string(), correctBefore: percent, correctAfter: percent }),
    ),
    survey: z.object({
      responses: z.number().int(),
      ratings: z.array(ratingDistributionSchema),
      commentCount: z.number().int().describe('Số phiếu có ý kiến góp ý'),
      latestComments: z
        .array(surveyCommentSchema)
        .max(awarenessLimits.latestComments)
        .describe(`${awarenessLimits.latestComments} ý kiến mới nhất; đọc hết theo trang ở /conferences/{id}/awareness/comments`),
    }),
  })
  .meta({ id: 'AwarenessResults' });
export type AwarenessResults = z.infer<typeof awarenessResultsSchema>;

// ——— Check-in links per connection point ———

export const checkInLinkSchema = z.object({
  connectionPointId: z.uuid(),
  name: z.string(),
  token: z.string().nullable().describe('Phần bí mật của đường dẫn /d/<token>; trống khi chưa cấp'),
});
export const checkInLinksSchema = z.object({ items: z.array(checkInLinkSchema) }).meta({ id: 'CheckInLinks' });
export type CheckInLinks = z.infer<typeof checkInLinksSchema>;
export const pointParamsSchema = z.object({ id: z.uuid('Mã hội nghị không hợp lệ'), pointId: z.uuid('Mã điểm cầu không hợp lệ') });

// ——— Public pages (no account) ———

const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'Đường dẫn không hợp lệ');
export const publicTokenParamsSchema = z.object({ token: tokenSchema });

export const publicAwarenessSchema = z
  .object({
    conferenceTitle: z.string(),
    startDate: z.string(),
    phases: phaseStateSchema,
  })
  .meta({ id: 'PublicAwareness' });
export type PublicAwareness = z.infer<typeof publicAwarenessSchema>;

export const publicStartInputSchema = z.object({ code: codeInputSchema }).meta({ id: 'PublicAwarenessStart' });

export const publicQuestionSchema = z.object({
  id: z.uuid(),
  text: z.string(),
  options: z.array(z.string()),
  multiple: z.boolean().describe('Có nhiều đáp án đúng: chọn mọi phương án đúng'),
});
export const publicFormSchema = z
  .object({
    conferenceTitle: z.string(),
    phases: z.array(z.object({ phase: z.enum(awarenessPhases), open: z.boolean(), submitted: z.boolean() })),
    questions: z.array(publicQuestionSchema).describe('Không kèm đáp án'),
    surveyItems: z.array(z.enum(surveyItems)),
  })
  .meta({ id: 'PublicAwarenessForm' });
export type PublicForm = z.infer<typeof publicFormSchema>;

export const publicSubmissionSchema = z
  .object({
    code: codeInputSchema,
    phase: z.enum(awarenessPhases, 'Giai đoạn không hợp lệ'),
    answers: z.record(z.string(), z.array(z.number().int().min(0)).max(awarenessLimits.maxOptions)).default({}).describe('Bài kiểm tra: mã câu hỏi → các phương án đã chọn'),
    ratings: z.partialRecord(z.enum(surveyItems), z.number().int().min(1, 'Chấm từ 1 đến 5').max(5, 'Chấm từ 1 đến 5')).default({}).describe('Phiếu khảo sát: mục → điểm 1..5'),
    comment: z.string().trim().max(awarenessLimits.comment, `Ý kiến tối đa ${awarenessLimits.comment} ký tự`).nullable().default(null),
  })
  .meta({ id: 'PublicAwarenessSubmission' });
export type PublicSubmission = z.input<typeof publicSubmissionSchema>;

export const publicReceiptSchema = z
  .object({
    phase: z.enum(awarenessPhases),
    score: z.number().int().nullable(),
    maxScore: z.number().int().nullable(),
  })
  .meta({ id: 'PublicAwarenessReceipt' });
export type PublicReceipt = z.infer<typeof publicReceiptSchema>;

export const publicCheckInPointSchema = z
  .object({ conferenceTitle: z.string(), startDate: z.string(), pointName: z.string() })
  .meta({ id: 'PublicCheckInPoint' });
export type PublicCheckInPoint = z.infer<typeof publicCheckInPointSchema>;

export const publicCheckInInputSchema = z
  .object({
    fullName: z.string().trim().min(2, 'Nhập họ và tên').max(200, 'Họ và tên tối đa 200 ký tự'),
    agency: z.string().trim().max(300, 'Cơ quan, đơn vị tối đa 300 ký tự').nullable().default(null).describe('Chỉ dùng khi điểm cầu có hai người trùng tên'),
  })
  .meta({ id: 'PublicCheckIn' });
export type PublicCheckInInput = z.input<typeof publicCheckInInputSchema>;

export const publicCheckInResultSchema = z
  .object({
    pointName: z.string(),
    at: z.string(),
    alreadyCheckedIn: z.boolean().describe('Luôn là false: lần điểm danh lặp lại được trả lời như lần đầu, để đường dẫn QR không tiết lộ ai đã đến (giữ trường này cho các ứng dụng đang đọc nó)'),
  })
  .meta({ id: 'PublicCheckInResult' });
export type PublicCheckInResult = z.infer<typeof publicCheckInResultSchema>;
