import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import {
  awarenessPhases,
  publicStartInputSchema,
  publicSubmissionSchema,
  surveyItems,
  type AwarenessPhase,
  type PublicAwareness,
  type PublicForm,
  type PublicReceipt,
  type PublicSubmission,
} from '../../../shared/api/awareness.js';
import type { AttemptThrottle } from '../auth/throttle.js';
import { findCode, findPlanByToken, insertResponse, phasesUsedBy, type PlanRow } from './plan-queries.js';
import { scoreTest } from './scoring.js';

/**
 * What the phone pages may do without an account. Nothing here reads or stores anything about
 * a person: a token names the conference, a code names an anonymous seat.
 *
 * Guessing is throttled: every unknown code counts as a failure for the (client address, link)
 * pair, and too many in a minute lock that pair out for the rest of the minute. The key
 * includes the link because a whole hall shares one Wi-Fi address: one person's typos must not
 * lock out the others of another conference.
 */

const linkNotFound = () => new AppError('NOT_FOUND', 'Đường dẫn kiểm tra không đúng hoặc đã bị thay. Hãy quét lại mã QR do ban tổ chức cung cấp.');
const codeNotFound = () =>
  new AppError('NOT_FOUND', 'Mã phiếu không đúng. Hãy kiểm tra lại các chữ và số in trên phiếu (không có chữ O, I, L và số 0, 1).', {
    errors: [{ path: 'code', message: 'Mã phiếu không đúng' }],
  });

const phaseOpen = (plan: PlanRow, phase: AwarenessPhase) => (phase === 'pre' ? plan.preOpen : phase === 'post' ? plan.postOpen : plan.surveyOpen);
const phasesOf = (plan: PlanRow) => ({ pre: plan.preOpen, post: plan.postOpen, survey: plan.surveyOpen });

async function loadPlan(db: Db, token: string) {
  const found = await findPlanByToken(db, token);
  if (!found) throw linkNotFound();
  return found;
}

export async function getPublicAwareness(db: Db, token: string): Promise<PublicAwareness> {
  const { plan, title, startDate } = await loadPlan(db, token);
  return { conferenceTitle: title, startDate, phases: phasesOf(plan) };
}

async function assertNotThrottled(throttle: AttemptThrottle, key: string) {
  const wait = await throttle.retryAfterSeconds(key);
  if (wait > 0) throw new AppError('RATE_LIMITED', `Bạn đã nhập sai quá nhiều lần. Hãy thử lại sau ${wait} giây.`, { retryAfterSeconds: wait });
}

async function loadCode(db: Db, throttle: AttemptThrottle, throttleKey: string, conferenceId: string, code: string) {
  await assertNotThrottled(throttle, throttleKey);
  const row = await findCode(db, conferenceId, code);
  if (!row) {
    await throttle.recordFailure(throttleKey);
    throw codeNotFound();
  }
  return row;
}

/** Checks a code and hands the phone the form of the open phases, without the right answers. */
export async function startWithCode(db: Db, throttle: AttemptThrottle, clientKey: string, token: string, raw: unknown): Promise<PublicForm> {
  const { plan, title } = await loadPlan(db, token);
  const { code } = publicStartInputSchema.parse(raw);
  const row = await loadCode(db, throttle, `${clientKey}|${token}`, plan.conferenceId, code);
  const used = new Set(await phasesUsedBy(db, row.id));
  return {
    conferenceTitle: title,
    phases: awarenessPhases.map((phase) => ({ phase, open: phaseOpen(plan, phase), submitted: used.has(phase) })),
    questions: plan.questions.map((q) => ({ id: q.id, text: q.text, options: q.options, multiple: q.correct.length > 1 })),
    surveyItems: [...surveyItems],
  };
}

function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}

const phaseNames: Record<AwarenessPhase, string> = { pre: 'bài kiểm tra đầu vào', post: 'bài kiểm tra đầu ra', survey: 'phiếu khảo sát' };

/**
 * Stores one submission. One per code and phase: the unique index refuses a second, even one
 * racing the first. Answers to unknown questions are dropped; an unanswered question counts
 * wrong. The receipt tells the person their own post-test score.
 */
export async function submitResponse(db: Db, throttle: AttemptThrottle, clientKey: string, token: string, raw: PublicSubmission): Promise<PublicReceipt> {
  const { plan } = await loadPlan(db, token);
  const input = publicSubmissionSchema.parse(raw);
  const code = await loadCode(db, throttle, `${clientKey}|${token}`, plan.conferenceId, input.code);
  if (!phaseOpen(plan, input.phase)) {
    throw new AppError('CONFLICT', `Ban tổ chức chưa mở hoặc đã đóng ${phaseNames[input.phase]}. Hãy chờ hướng dẫn tại hội trường.`);
  }
  let values: { answers: Record<string, number[] | number>; score: number | null; maxScore: number | null; comment: string | null };
  if (input.phase === 'survey') {
    const missing = surveyItems.filter((item) => input.ratings[item] === undefined);
    if (missing.length) {
      throw new AppError('VALIDATION', 'Hãy chấm điểm đủ các mục của phiếu khảo sát.', {
        errors: missing.map((item) => ({ path: `ratings.${item}`, message: 'Chưa chấm điểm' })),
      });
    }
    values = { answers: input.ratings as Record<string, number>, score: null, maxScore: null, comment: input.comment || null };
  } else {
    const known = new Map(plan.questions.map((q) => [q.id, q.options.length]));
    const answers = Object.fromEntries(
      Object.entries(input.answers).flatMap(([id, chosen]) => {
        const options = known.get(id);
        return options === undefined ? [] : [[id, [...new Set(chosen)].filter((i) => i < options).sort((a, b) => a - b)]];
      }),
    );
    values = { answers, ...scoreTest(plan.questions, answers), comment: null };
  }
  try {
    await insertResponse(db, { codeId: code.id, conferenceId: plan.conferenceId, phase: input.phase, ...values });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('CONFLICT', `Mã phiếu này đã được dùng để nộp ${phaseNames[input.phase]}. Mỗi mã chỉ nộp được một lần.`);
    throw error;
  }
  return { phase: input.phase, score: values.score, maxScore: values.maxScore };
}
