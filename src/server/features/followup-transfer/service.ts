import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import {
  commitItemSchema,
  importCommitSchema,
  planMappingSchema,
  uprMappingSchema,
  type DocumentPreviewQuery,
  type DraftRow,
  type ImportCommitResult,
  type ImportPreview,
  type PlanPreviewQuery,
  type UprPreviewQuery,
} from '../../../shared/api/followup-transfer.js';
import { followupFieldIssues } from '../../../shared/api/followup.js';
import { editRefusal } from '../../../shared/auth/followup-access.js';
import { formatViNumber } from '../../../shared/text/index.js';
import type { Db } from '../../db/client.js';
import { AppError, type FieldIssue } from '../../errors.js';
import { provinces } from '../admin-units/tables.js';
import { recordAudit } from '../audit/record.js';
import type { Actor } from '../auth/actor.js';
import { assertFollowupReferences, insertFollowupItems, type FollowupItemWrite } from '../followup/write-item.js';
import { matchOrganisers } from '../intake/organiser-match.js';
import { organisations } from '../organisations/tables.js';
import { duplicateKey, existingKeys, markDuplicates } from './duplicates.js';
import { locatePlanHeader, parsePlanRows, suggestPlanMapping } from './plan-tasks.js';
import { assertRowLimit, readDocumentText, readTable, type DocumentUpload, type TableUpload } from './read-upload.js';
import { parseRecommendationText } from './recommendation-list.js';
import { locateUprHeader, parseUprRows, suggestUprMapping } from './upr-matrix.js';

/*
 * Importing follow-up items. Previews read a file and propose items, writing nothing; the commit
 * takes the reviewed items back and saves them all in one transaction, or none. Rights are the
 * item form's (shared/auth/followup-access.ts `editRefusal`): a province's secretariat imports its
 * own province's items, national items are the Standing Office's.
 */

async function assertScope(db: Db, actor: Actor, provinceCode: string | null): Promise<void> {
  const refusal = editRefusal(actor, { provinceCode });
  if (refusal) throw new AppError('FORBIDDEN', refusal);
  if (provinceCode) {
    const [found] = await db.select({ code: provinces.code }).from(provinces).where(inArray(provinces.code, [provinceCode]));
    if (!found) throw new AppError('VALIDATION', `Không có tỉnh mã ${provinceCode}.`, { errors: [{ path: 'provinceCode', message: `Không có tỉnh mã ${provinceCode}.` }] });
  }
}

function parseMapping<S extends z.ZodType>(json: string | undefined, schema: S): z.output<S> | null {
  if (json === undefined || json === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new AppError('VALIDATION', 'Ánh xạ cột không phải JSON hợp lệ.', { errors: [{ path: 'mapping', message: 'Không phải JSON hợp lệ.' }] });
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new AppError('VALIDATION', 'Ánh xạ cột không hợp lệ.', {
      errors: parsed.error.issues.map((i) => ({ path: ['mapping', ...i.path.map(String)].join('.'), message: i.message })),
    });
  }
  return parsed.data;
}

function summarise(source: ImportPreview['source'], rows: DraftRow[], rest: Omit<ImportPreview, 'source' | 'rows' | 'counts'>): ImportPreview {
  const withErrors = rows.filter((r) => r.errors.length).length;
  const duplicates = rows.filter((r) => r.duplicate).length;
  const ready = rows.filter((r) => !r.errors.length && !r.duplicate).length;
  return { source, rows, counts: { rows: rows.length, withErrors, duplicates, ready }, ...rest };
}

function noTextColumn(headers: string[], what: string): AppError {
  const listed = headers.filter(Boolean).slice(0, 12).map((h) => `“${h.slice(0, 60)}”`).join(', ');
  return new AppError(
    'UNREADABLE_DOCUMENT',
    `Không tìm thấy cột ${what} trong tệp${listed ? ` (các cột đọc được: ${listed})` : ''}. Hãy đặt tiêu đề cột như trong mẫu, hoặc chọn cột nội dung ở bước ánh xạ.`,
    { errors: [{ path: 'mapping.text', message: `Chọn cột ${what}.` }] },
  );
}

function checkMapping(mapping: Record<string, number | null>, width: number, what: string): void {
  if (mapping.text === null || mapping.text === undefined) {
    throw new AppError('VALIDATION', `Chọn cột ${what}.`, { errors: [{ path: 'mapping.text', message: `Chọn cột ${what}.` }] });
  }
  const used = new Map<number, string>();
  const errors: FieldIssue[] = [];
  for (const [field, column] of Object.entries(mapping)) {
    if (column === null) continue;
    if (column >= width) errors.push({ path: `mapping.${field}`, message: `Tệp chỉ có ${width} cột.` });
    if (used.has(column)) errors.push({ path: `mapping.${field}`, message: 'Một cột chỉ gán cho một trường.' });
    used.set(column, field);
  }
  if (errors.length) throw new AppError('VALIDATION', 'Ánh xạ cột không hợp lệ.', { errors });
}

/**
 * UPR matrix, preview: reads the file, proposes the column mapping (or applies the person's),
 * and parses every row with its errors and duplicates. Writes nothing.
 */
export async function previewUprMatrix(db: Db, actor: Actor, upload: TableUpload, query: UprPreviewQuery): Promise<ImportPreview> {
  const provinceCode = query.provinceCode ?? null;
  await assertScope(db, actor, provinceCode);
  const table = await readTable(upload);
  const { header, dataRows, headers } = locateUprHeader(table.rows);
  if (!dataRows.length) throw new AppError('BAD_REQUEST', 'Tệp không có dòng khuyến nghị nào dưới dòng tiêu đề.');
  assertRowLimit(dataRows.length);
  const suggested = suggestUprMapping(headers);
  const mapping = parseMapping(query.mapping, uprMappingSchema) ?? suggested;
  if (mapping.text === null && !query.mapping) throw noTextColumn(headers, 'nội dung khuyến nghị (“Recommendation”, “Khuyến nghị”)');
  checkMapping(mapping, headers.length, 'nội dung khuyến nghị');
  const rows = await markDuplicates(db, parseUprRows(dataRows, mapping, { uprCycle: query.uprCycle, itemDate: query.itemDate, provinceCode }));
  return summarise('upr', rows, { fileKind: table.kind, sheetName: table.sheetName, headerRow: header?.number ?? null, headers, suggestedMapping: suggested, mapping, warnings: [] });
}

/** Matches a plan's bodies to the registry: the plan's province and national bodies only. */
async function matchPlanBodies(db: Db, rows: DraftRow[], provinceCode: string | null): Promise<void> {
  const names = [...new Set(rows.flatMap((r) => [...(r.lead ? [r.lead.name] : []), ...r.cooperating.map((c) => c.name)]))];
  const matches = await matchOrganisers(db, names, { era: 'current', article: provinceCode ? { provinceCode, legacyProvinceCode: null } : null });
  const byName = new Map(names.map((n, i) => [n, matches[i] ?? null]));
  const fits = (name: string) => {
    const body = byName.get(name);
    return body && (body.provinceCode === null || body.provinceCode === provinceCode) ? body : null;
  };
  const where = provinceCode ? 'của tỉnh hoặc cấp quốc gia' : 'cấp quốc gia';
  for (const row of rows) {
    if (row.lead) {
      const body = fits(row.lead.name);
      row.lead = { ...row.lead, organisationId: body?.id ?? null, organisationName: body?.name ?? null };
      row.item.leadOrganisationId = body?.id ?? null;
      if (!body) row.errors.push({ field: 'leadOrganisationId', message: `Không tìm thấy “${row.lead.name.slice(0, 100)}” trong danh bạ cơ quan ${where}; hãy chọn cơ quan chủ trì.` });
    }
    row.cooperating = row.cooperating.map((c) => {
      const body = fits(c.name);
      if (!body) row.errors.push({ field: 'cooperatingOrganisationIds', message: `Không tìm thấy cơ quan phối hợp “${c.name.slice(0, 100)}” trong danh bạ cơ quan ${where}; hãy chọn cơ quan hoặc bỏ.` });
      return { ...c, organisationId: body?.id ?? null, organisationName: body?.name ?? null };
    });
    const ids = row.cooperating.flatMap((c) => (c.organisationId && c.organisationId !== row.item.leadOrganisationId ? [c.organisationId] : []));
    row.item.cooperatingOrganisationIds = [...new Set(ids)].slice(0, 50);
  }
}

/** Plan tasks, preview: the same steps, with the bodies matched to the registry. */
export async function previewPlanTasks(db: Db, actor: Actor, upload: TableUpload, query: PlanPreviewQuery): Promise<ImportPreview> {
  const provinceCode = query.provinceCode ?? null;
  await assertScope(db, actor, provinceCode);
  const table = await readTable(upload);
  const { header, dataRows, headers } = locatePlanHeader(table.rows);
  if (!dataRows.length) throw new AppError('BAD_REQUEST', 'Tệp không có dòng nhiệm vụ nào dưới dòng tiêu đề.');
  assertRowLimit(dataRows.length);
  const suggested = suggestPlanMapping(headers);
  const mapping = parseMapping(query.mapping, planMappingSchema) ?? suggested;
  if (mapping.text === null && !query.mapping) throw noTextColumn(headers, 'nội dung nhiệm vụ (“Nội dung nhiệm vụ”, “Nhiệm vụ”)');
  checkMapping(mapping, headers.length, 'nội dung nhiệm vụ');
  const rows = parsePlanRows(dataRows, mapping, { planNumber: query.planNumber, planDate: query.planDate, planTitle: query.planTitle || null, provinceCode });
  await matchPlanBodies(db, rows, provinceCode);
  await markDuplicates(db, rows);
  return summarise('plan', rows, { fileKind: table.kind, sheetName: table.sheetName, headerRow: header?.number ?? null, headers, suggestedMapping: suggested, mapping, warnings: [] });
}

/** A Word/PDF list of numbered recommendations, preview. */
export async function previewRecommendationList(db: Db, actor: Actor, upload: DocumentUpload, query: DocumentPreviewQuery): Promise<ImportPreview> {
  const provinceCode = query.provinceCode ?? null;
  await assertScope(db, actor, provinceCode);
  const read = await readDocumentText(upload);
  const drafts = parseRecommendationText(read.text, { uprCycle: query.uprCycle ?? null, itemDate: query.itemDate, provinceCode });
  if (!drafts.length) {
    throw new AppError('UNREADABLE_DOCUMENT', 'Văn bản không có đoạn đánh số nào (“1.”, “45.12”, “a)”) để làm khuyến nghị. Hãy kiểm tra văn bản, hoặc dùng ma trận khuyến nghị (Excel).');
  }
  assertRowLimit(drafts.length);
  const rows = await markDuplicates(db, drafts);
  return summarise('document', rows, { fileKind: read.kind, sheetName: null, headerRow: null, headers: [], suggestedMapping: {}, mapping: {}, warnings: read.warnings });
}

const importableKinds = new Set(['upr', 'treaty', 'plan']);

/** Every sent row checked against the item form's rules; issues at `rows.<rowNumber>.<field>`. */
function parseCommitItems(raw: unknown[]): { items: Array<FollowupItemWrite & { rowNumber: number }>; errors: FieldIssue[] } {
  const items: Array<FollowupItemWrite & { rowNumber: number }> = [];
  const errors: FieldIssue[] = [];
  raw.forEach((value, index) => {
    const parsed = commitItemSchema.safeParse(value);
    const sent = (value as { rowNumber?: unknown } | null)?.rowNumber;
    const rowNumber = parsed.success ? parsed.data.rowNumber : Number.isInteger(sent) ? (sent as number) : index + 1;
    if (!parsed.success) {
      for (const i of parsed.error.issues) errors.push({ path: `rows.${rowNumber}.${i.path.map(String).join('.')}`, message: i.message });
      return;
    }
    const { rowNumber: _n, ...item } = parsed.data;
    if (!importableKinds.has(item.kind)) errors.push({ path: `rows.${rowNumber}.kind`, message: 'Chỉ nhập được khuyến nghị UPR, khuyến nghị của ủy ban công ước và nhiệm vụ kế hoạch.' });
    if (item.visitId) errors.push({ path: `rows.${rowNumber}.visitId`, message: 'Việc nhập từ tệp không gắn với đoàn công tác.' });
    for (const issue of followupFieldIssues(item)) errors.push({ path: `rows.${rowNumber}.${issue.path}`, message: issue.message });
    items.push({ ...item, rowNumber });
  });
  return { items, errors };
}

function refuse(errors: FieldIssue[]): never {
  const rows = new Set(errors.map((e) => e.path.split('.')[1]));
  const first = errors
    .slice(0, 3)
    .map((e) => `dòng ${e.path.split('.')[1]}: ${e.message.replace(/\.$/u, '')}`)
    .join('; ');
  throw new AppError('VALIDATION', `Có ${formatViNumber(errors.length)} lỗi ở ${formatViNumber(rows.size)} dòng nên chưa nhập dòng nào (${first}${errors.length > 3 ? '; …' : ''}).`, {
    errors: errors.slice(0, 1000),
  });
}

/** The bodies an item points at must be national or of the item's own province. */
async function bodyScopeIssues(db: Db, items: Array<FollowupItemWrite & { rowNumber: number }>): Promise<FieldIssue[]> {
  const ids = [...new Set(items.flatMap((i) => [i.leadOrganisationId, ...i.cooperatingOrganisationIds].filter((x): x is string => Boolean(x))))];
  if (!ids.length) return [];
  const rows = await db.select({ id: organisations.id, provinceCode: organisations.provinceCode }).from(organisations).where(inArray(organisations.id, ids));
  const provinceOf = new Map(rows.map((r) => [r.id, r.provinceCode]));
  const issues: FieldIssue[] = [];
  for (const item of items) {
    const check = (id: string | null, path: string) => {
      const p = id ? provinceOf.get(id) : undefined;
      if (id && p !== undefined && p !== null && p !== item.provinceCode) issues.push({ path: `rows.${item.rowNumber}.${path}`, message: 'Cơ quan thuộc tỉnh khác với tỉnh của việc.' });
    };
    check(item.leadOrganisationId, 'leadOrganisationId');
    item.cooperatingOrganisationIds.forEach((id, i) => check(id, `cooperatingOrganisationIds.${i}`));
  }
  return issues;
}

/**
 * Saves reviewed rows as follow-up items, all in one transaction or none: any row against the
 * item form's rules, an unknown body or province, or a province the person may not manage refuses
 * the whole import. Rows already saved (same source, province, paragraph and text) are skipped
 * and listed, so committing twice adds nothing.
 */
export async function commitImport(db: Db, actor: Actor, body: z.output<typeof importCommitSchema>): Promise<ImportCommitResult> {
  const { items, errors } = parseCommitItems(body.items);
  for (const code of new Set(items.map((i) => i.provinceCode))) {
    const refusal = editRefusal(actor, { provinceCode: code });
    if (refusal) throw new AppError('FORBIDDEN', refusal);
  }
  if (errors.length) refuse(errors);
  const rowOf = new Map(items.map((item, i) => [i, item.rowNumber]));
  await assertFollowupReferences(db, items, (i) => `rows.${rowOf.get(i)}.`);
  const outside = await bodyScopeIssues(db, items);
  if (outside.length) refuse(outside);

  return db.transaction(async (tx) => {
    const saved = await existingKeys(tx, items);
    const seen = new Set<string>();
    const skipped: ImportCommitResult['skipped'] = [];
    const fresh: Array<FollowupItemWrite & { rowNumber: number }> = [];
    for (const item of items) {
      const key = duplicateKey(item);
      if (saved.has(key)) skipped.push({ rowNumber: item.rowNumber, reason: 'Đã nhập trước đây (cùng số hiệu và nội dung).' });
      else if (seen.has(key)) skipped.push({ rowNumber: item.rowNumber, reason: 'Trùng với một dòng khác trong lần nhập này.' });
      else {
        seen.add(key);
        fresh.push(item);
      }
    }
    const note = body.fileName ? `Nhập từ tệp “${body.fileName}”.` : 'Nhập từ tệp.';
    const itemIds = fresh.length ? await insertFollowupItems(tx, fresh.map(({ rowNumber: _n, ...item }) => item), actor.id, note) : [];
    if (itemIds.length) {
      const provincesTouched = [...new Set(fresh.map((i) => i.provinceCode))];
      await recordAudit(tx, actor, {
        action: 'import',
        entityType: 'followup_import',
        entityId: itemIds[0]!,
        provinceCode: provincesTouched.length === 1 ? (provincesTouched[0] ?? null) : null,
        after: { source: body.source, fileName: body.fileName, created: itemIds.length, skipped: skipped.length, kinds: [...new Set(fresh.map((i) => i.kind))] },
      });
    }
    return { created: itemIds.length, itemIds, skipped };
  });
}
