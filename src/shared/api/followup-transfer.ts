import { z } from 'zod';
import { isoDateSchema, provinceCodeSchema } from './common.js';
import { followupItemFieldsSchema, followupKinds, followupNatures, treaties, uprPositions } from './followup.js';
import { rightsThemes } from './conferences.js';

/*
 * Importing follow-up items: the UN's UPR matrix of recommendations (XLSX/CSV), an implementation
 * plan's tasks (XLSX/CSV) and a Word/PDF list of numbered recommendations (through document
 * intake's readers). Each source has a preview step (the file is read, every row parsed and
 * checked, nothing written) and one commit step for all three: the reviewed rows are sent back
 * as items and saved all together or not at all.
 */

export const followupImportLimits = {
  /** Largest matrix or plan file. */
  tableBytes: 5 * 1024 * 1024,
  /** Largest Word/PDF/text document. */
  documentBytes: 20 * 1024 * 1024,
  /** Most rows (items) one import takes. */
  rows: 5_000,
} as const;

export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const PDF_CONTENT_TYPE = 'application/pdf';
/** What a recommendation list may be sent as (besides .docx and .pdf). */
export const documentContentTypes = [DOCX_CONTENT_TYPE, PDF_CONTENT_TYPE, 'text/plain', 'text/html'] as const;

/** The fields a UPR matrix's columns may hold, in the matrix's usual order. */
export const uprColumnFields = ['paragraph', 'text', 'states', 'position', 'themes', 'affectedPersons', 'sdgs'] as const;
export type UprColumnField = (typeof uprColumnFields)[number];
/** The fields a plan's task sheet may hold. */
export const planColumnFields = ['order', 'text', 'lead', 'cooperating', 'due'] as const;
export type PlanColumnField = (typeof planColumnFields)[number];

const columnIndex = z.number().int().min(0).max(199).nullable().default(null);
export const uprMappingSchema = z
  .object(Object.fromEntries(uprColumnFields.map((f) => [f, columnIndex])) as Record<UprColumnField, typeof columnIndex>)
  .meta({ id: 'FollowupUprMapping' });
export type UprMapping = z.output<typeof uprMappingSchema>;
export const planMappingSchema = z
  .object(Object.fromEntries(planColumnFields.map((f) => [f, columnIndex])) as Record<PlanColumnField, typeof columnIndex>)
  .meta({ id: 'FollowupPlanMapping' });
export type PlanMapping = z.output<typeof planMappingSchema>;

const mappingQuery = z.string().max(2000).optional().describe('Ánh xạ cột dạng JSON {"text":1,"position":2,…} (chỉ số cột từ 0); trống thì dùng ánh xạ gợi ý');
const cycleQuery = z.coerce.number('Chu kỳ UPR là số').int('Chu kỳ UPR là số nguyên').min(1, 'Chu kỳ UPR từ 1 đến 9').max(9, 'Chu kỳ UPR từ 1 đến 9');
const provinceQuery = provinceCodeSchema.optional().describe('Tỉnh của các việc; trống là việc cấp quốc gia');

export const uprPreviewQuerySchema = z.object({
  mapping: mappingQuery,
  uprCycle: cycleQuery,
  itemDate: isoDateSchema.describe('Ngày thông qua khuyến nghị (ngày của các việc)'),
  provinceCode: provinceQuery,
});
export type UprPreviewQuery = z.infer<typeof uprPreviewQuerySchema>;

export const planPreviewQuerySchema = z.object({
  mapping: mappingQuery,
  planNumber: z.string().trim().min(1, 'Nhập số, ký hiệu của kế hoạch').max(100, 'Số kế hoạch tối đa 100 ký tự'),
  planDate: isoDateSchema.describe('Ngày ban hành kế hoạch (ngày của các việc)'),
  planTitle: z.string().trim().max(500, 'Tên kế hoạch tối đa 500 ký tự').optional(),
  provinceCode: provinceQuery,
});
export type PlanPreviewQuery = z.infer<typeof planPreviewQuerySchema>;

export const documentPreviewQuerySchema = z.object({
  uprCycle: cycleQuery.optional().describe('Chu kỳ UPR của các khuyến nghị (không cần với kết luận của ủy ban công ước)'),
  itemDate: isoDateSchema.describe('Ngày thông qua các khuyến nghị'),
  provinceCode: provinceQuery,
});
export type DocumentPreviewQuery = z.infer<typeof documentPreviewQuerySchema>;

/** An item as a preview proposes it: the item form's fields, every one filled or null (plain types: a response, not an input). */
const nullableText = z.string().nullable();
export const draftItemSchema = z.object({
  kind: z.enum(followupKinds),
  nature: z.enum(followupNatures).nullable(),
  reference: nullableText,
  text: z.string(),
  leadOrganisationId: z.uuid().nullable(),
  cooperatingOrganisationIds: z.array(z.uuid()),
  provinceCode: nullableText,
  itemDate: z.string(),
  dueDate: nullableText,
  visitId: z.uuid().nullable(),
  uprCycle: z.number().int().nullable(),
  uprPosition: z.enum(uprPositions).nullable(),
  recommendingStates: z.array(z.string()),
  treaty: z.enum(treaties).nullable(),
  session: nullableText,
  paragraph: nullableText,
  planNumber: nullableText,
  planDate: nullableText,
  planTitle: nullableText,
  themes: z.array(z.enum(rightsThemes)),
  sdgs: z.array(z.string()),
  affectedPersons: z.array(z.string()),
});
export type DraftItem = z.infer<typeof draftItemSchema>;

const rowIssue = z.object({ field: z.string(), message: z.string() });

/** A body named in a plan's row, and the registry body it was matched to (null: the person chooses one). */
export const namedBodySchema = z.object({ name: z.string(), organisationId: z.uuid().nullable(), organisationName: z.string().nullable() });
export type NamedBody = z.infer<typeof namedBodySchema>;

export const draftRowSchema = z
  .object({
    /** The row as Excel shows it, or the paragraph's order in a document. */
    rowNumber: z.number().int(),
    item: draftItemSchema,
    /** Row-level problems: the row cannot be saved until they are fixed (or the row left out). */
    errors: z.array(rowIssue),
    /** What the person should know but that does not stop the row (an unknown theme, a State not in the lexicon). */
    warnings: z.array(z.string()),
    /** Already saved (same cycle, paragraph and text) or repeated higher in the file: skipped on commit. */
    duplicate: z.boolean(),
    /** Plans: the lead and co-operating bodies as written, with their matches. */
    lead: namedBodySchema.nullable(),
    cooperating: z.array(namedBodySchema),
    /** Plans: the deadline as written ("Quý II/2025", "Thường xuyên"). */
    dueText: z.string().nullable(),
  })
  .meta({ id: 'FollowupImportRow' });
export type DraftRow = z.infer<typeof draftRowSchema>;

export const importPreviewSchema = z
  .object({
    source: z.enum(['upr', 'plan', 'document']),
    fileKind: z.string(),
    sheetName: z.string().nullable(),
    headerRow: z.number().int().nullable(),
    headers: z.array(z.string()),
    suggestedMapping: z.record(z.string(), z.number().int().nullable()),
    mapping: z.record(z.string(), z.number().int().nullable()),
    rows: z.array(draftRowSchema),
    counts: z.object({ rows: z.number().int(), withErrors: z.number().int(), duplicates: z.number().int(), ready: z.number().int() }),
    /** Things about the whole file (a document read by its real type, pages skipped…). */
    warnings: z.array(z.string()),
  })
  .meta({ id: 'FollowupImportPreview' });
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const commitItemSchema = followupItemFieldsSchema.extend({ rowNumber: z.number().int().min(0).max(1_000_000) });
export const importCommitSchema = z
  .object({
    source: z.enum(['upr', 'plan', 'document']),
    fileName: z.string().trim().max(255).nullable().default(null),
    items: z.array(z.unknown()).describe('Các dòng đã xem trước: các trường của FollowupItemFields kèm rowNumber').min(1, 'Không có dòng nào để nhập').max(followupImportLimits.rows, `Tối đa ${followupImportLimits.rows} dòng mỗi lần nhập`),
  })
  .meta({ id: 'FollowupImportCommit' });
export type ImportCommit = z.input<typeof importCommitSchema>;
export type CommitItem = z.input<typeof commitItemSchema>;

export const importCommitResultSchema = z
  .object({
    created: z.number().int(),
    itemIds: z.array(z.uuid()),
    /** Rows not saved because the same item already exists (or appears twice in what was sent). */
    skipped: z.array(z.object({ rowNumber: z.number().int(), reason: z.string() })),
  })
  .meta({ id: 'FollowupImportResult' });
export type ImportCommitResult = z.infer<typeof importCommitResultSchema>;
