import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import type { Actor } from '../auth/actor.js';
import { listQuestions } from '../awareness/question-service.js';
import { seedQuestionBank, starterQuestions } from './question-bank.js';

const actor: Actor = {
  id: '00000000-0000-0000-0000-000000000000',
  email: 'cli@rights-desk.local',
  fullName: 'rights-desk CLI',
  role: 'national_admin',
  provinceCode: null,
  organisationId: null,
  mustChangePassword: false,
};

describe('demo question bank', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('adds the national starter questions once, across several themes', async () => {
    expect(await seedQuestionBank(t.database.db, actor)).toBe(starterQuestions.length);
    expect(await seedQuestionBank(t.database.db, actor)).toBe(0);
    const bank = await listQuestions(t.database.db, actor, { page: 1, pageSize: 200 });
    expect(bank.total).toBe(starterQuestions.length);
    expect(bank.items.every((q) => q.province === null && q.active)).toBe(true);
    expect(new Set(bank.items.map((q) => q.theme)).size).toBeGreaterThanOrEqual(6);
  });
});
