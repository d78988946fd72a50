import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedInAs, type TestApp } from '../../test-support/test-app.js';
import { participantCheckIns } from './tables.js';
import { conferenceWithPoints } from './testing.js';

/**
 * Requests fired together with Promise.all run at once on PostgreSQL (the test database has a
 * pool of connections); on PGlite they run one after another and this passes trivially.
 */
describe('parallel desk check-ins', () => {
  let t: TestApp;
  let caoBang: string;

  beforeAll(async () => {
    t = await createTestApp();
    caoBang = (await signedInAs(t, 'provincial_secretariat', '04')).cookie;
  });
  afterAll(() => t.close());

  const call = (method: 'GET' | 'POST', url: string, payload?: object) => t.app.inject({ method, url, headers: { cookie: caoBang }, ...(payload ? { payload } : {}) });

  it('records one undo of 10 parallel undos of one check-in and answers the others 409', async () => {
    const c = (await call('POST', '/api/conferences', conferenceWithPoints())).json();
    const p = (await call('POST', `/api/conferences/${c.id}/participants`, { fullName: 'Hà Văn Đông', agency: 'Công an tỉnh' })).json();
    const url = `/api/conferences/${c.id}/participants/${p.id}/check-ins`;
    expect((await call('POST', url, { method: 'manual' })).statusCode).toBe(201);

    const results = await Promise.all(Array.from({ length: 10 }, () => call('POST', url, { method: 'undo' })));

    expect(results.map((r) => r.statusCode).sort()).toEqual([201, ...Array(9).fill(409)]);
    expect(results.find((r) => r.statusCode === 409)!.json().detail).toContain('chưa được điểm danh');
    const rows = await t.database.db.select().from(participantCheckIns).where(eq(participantCheckIns.participantId, p.id));
    expect(rows.map((r) => r.method)).toEqual(['manual', 'undo']);
  });
});
