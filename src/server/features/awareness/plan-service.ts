import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import {
  phaseInputSchema,
  planQuestionsInputSchema,
  type AwarenessPlan,
  type PhaseInput,
  type PlanQuestionsInput,
} from '../../../shared/api/awareness.js';
import type { RightsTheme } from '../../../shared/api/conferences.js';
import { recordAudit } from '../audit/record.js';
import { provinceScope, type Actor } from '../auth/actor.js';
import { loadConference } from '../participants/access.js';
import { countCodes, ensurePlan, findPlan, insertPlanIfAbsent, responseCountsByPhase, updatePhase, updatePlanIfVersion, type PlanRow } from './plan-queries.js';
import { questionRowsByIds } from './question-queries.js';
import type { PlannedQuestion } from './tables.js';
import { newPublicToken } from './tokens.js';

/**
 * The awareness plan of a conference. Reading follows the conference's visibility; changing it
 * follows the conference's manage rule (`loadConference(…, 'manage')`, the participants' rule).
 */

export async function getPlan(db: Db, actor: Actor, conferenceId: string): Promise<AwarenessPlan> {
  await loadConference(db, actor, conferenceId, 'read');
  return readPlan(db, conferenceId);
}

async function readPlan(db: Db, conferenceId: string): Promise<AwarenessPlan> {
  const [plan, codesIssued, counts] = await Promise.all([findPlan(db, conferenceId), countCodes(db, conferenceId), responseCountsByPhase(db, conferenceId)]);
  const n = (phase: string) => counts.find((c) => c.phase === phase)?.n ?? 0;
  const responses = { pre: n('pre'), post: n('post'), survey: n('survey') };
  return {
    conferenceId,
    configured: plan !== undefined,
    publicToken: plan?.publicToken ?? null,
    questions: (plan?.questions ?? []).map((q) => ({ ...q, theme: q.theme as RightsTheme })),
    phases: { pre: plan?.preOpen ?? false, post: plan?.postOpen ?? false, survey: plan?.surveyOpen ?? false },
    codesIssued,
    responses,
    locked: responses.pre + responses.post > 0,
    version: plan?.version ?? 0,
  };
}

const stale = () => new AppError('CONFLICT', 'Kế hoạch kiểm tra vừa được người khác thay đổi. Hãy tải lại rồi làm tiếp.');

/**
 * Chooses the test's questions, copying them from the bank: a later edit of the bank never
 * changes a test already given. Once anyone has answered, the set is frozen, since changing
 * it would make before and after incomparable.
 */
export async function setPlanQuestions(db: Db, actor: Actor, conferenceId: string, raw: PlanQuestionsInput): Promise<AwarenessPlan> {
  const scope = await loadConference(db, actor, conferenceId, 'manage');
  const input = planQuestionsInputSchema.parse(raw);
  const current = await readPlan(db, conferenceId);
  if (current.locked) throw new AppError('CONFLICT', 'Đã có người làm bài nên không đổi được bộ câu hỏi; nếu đổi, điểm trước và sau sẽ không so sánh được.');
  const rows = await questionRowsByIds(db, input.questionIds);
  const visible = provinceScope(actor);
  const byId = new Map(rows.filter((r) => r.provinceCode === null || visible === null || r.provinceCode === visible || r.provinceCode === scope.provinceCode).map((r) => [r.id, r]));
  const missing = input.questionIds.findIndex((id) => !byId.has(id) || !byId.get(id)!.active);
  if (missing >= 0) {
    const message = 'Câu hỏi không có trong ngân hàng hoặc đã ngừng dùng.';
    throw new AppError('VALIDATION', message, { errors: [{ path: `questionIds.${missing}`, message }] });
  }
  const questions: PlannedQuestion[] = input.questionIds.map((id) => {
    const q = byId.get(id)!;
    return { id: q.id, theme: q.theme, text: q.text, options: q.options, correct: q.correct };
  });
  await db.transaction(async (tx) => {
    if (current.configured) {
      if (!(await updatePlanIfVersion(tx, conferenceId, input.version, { questions, updatedBy: actor.id }))) throw stale();
    } else {
      // Two first saves at once: the plan is created once, the other save is told it is stale.
      if (input.version !== 0 || !(await insertPlanIfAbsent(tx, { conferenceId, publicToken: newPublicToken(), questions, updatedBy: actor.id }))) throw stale();
    }
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'awareness_plan',
      entityId: conferenceId,
      provinceCode: scope.provinceCode,
      after: { questionIds: input.questionIds },
    });
  });
  return readPlan(db, conferenceId);
}

const phaseColumn = { pre: 'preOpen', post: 'postOpen', survey: 'surveyOpen' } as const satisfies Record<string, keyof PlanRow>;

/** Opens or closes one phase. A test cannot open without questions; the survey needs none. */
export async function setPhase(db: Db, actor: Actor, conferenceId: string, raw: PhaseInput): Promise<AwarenessPlan> {
  const scope = await loadConference(db, actor, conferenceId, 'manage');
  const input = phaseInputSchema.parse(raw);
  const plan = await findPlan(db, conferenceId);
  if (input.open && input.phase !== 'survey' && !(plan?.questions.length)) {
    throw new AppError('VALIDATION', 'Hãy chọn câu hỏi cho bài kiểm tra trước khi mở.', { errors: [{ path: 'phase', message: 'Chưa có câu hỏi' }] });
  }
  await db.transaction(async (tx) => {
    await ensurePlan(tx, conferenceId, newPublicToken(), actor.id);
    // A phase switch is a plain last-writer-wins toggle (two organisers pressing "open" agree), so
    // it takes no version; it still bumps the version so a stale question edit is refused.
    await updatePhase(tx, conferenceId, { [phaseColumn[input.phase]]: input.open, updatedBy: actor.id });
    await recordAudit(tx, actor, { action: input.open ? 'open' : 'close', entityType: 'awareness_phase', entityId: conferenceId, provinceCode: scope.provinceCode, after: input });
  });
  return readPlan(db, conferenceId);
}
