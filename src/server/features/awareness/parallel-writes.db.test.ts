import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awarenessLimits } from '../../../shared/api/awareness.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { participantCheckIns } from '../participants/tables.js';
import { conferenceWithPoints, POINT_HOA_AN } from '../participants/testing.js';
import { awarenessCodes } from './tables.js';
import { awarenessActors, sampleQuestions, type Call } from './testing.js';

type Point = { id: string; name: string };

/**
 * Requests fired together with Promise.all: on PostgreSQL they run at once on the test
 * database's pool of connections, so what one request reads may be changed by another before
 * it writes. On PGlite (one connection) they run one after another and these pass trivially.
 */
describe('parallel writes of the awareness features hold their invariants', () => {
  let t: TestApp;
  let call: Call;
  let admin: string;
  let caoBang: string;
  let questionIds: string[];

  beforeAll(async () => {
    t = await createTestApp();
    ({ call, admin, caoBang } = await awarenessActors(t));
    questionIds = [];
    for (const q of sampleQuestions()) questionIds.push((await call(admin, 'POST', '/api/awareness/questions', q)).json().id);
  });
  afterAll(() => t.close());

  async function newConference() {
    const res = await call(caoBang, 'POST', '/api/conferences', conferenceWithPoints());
    expect(res.statusCode).toBe(201);
    const c = res.json();
    return { id: c.id as string, hoaAn: (c.connectionPoints as Point[]).find((p) => p.name === POINT_HOA_AN)!.id };
  }
  const statuses = (responses: Array<{ statusCode: number }>) => responses.map((r) => r.statusCode).sort();

  it('writes one history row for 20 parallel QR check-ins of one person, and answers every one 201', async () => {
    const c = await newConference();
    const person = (await call(caoBang, 'POST', `/api/conferences/${c.id}/participants`, { fullName: 'Nông Thị Hòa', connectionPointId: c.hoaAn })).json();
    const token = (await call(caoBang, 'POST', `/api/conferences/${c.id}/check-in-links/${c.hoaAn}`)).json().items.find((i: { connectionPointId: string }) => i.connectionPointId === c.hoaAn).token;

    // Twenty phones (each its own address, so the per-address throttle stays out of the way).
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => t.app.inject({ method: 'POST', url: `/api/public/check-in/${token}`, remoteAddress: `10.0.0.${i + 1}`, payload: { fullName: 'Nông Thị Hòa' } })),
    );

    expect(statuses(results)).toEqual(Array(20).fill(201));
    const rows = await t.database.db.select().from(participantCheckIns).where(eq(participantCheckIns.participantId, person.id));
    expect(rows).toHaveLength(1);
  });

  it('never issues more codes than the conference cap when batches are generated in parallel; the batches over it get 409', async () => {
    const c = await newConference();
    const cap = awarenessLimits.maxCodesPerConference;
    for (let issued = 0; issued < cap - 2000; issued += 2000) {
      expect((await call(caoBang, 'POST', `/api/conferences/${c.id}/awareness/codes`, { count: 2000 })).statusCode).toBe(201);
    }

    const results = await Promise.all(Array.from({ length: 5 }, () => call(caoBang, 'POST', `/api/conferences/${c.id}/awareness/codes`, { count: 1000 })));

    expect(statuses(results)).toEqual([201, 201, 409, 409, 409]);
    expect(results.find((r) => r.statusCode === 409)!.json().detail).toContain('tối đa 20.000 mã phiếu');
    const [row] = await t.database.db.select({ n: count() }).from(awarenessCodes).where(eq(awarenessCodes.conferenceId, c.id));
    expect(row!.n).toBe(cap);
    // Each batch keeps its own number, so a sheet can still be reprinted alone.
    const batches = results.filter((r) => r.statusCode === 201).map((r) => r.json().batch);
    expect(new Set(batches).size).toBe(2);
  });

  it('saves one of 5 parallel first question sets and answers the others 409, never 500', async () => {
    const c = await newConference();
    const save = (ids: string[], version: number) => call(caoBang, 'PUT', `/api/conferences/${c.id}/awareness/questions`, { questionIds: ids, version });

    const first = await Promise.all(questionIds.map((_, i) => save(questionIds.slice(0, i + 1), 0)).concat(save(questionIds.slice(1), 0)));
    expect(statuses(first)).toEqual([200, 409, 409, 409, 409]);
    expect(first.find((r) => r.statusCode === 409)!.json().detail).toContain('vừa được người khác thay đổi');

    const next = await Promise.all(Array.from({ length: 5 }, (_, i) => save(questionIds.slice(i % 4), 1)));
    expect(statuses(next)).toEqual([200, 409, 409, 409, 409]);
    const plan = (await call(caoBang, 'GET', `/api/conferences/${c.id}/awareness`)).json();
    expect(plan.version).toBe(2);
  });
});
