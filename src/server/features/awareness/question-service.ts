import type { Db } from '../../db/client.js';
import { AppError, notFound } from '../../errors.js';
import {
  questionInputSchema,
  type Question,
  type QuestionData,
  type QuestionInput,
  type QuestionList,
  type QuestionListQuery,
  type QuestionUpdate,
} from '../../../shared/api/awareness.js';
import type { RightsTheme } from '../../../shared/api/conferences.js';
import { can } from '../../../shared/auth/permissions.js';
import { searchKey } from '../../../shared/text/index.js';
import { findProvinceRow } from '../admin-units/queries.js';
import { recordAudit } from '../audit/record.js';
import { provinceScope, type Actor } from '../auth/actor.js';
import { cleanText } from '../participants/participant-text.js';
import {
  deleteQuestionRow,
  findQuestionRow,
  insertQuestion,
  listQuestionRows,
  updateQuestionIfVersion,
  type QuestionWithProvince,
} from './question-queries.js';

/**
 * The question bank. Everyone with `conferences.read` reads the national bank and their own
 * province's questions (national roles read every province's). Writing needs
 * `conferences.manage` (checked by the route) and ownership: the national bank belongs to the
 * national administrators, a province's questions to that province's accounts.
 */

function canEdit(actor: Actor, provinceCode: string | null): boolean {
  if (!can(actor.role, 'conferences.manage')) return false;
  if (actor.role === 'national_admin') return true;
  return provinceCode !== null && provinceCode === actor.provinceCode;
}

function toQuestion(actor: Actor, { question: q, provinceName }: QuestionWithProvince): Question {
  return {
    id: q.id,
    theme: q.theme as RightsTheme,
    text: q.text,
    options: q.options,
    correct: q.correct,
    active: q.active,
    province: q.provinceCode ? { code: q.provinceCode, name: provinceName ?? q.provinceCode } : null,
    canEdit: canEdit(actor, q.provinceCode),
    version: q.version,
    updatedAt: q.updatedAt.toISOString(),
  };
}

export async function listQuestions(db: Db, actor: Actor, query: QuestionListQuery): Promise<QuestionList> {
  const words = query.q ? searchKey(query.q).split(' ').filter(Boolean) : [];
  const active = query.active === undefined ? undefined : query.active === 'true';
  const { items, total } = await listQuestionRows(db, { visibleProvince: provinceScope(actor), words, theme: query.theme, owner: query.owner, province: query.province, active }, query.page, query.pageSize);
  return { items: items.map((row) => toQuestion(actor, row)), total };
}

async function loadVisible(db: Db, actor: Actor, id: string): Promise<QuestionWithProvince> {
  const row = await findQuestionRow(db, id);
  const scope = provinceScope(actor);
  if (!row || (scope !== null && row.question.provinceCode !== null && row.question.provinceCode !== scope)) throw notFound('Câu hỏi');
  return row;
}

export async function getQuestion(db: Db, actor: Actor, id: string): Promise<Question> {
  return toQuestion(actor, await loadVisible(db, actor, id));
}

function assertCanWrite(actor: Actor, provinceCode: string | null) {
  if (canEdit(actor, provinceCode)) return;
  throw new AppError(
    'FORBIDDEN',
    provinceCode === null
      ? 'Ngân hàng câu hỏi quốc gia do Văn phòng Thường trực quản lý; bạn chỉ thêm, sửa được câu hỏi của tỉnh mình.'
      : 'Bạn chỉ thêm, sửa được câu hỏi của tỉnh mình.',
  );
}

/**
 * Who owns a question being written. A national administrator chooses: the national bank (no
 * province) or any one province. Every other account writes into its own province: no owner
 * means its own, and another province is refused by `assertCanWrite`.
 */
function ownerFor(actor: Actor, data: QuestionData): string | null {
  if (actor.role === 'national_admin') return data.provinceCode;
  return data.provinceCode ?? actor.provinceCode;
}

/** The owner must be one of the 34 provinces (a pre-2025 code is not: the bank uses today's provinces). */
async function assertProvinceExists(db: Db, provinceCode: string | null) {
  if (provinceCode === null || (await findProvinceRow(db, provinceCode))) return;
  const message = `Không có tỉnh, thành phố mã ${provinceCode}.`;
  throw new AppError('VALIDATION', message, { errors: [{ path: 'provinceCode', message }] });
}

function columnsOf(data: QuestionData, provinceCode: string | null) {
  const text = cleanText(data.text);
  const options = data.options.map(cleanText);
  return {
    provinceCode,
    theme: data.theme,
    text,
    options,
    correct: [...data.correct].sort((a, b) => a - b),
    active: data.active,
    searchKey: searchKey([text, ...options].join(' ')),
  };
}

export async function createQuestion(db: Db, actor: Actor, raw: QuestionInput): Promise<Question> {
  const data = questionInputSchema.parse(raw);
  const provinceCode = ownerFor(actor, data);
  assertCanWrite(actor, provinceCode);
  await assertProvinceExists(db, provinceCode);
  const columns = columnsOf(data, provinceCode);
  const id = await db.transaction(async (tx) => {
    const { id } = await insertQuestion(tx, { ...columns, createdBy: actor.id });
    await recordAudit(tx, actor, { action: 'create', entityType: 'awareness_question', entityId: id, provinceCode, after: columns });
    return id;
  });
  return getQuestion(db, actor, id);
}

export async function updateQuestion(db: Db, actor: Actor, id: string, raw: QuestionUpdate): Promise<Question> {
  const before = await loadVisible(db, actor, id);
  assertCanWrite(actor, before.question.provinceCode);
  const data = questionInputSchema.parse(raw);
  const provinceCode = ownerFor(actor, data);
  assertCanWrite(actor, provinceCode);
  await assertProvinceExists(db, provinceCode);
  const columns = columnsOf(data, provinceCode);
  await db.transaction(async (tx) => {
    const updated = await updateQuestionIfVersion(tx, id, raw.version, columns);
    if (!updated) throw new AppError('CONFLICT', 'Câu hỏi này vừa được người khác sửa. Hãy tải lại rồi sửa tiếp.');
    await recordAudit(tx, actor, { action: 'update', entityType: 'awareness_question', entityId: id, provinceCode, before: before.question, after: columns });
  });
  return getQuestion(db, actor, id);
}

/** Deleting is safe for past tests: each plan keeps its own copy of the questions it used. */
export async function deleteQuestion(db: Db, actor: Actor, id: string): Promise<void> {
  const before = await loadVisible(db, actor, id);
  assertCanWrite(actor, before.question.provinceCode);
  await db.transaction(async (tx) => {
    await deleteQuestionRow(tx, id);
    await recordAudit(tx, actor, { action: 'delete', entityType: 'awareness_question', entityId: id, provinceCode: before.question.provinceCode, before: before.question });
  });
}
