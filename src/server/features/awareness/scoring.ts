import { surveyItems, type ScoreSummary, type SurveyItem } from '../../../shared/api/awareness.js';
import type { PlannedQuestion } from './tables.js';

/**
 * Scoring rules, pure so they can be checked on known answers:
 * - a question is right when the chosen options are exactly its correct options (all of them,
 *   nothing else); a question left unanswered is wrong;
 * - a test's score is the number of right questions; percentages are score / questions × 100;
 * - the paired gain is the mean, over codes that answered both tests, of (post % − pre %).
 */

export type TestAnswers = Record<string, number[]>;

export function isRight(question: PlannedQuestion, chosen: number[] | undefined): boolean {
  if (!chosen) return false;
  const picked = [...new Set(chosen)].sort((a, b) => a - b);
  return picked.length === question.correct.length && picked.every((v, i) => v === question.correct[i]);
}

export function scoreTest(questions: PlannedQuestion[], answers: TestAnswers): { score: number; maxScore: number } {
  return { score: questions.filter((q) => isRight(q, answers[q.id])).length, maxScore: questions.length };
}

/** One test response as results need it: which code, which phase, and its answers. */
export type ScoredResponse = { codeId: string; phase: 'pre' | 'post'; answers: TestAnswers };

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);
const round1 = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);

/**
 * Scores of a set of responses on a subset of the plan's questions (all of them, one theme…),
 * as percentages. Responses are expected to be at most one per code and phase.
 */
export function summarise(questions: PlannedQuestion[], responses: ScoredResponse[]): ScoreSummary {
  const percentOf = (r: ScoredResponse) => (questions.length ? (scoreTest(questions, r.answers).score / questions.length) * 100 : 0);
  const pre = new Map<string, number>();
  const post = new Map<string, number>();
  for (const r of responses) (r.phase === 'pre' ? pre : post).set(r.codeId, percentOf(r));
  const gains = [...post].flatMap(([code, after]) => (pre.has(code) ? [after - pre.get(code)!] : []));
  return {
    preResponses: pre.size,
    postResponses: post.size,
    meanBefore: round1(mean([...pre.values()])),
    meanAfter: round1(mean([...post.values()])),
    pairs: gains.length,
    pairedGain: round1(mean(gains)),
  };
}

/** Share of right answers to one question among the responses of a phase, as a percentage. */
export function correctShare(question: PlannedQuestion, responses: ScoredResponse[], phase: 'pre' | 'post'): number | null {
  const inPhase = responses.filter((r) => r.phase === phase);
  if (!inPhase.length) return null;
  return round1((inPhase.filter((r) => isRight(question, r.answers[question.id])).length / inPhase.length) * 100);
}

/** Counts of 1..5 per survey item, with the mean of the ratings given. */
export function ratingDistributions(ratings: Array<Partial<Record<SurveyItem, number>>>) {
  return surveyItems.map((item) => {
    const counts = [0, 0, 0, 0, 0];
    const given: number[] = [];
    for (const r of ratings) {
      const v = r[item];
      if (typeof v === 'number' && v >= 1 && v <= 5) {
        counts[v - 1]! += 1;
        given.push(v);
      }
    }
    const m = mean(given);
    return { item, counts, mean: m === null ? null : Math.round(m * 100) / 100 };
  });
}
