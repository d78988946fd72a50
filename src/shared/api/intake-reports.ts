import { z } from 'zod';
import { parsePeriod } from '../indicators/periods.js';
import { formatViDate } from '../text/format.js';
import { draftRowSchema } from './followup-transfer.js';
import { isoDateSchema } from './common.js';
import type { FollowupKind } from './followup.js';

/*
 * Intake of provincial reports (báo cáo kết quả công tác bảo đảm quyền con người, sơ kết 6
 * tháng, tổng kết năm) and of lists of recommendations: an upload is recognised, its figures are
 * proposed as values of the indicator catalogue for the report's unit and period, its limitations
 * and directions as follow-up items; a person reviews and saves them.
 */

export const intakeReportKinds = ['provincial_report', 'recommendation_list', 'article', 'unknown'] as const;
export type IntakeReportKind = (typeof intakeReportKinds)[number];

/** Where a figure was read: a span of the document's text, or a cell of one of its tables. */
export const figureEvidenceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), start: z.number().int(), end: z.number().int(), quote: z.string() }),
  z.object({
    kind: z.literal('table'),
    table: z.number().int().describe('Bảng thứ mấy trong tài liệu (từ 1)'),
    row: z.number().int().describe('Dòng của bảng (từ 1)'),
    column: z.number().int().describe('Cột của bảng (từ 1)'),
    quote: z.string().describe('Dòng của bảng: nhãn, ô số liệu'),
  }),
]);
export type FigureEvidence = z.infer<typeof figureEvidenceSchema>;

export const proposedFigureSchema = z.object({
  key: z.string(),
  label: z.string(),
  value: z.number(),
  unit: z.string().nullable(),
  target: z.number().nullable(),
  /** The catalogue indicator proposed for the figure (null: the reviewer chooses). */
  indicatorCode: z.string().nullable(),
  indicatorName: z.string().nullable(),
  score: z.number().nullable(),
  evidence: figureEvidenceSchema,
  warning: z.string().nullable(),
  /** Another figure already fills the same indicator (a report repeats its table in its text). */
  repeats: z.boolean().optional(),
});
export type ProposedFigure = z.infer<typeof proposedFigureSchema>;

export const proposedFollowupSchema = z.object({
  key: z.string(),
  nature: z.enum(['limitation', 'direction']),
  text: z.string(),
  /** The heading of the report's section it came from ("III. HẠN CHẾ, KHÓ KHĂN"). */
  section: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});
export type ProposedFollowup = z.infer<typeof proposedFollowupSchema>;

/**
 * The follow-up kinds a report's limitation or direction may be saved as. A direction of the
 * report ("Phương hướng, nhiệm vụ") is a task of the province's plan; a limitation is what a
 * review conference (sơ kết, tổng kết) found, the only kind whose items are limitations; the
 * reviewer may also file either as a working visit's finding or recommendation. UPR and treaty
 * items need a cycle or a treaty a report does not give.
 */
export const reportItemKinds = ['plan', 'conference', 'visit'] as const satisfies readonly FollowupKind[];
export type ReportItemKind = (typeof reportItemKinds)[number];
export const defaultReportItemKind = (nature: ProposedFollowup['nature']): ReportItemKind => (nature === 'direction' ? 'plan' : 'conference');
/** The item's nature under the kind chosen: a visit's items are findings and recommendations. */
export function reportItemNature(kind: ReportItemKind, nature: ProposedFollowup['nature']): 'direction' | 'limitation' | 'finding' | 'recommendation' {
  if (kind !== 'visit') return nature;
  return nature === 'limitation' ? 'finding' : 'recommendation';
}

/** What a list's paragraph may be saved as: a UPR recommendation, a treaty body's, or a working visit's. */
export const listItemKinds = ['upr', 'treaty', 'visit'] as const satisfies readonly FollowupKind[];
export type ListItemKind = (typeof listItemKinds)[number];

/** The date a report's items are given: the report's own date, or today when it has none (or a future one). */
export const reportItemDate = (proposal: Pick<IntakeReportProposal, 'reportDate'>, today: string): string =>
  proposal.reportDate && proposal.reportDate <= today ? proposal.reportDate : today;

/**
 * Why a proposed item's due date (yyyy-mm-dd) cannot be saved, or null: it may not fall before
 * the report's period starts, nor before the day the item is given (the follow-up rule).
 */
export function reportDueDateIssue(dueDate: string, proposal: Pick<IntakeReportProposal, 'period' | 'reportDate'>, today: string): string | null {
  const start = proposal.period ? parsePeriod(proposal.period)?.start : undefined;
  if (start && dueDate < start) return `Hạn hoàn thành ${formatViDate(dueDate)} trước ngày đầu kỳ báo cáo (${formatViDate(start)}).`;
  const itemDate = reportItemDate(proposal, today);
  if (dueDate < itemDate) return `Hạn hoàn thành ${formatViDate(dueDate)} trước ngày giao việc (${formatViDate(itemDate)}, ngày của báo cáo).`;
  return null;
}

export const intakeReportProposalSchema = z.object({
  documentKind: z.enum(intakeReportKinds),
  /** Why the document was taken for what it is (the clues found), in Vietnamese. */
  recognisedBy: z.array(z.string()),
  title: z.string().nullable(),
  reportNumber: z.string().nullable(),
  reportDate: z.string().nullable(),
  provinceCode: z.string().nullable(),
  provinceName: z.string().nullable(),
  unitKind: z.enum(['province', 'legacy_province']).nullable(),
  /** The current province a legacy province's figures roll up into (follow-up items are filed there). */
  currentProvinceCode: z.string().nullable(),
  period: z.string().nullable(),
  periodLabel: z.string().nullable(),
  figures: z.array(proposedFigureSchema),
  followups: z.array(proposedFollowupSchema),
  /** A list of recommendations: its numbered paragraphs as draft follow-up items. */
  recommendations: z.array(draftRowSchema),
  uprCycle: z.number().int().nullable(),
  pageCount: z.number().int().nullable(),
  warnings: z.array(z.string()),
});
export type IntakeReportProposal = z.infer<typeof intakeReportProposalSchema>;

export const intakeReportSummarySchema = z
  .object({
    id: z.uuid(),
    fileName: z.string(),
    fileKind: z.string(),
    documentKind: z.enum(intakeReportKinds),
    status: z.enum(['ready', 'saved', 'dropped']),
    provinceCode: z.string().nullable(),
    period: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'IntakeReportSummary' });
export type IntakeReportSummary = z.infer<typeof intakeReportSummarySchema>;

export const intakeReportListSchema = z.object({ items: z.array(intakeReportSummarySchema) }).meta({ id: 'IntakeReportList' });

/** The report the figures would go into, as it stands now. */
export const targetReportSchema = z.object({
  formId: z.uuid(),
  formCode: z.string(),
  formName: z.string(),
  reportId: z.uuid().nullable(),
  status: z.string().nullable(),
  /** Why the reviewer cannot save figures there (another province, a submitted report…), or null. */
  refusal: z.string().nullable(),
  indicators: z.array(z.object({ code: z.string(), nameVi: z.string(), unit: z.string() })),
});

export const intakeReportSchema = intakeReportSummarySchema
  .extend({
    sourceText: z.string(),
    proposal: intakeReportProposalSchema,
    target: targetReportSchema.nullable(),
    /** Why the reviewer cannot save the limitations and directions as follow-up items of the report's province, or null. */
    followupRefusal: z.string().nullable(),
    /** The uploaded file, downloadable at /api/files/{fileId} by whoever may read the document; null for documents kept before files were. */
    fileId: z.uuid().nullable(),
    version: z.number().int(),
    savedReportId: z.uuid().nullable(),
    savedItemIds: z.array(z.uuid()),
  })
  .meta({ id: 'IntakeReport' });
export type IntakeReport = z.infer<typeof intakeReportSchema>;

const maxRows = 2000;

export const saveReportSchema = z
  .object({
    version: z.number().int().min(1),
    figures: z
      .array(
        z.object({
          key: z.string().max(20),
          indicatorCode: z.string().trim().min(1, 'Chọn chỉ tiêu').max(50),
          value: z.number().finite('Giá trị phải là số'),
          target: z.number().finite().nullable().default(null),
        }),
      )
      .max(maxRows)
      .default([]),
    followups: z
      .array(
        z.object({
          key: z.string().max(20),
          text: z.string().trim().min(3, 'Nội dung cần ít nhất 3 ký tự').max(8000, 'Nội dung tối đa 8.000 ký tự'),
          nature: z.enum(['limitation', 'direction']),
          kind: z.enum(reportItemKinds, 'Loại việc theo dõi chỉ là nhiệm vụ kế hoạch, hội nghị hoặc đoàn công tác').optional().describe('Trống: nhiệm vụ kế hoạch với phương hướng, hội nghị với hạn chế'),
          dueDate: isoDateSchema.nullable().default(null).describe('Hạn hoàn thành; không trước đầu kỳ báo cáo'),
        }),
      )
      .max(maxRows)
      .default([]),
  })
  .meta({ id: 'IntakeReportSave' });
export type SaveReport = z.input<typeof saveReportSchema>;

export const saveRecommendationsSchema = z
  .object({
    version: z.number().int().min(1),
    uprCycle: z.number().int().min(1, 'Chu kỳ UPR từ 1 đến 9').max(9, 'Chu kỳ UPR từ 1 đến 9').nullable().default(null),
    itemDate: isoDateSchema,
    rows: z.array(z.number().int().min(1)).min(1, 'Chọn ít nhất một khuyến nghị').max(maxRows),
    details: z
      .array(
        z.object({
          row: z.number().int().min(1),
          kind: z.enum(listItemKinds, 'Khuyến nghị chỉ lưu được thành khuyến nghị UPR, khuyến nghị công ước hoặc kiến nghị của đoàn công tác').optional(),
          dueDate: isoDateSchema.nullable().default(null),
        }),
      )
      .max(maxRows)
      .default([])
      .describe('Loại việc và hạn hoàn thành của các khuyến nghị đã chọn; dòng không nêu: loại như đề xuất, không hạn'),
  })
  .meta({ id: 'IntakeRecommendationsSave' });
export type SaveRecommendations = z.input<typeof saveRecommendationsSchema>;

export const intakeReportSaveResultSchema = z.object({
  reportId: z.uuid().nullable(),
  values: z.number().int(),
  itemIds: z.array(z.uuid()),
  skipped: z.number().int(),
});
export type IntakeReportSaveResult = z.infer<typeof intakeReportSaveResultSchema>;

export const intakeReportDropSchema = z.object({ version: z.number().int().min(1) });
