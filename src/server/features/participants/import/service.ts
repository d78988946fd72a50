import type { Db } from '../../../db/client.js';
import { AppError, type FieldIssue } from '../../../errors.js';
import {
  columnMappingSchema,
  participantLimits,
  type ColumnMapping,
  type ImportPreview,
  type ImportResult,
} from '../../../../shared/api/participants.js';
import { formatViNumber } from '../../../../shared/text/index.js';
import { recordAudit } from '../../audit/record.js';
import type { Actor } from '../../auth/actor.js';
import { loadConference } from '../access.js';
import { insertParticipantsSkippingPresent, participantBatchJson } from '../queries.js';
import { dataRowsAfter, findHeaderRow, suggestMapping } from './column-mapping.js';
import type { UploadReadLimits } from '../../files/upload-limits.js';
import { readUploadedTable, type FileKind } from './read-table.js';
import { isTemplateExample } from './template.js';
import { mappingIssues, validateImportRows } from './validate-rows.js';

/**
 * An uploaded file: its bytes (null when the request had no file body), declared kind and name,
 * and what reading it may cost (the server's config; defaults when absent).
 */
export type Upload = { bytes: Buffer | null; kind: FileKind | null; fileName: string | null; limits?: UploadReadLimits };

const SAMPLE_ROWS = 5;
/** Problems listed in one answer; the detail says how many there are in all. */
const MAX_LISTED_ERRORS = 1000;
const INSERT_BATCH = 5000;

async function readRows(upload: Upload) {
  if (!upload.bytes || !upload.kind) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Hãy gửi tệp danh sách dạng Excel (.xlsx) hoặc CSV (.csv).');
  }
  const table = await readUploadedTable(upload.bytes, upload.kind, upload.fileName, upload.limits);
  const header = findHeaderRow(table.rows);
  const rows = dataRowsAfter(table.rows, header);
  // Files far over the limit were refused while being read; this is the exact count.
  if (rows.length > participantLimits.importRows) {
    throw new AppError(
      'PAYLOAD_TOO_LARGE',
      `Tệp có ${formatViNumber(rows.length)} dòng, vượt giới hạn ${formatViNumber(participantLimits.importRows)} dòng mỗi lần nhập. Hãy chia thành nhiều tệp.`,
    );
  }
  const headers = (header?.cells ?? []).map((h) => h.normalize('NFC').trim());
  // A column may have data below an empty heading; it still needs a place in the mapping.
  const columnCount = rows.reduce((widest, r) => Math.max(widest, r.cells.length), headers.length);
  while (headers.length < columnCount) headers.push('');
  return { table, header, rows, headers };
}

/**
 * First step of an import: reads the file and proposes which column holds which field, so the
 * person can correct the mapping when their headings differ from the template. Writes nothing.
 */
export async function previewImport(db: Db, actor: Actor, conferenceId: string, upload: Upload): Promise<ImportPreview> {
  await loadConference(db, actor, conferenceId, 'manage');
  const { table, header, rows, headers } = await readRows(upload);
  return {
    fileKind: table.kind,
    sheetName: table.sheetName,
    headerRow: header?.number ?? 1,
    headers,
    sampleRows: rows.slice(0, SAMPLE_ROWS).map((r) => headers.map((_, i) => (r.cells[i] ?? '').normalize('NFC'))),
    suggestedMapping: suggestMapping(headers),
    rowCount: rows.length,
  };
}

export function parseMapping(json: string): ColumnMapping {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new AppError('VALIDATION', 'Ánh xạ cột không phải JSON hợp lệ.', { errors: [{ path: 'mapping', message: 'Không phải JSON hợp lệ.' }] });
  }
  const result = columnMappingSchema.safeParse(value);
  if (!result.success) {
    const errors = result.error.issues.map((i) => ({ path: ['mapping', ...i.path.map(String)].join('.'), message: i.message }));
    const needsName = errors.some((e) => e.path === 'mapping.name');
    throw new AppError('VALIDATION', needsName ? 'Hãy chọn cột chứa họ và tên.' : 'Ánh xạ cột không hợp lệ.', { errors });
  }
  return result.data;
}

function refuse(errors: FieldIssue[]): never {
  const rowNumbers = new Set(errors.map((e) => e.path.split('.')[1]));
  const first = errors
    .slice(0, 3)
    .map((e) => `dòng ${e.path.split('.')[1]}: ${e.message.replace(/\.$/, '')}`)
    .join('; ');
  const listed = errors.length > MAX_LISTED_ERRORS ? ` Danh sách dưới đây chỉ nêu ${formatViNumber(MAX_LISTED_ERRORS)} lỗi đầu tiên.` : '';
  throw new AppError(
    'VALIDATION',
    `Tệp có ${formatViNumber(errors.length)} lỗi ở ${formatViNumber(rowNumbers.size)} dòng nên chưa nhập người nào (${first}${errors.length > 3 ? '; …' : ''}). Hãy sửa rồi gửi lại cả tệp.${listed}`,
    { errors: errors.slice(0, MAX_LISTED_ERRORS) },
  );
}

/**
 * Second step: checks every row, then either refuses the whole file (400, every problem listed
 * with the row number as Excel shows it) or adds everyone in one transaction. People already
 * in the list (same name and agency) are counted as `alreadyPresent` and not added again, so
 * importing the same list twice changes nothing.
 */
export async function importParticipants(db: Db, actor: Actor, conferenceId: string, upload: Upload, mappingJson: string): Promise<ImportResult> {
  const scope = await loadConference(db, actor, conferenceId, 'manage');
  const mapping = parseMapping(mappingJson);
  const { table, rows, headers } = await readRows(upload);
  const badMapping = mappingIssues(mapping, headers.length);
  if (badMapping.length) throw new AppError('VALIDATION', badMapping.map((e) => e.message).join(' '), { errors: badMapping });
  if (rows.length === 0) throw new AppError('BAD_REQUEST', 'Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.');

  const { drafts, errors } = validateImportRows(rows, mapping, scope.points);
  for (const d of drafts) {
    if (isTemplateExample(d.identityKey)) errors.push({ path: `rows.${d.rowNumber}.name`, message: 'Đây là dòng ví dụ của tệp mẫu; hãy xóa dòng này.' });
  }
  if (errors.length) refuse(sortByRow(errors));

  const created = await db.transaction(async (tx) => {
    let added = 0;
    // Each batch's JSON is built while the database inserts the one before it.
    let next = participantBatchJson(drafts.slice(0, INSERT_BATCH));
    for (let i = 0; i < drafts.length; i += INSERT_BATCH) {
      const inserting = insertParticipantsSkippingPresent(tx, conferenceId, next);
      if (i + INSERT_BATCH < drafts.length) next = participantBatchJson(drafts.slice(i + INSERT_BATCH, i + 2 * INSERT_BATCH));
      added += await inserting;
    }
    // Counts only: the names in the file never enter the audit log (see service.ts).
    await recordAudit(tx, actor, {
      action: 'import',
      entityType: 'participant_list',
      entityId: conferenceId,
      provinceCode: scope.provinceCode,
      after: { conferenceId, fileKind: table.kind, rows: drafts.length, created: added, alreadyPresent: drafts.length - added },
    });
    return added;
  });
  return { created, alreadyPresent: drafts.length - created, total: drafts.length };
}

const rowOf = (e: FieldIssue) => Number(e.path.split('.')[1]);
const sortByRow = (errors: FieldIssue[]) => [...errors].sort((a, b) => rowOf(a) - rowOf(b));
