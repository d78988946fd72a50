import { sql } from 'drizzle-orm';
import { todayInVietnam } from '../../../shared/text/calendar.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedInAs, type TestApp } from '../../test-support/test-app.js';

describe('audit log', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = (await signedInAs(t, 'national_admin')).cookie;
    for (const [name, province] of [['Sở Y tế', '01'], ['Sở Y tế', '79'], ['Sở Nội vụ', '79']] as const) {
      await t.app.inject({ method: 'POST', url: '/api/organisations', headers: { cookie: admin }, payload: { name, kind: 'department', provinceCode: province } });
    }
  });
  afterAll(() => t.close());

  it('is append-only at the database level: UPDATE and DELETE are refused', async () => {
    // Drizzle wraps the driver's error; the database's own message is its cause.
    const refusal = (statement: ReturnType<typeof sql>) =>
      t.database.db.execute(statement).then(
        () => 'accepted',
        (e: Error & { cause?: Error }) => (e.cause ?? e).message,
      );
    expect(await refusal(sql`update audit_log set action = 'x'`)).toBe('audit_log is append-only');
    expect(await refusal(sql`delete from audit_log`)).toBe('audit_log is append-only');
    // Sign-ins are in the log too; these tests count the three organisations.
    const res = await t.app.inject({ method: 'GET', url: '/api/audit?entityType=organisation', headers: { cookie: admin } });
    expect(res.json().total).toBe(3);
  });

  it('filters by province, actor and date range, newest first', async () => {
    const byProvince = await t.app.inject({ method: 'GET', url: '/api/audit?province=79', headers: { cookie: admin } });
    expect(byProvince.json().items.map((e: { after: { name: string } }) => e.after.name)).toEqual(['Sở Nội vụ', 'Sở Y tế']);
    // The filter's days are Vietnam's: from 17:00 UTC the date there is already tomorrow's.
    const today = todayInVietnam();
    const inRange = await t.app.inject({ method: 'GET', url: `/api/audit?entityType=organisation&from=${today}&to=${today}&actor=national_admin`, headers: { cookie: admin } });
    expect(inRange.json().total).toBe(3);
    const before = await t.app.inject({ method: 'GET', url: '/api/audit?to=2020-01-01', headers: { cookie: admin } });
    expect(before.json().total).toBe(0);
  });

  it('shows a province only its own entries', async () => {
    const { cookie } = await signedInAs(t, 'provincial_secretariat', '01');
    const res = await t.app.inject({ method: 'GET', url: '/api/audit?entityType=organisation', headers: { cookie } });
    expect(res.json().items.map((e: { provinceCode: string }) => e.provinceCode)).toEqual(['01']);
  });

  it('pages with page/pageSize and reports the total', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/audit?entityType=organisation&page=2&pageSize=2', headers: { cookie: admin } });
    expect(res.json()).toMatchObject({ total: 3 });
    expect(res.json().items).toHaveLength(1);
    const bad = await t.app.inject({ method: 'GET', url: '/api/audit?pageSize=1000', headers: { cookie: admin } });
    expect(bad.statusCode).toBe(400);
  });
});
