import { describe, expect, it } from 'vitest';
import { isRight, ratingDistributions, scoreTest, summarise, type ScoredResponse } from './scoring.js';
import type { PlannedQuestion } from './tables.js';

const q = (id: string, correct: number[], theme = 'children'): PlannedQuestion => ({ id, theme, text: id, options: ['A', 'B', 'C', 'D'], correct });
const questions = [q('q1', [0]), q('q2', [1, 2]), q('q3', [3], 'elderly'), q('q4', [2], 'elderly')];

describe('awareness scoring', () => {
  it('counts a question right only when exactly its correct options are chosen', () => {
    expect(isRight(questions[1]!, [2, 1])).toBe(true);
    expect(isRight(questions[1]!, [1])).toBe(false);
    expect(isRight(questions[1]!, [1, 2, 3])).toBe(false);
    expect(isRight(questions[0]!, undefined)).toBe(false);
    expect(scoreTest(questions, { q1: [0], q2: [1, 2], q3: [0] })).toEqual({ score: 2, maxScore: 4 });
  });

  it('averages before and after, and the paired gain only over codes that answered both', () => {
    const responses: ScoredResponse[] = [
      { codeId: 'a', phase: 'pre', answers: { q1: [0] } }, // 25 %
      { codeId: 'a', phase: 'post', answers: { q1: [0], q2: [1, 2], q3: [3] } }, // 75 %
      { codeId: 'b', phase: 'pre', answers: { q1: [0], q2: [1, 2] } }, // 50 %
      { codeId: 'b', phase: 'post', answers: { q1: [0], q2: [1, 2], q3: [3], q4: [2] } }, // 100 %
      { codeId: 'c', phase: 'post', answers: {} }, // 0 %, no pair
    ];
    expect(summarise(questions, responses)).toEqual({
      preResponses: 2,
      postResponses: 3,
      meanBefore: 37.5,
      meanAfter: 58.3,
      pairs: 2,
      pairedGain: 50,
    });
    // On one theme only (q3, q4): a 0 → 50, b 0 → 100.
    expect(summarise(questions.slice(2), responses)).toMatchObject({ meanBefore: 0, pairs: 2, pairedGain: 75 });
    expect(summarise(questions, [])).toEqual({ preResponses: 0, postResponses: 0, meanBefore: null, meanAfter: null, pairs: 0, pairedGain: null });
  });

  it('distributes ratings 1..5 per item', () => {
    const [content] = ratingDistributions([{ content: 5 }, { content: 4 }, { content: 5 }, {}]);
    expect(content).toEqual({ item: 'content', counts: [0, 0, 0, 1, 2], mean: 4.67 });
  });
});
