import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { loadConfig } from '../../config.js';
import { openPostgres, type Database } from '../../db/client.js';
import { queryRows } from '../../db/query-rows.js';
import { testDatabaseKind } from '../../db/testing.js';
import type { App } from '../../http/route-types.js';
import { createTestApp, createUser, testPassword, type TestApp } from '../../test-support/test-app.js';

/**
 * Two server processes behind one proxy on one database, the way a national deployment grows.
 * On PostgreSQL the second instance has its own pool of connections to the test database; PGlite
 * admits one process, so there both instances share the one handle (the limits are still shared
 * only if they live in the database, not in an instance's memory).
 */
describe('two server instances on one database', () => {
  let t: TestApp;
  let second: Database;
  let a: App;
  let b: App;
  const config = loadConfig({ DATA_DIR: '/nonexistent', LOG_LEVEL: 'silent', NODE_ENV: 'test' });

  beforeAll(async () => {
    t = await createTestApp();
    a = t.app;
    second = t.database;
    if (testDatabaseKind() === 'postgres') {
      const [{ name }] = (await queryRows<{ name: string }>(t.database.db, sql`select current_database() as name`)) as [{ name: string }];
      const url = new URL(process.env.TEST_DATABASE_URL!);
      url.pathname = `/${name}`;
      second = await openPostgres(url.toString(), 5);
    }
    b = await buildApp({ config, database: second, logger: false });
    await b.ready();
  });
  afterAll(async () => {
    await b.close();
    if (second !== t.database) await second.close();
    await t.close();
  });

  const login = (app: App, email: string, password: string, remoteAddress: string) =>
    app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress, payload: { email, password } });

  it('share the sign-in limit: five failures split between them lock the account on both', async () => {
    const user = await createUser(t.database);
    for (const app of [a, b, a, b, a]) expect((await login(app, user.email, 'sai-mat-khau', '192.0.2.10')).statusCode).toBe(401);
    expect((await login(b, user.email, testPassword, '192.0.2.10')).statusCode).toBe(429);
    expect((await login(a, user.email, testPassword, '192.0.2.10')).statusCode).toBe(429);
  });

  it('let exactly the limit through when a burst of failures is spread over both at once', async () => {
    const user = await createUser(t.database);
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => login(i % 2 ? a : b, user.email, `sai-${i}`, '192.0.2.20')));
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 401)).toHaveLength(5);
    expect(codes.filter((c) => c === 429)).toHaveLength(15);
  });

  it('forget nothing when an instance restarts', async () => {
    const user = await createUser(t.database);
    for (let i = 0; i < 5; i++) expect((await login(b, user.email, 'sai-mat-khau', '192.0.2.30')).statusCode).toBe(401);
    const restarted = await buildApp({ config, database: second, logger: false });
    try {
      await restarted.ready();
      expect((await login(restarted, user.email, testPassword, '192.0.2.30')).statusCode).toBe(429);
    } finally {
      await restarted.close();
    }
  });

  it('accept a session opened on either of them, and a sign-out on one ends it on both', async () => {
    const user = await createUser(t.database);
    const res = await login(a, user.email, testPassword, '192.0.2.40');
    expect(res.statusCode).toBe(200);
    const cookie = `rd_session=${res.cookies.find((c) => c.name === 'rd_session')!.value}`;
    const me = await b.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.email).toBe(user.email);

    expect((await b.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } })).statusCode).toBe(204);
    expect((await a.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401);
  });

  it('share the limit on wrong awareness codes', async () => {
    const admin = await createUser(t.database, { role: 'national_admin' });
    const cookie = `rd_session=${(await login(a, admin.email, testPassword, '192.0.2.50')).cookies.find((c) => c.name === 'rd_session')!.value}`;
    const conference = await a.inject({
      method: 'POST',
      url: '/api/conferences',
      headers: { cookie },
      payload: { title: 'Hội nghị tập huấn nhân quyền', level: 'provincial', provinceCode: '04', startDate: '2024-06-13', format: 'in_person', status: 'held', connectionPoints: [] },
    });
    expect(conference.statusCode).toBe(201);
    const codes = await a.inject({ method: 'POST', url: `/api/conferences/${conference.json().id}/awareness/codes`, headers: { cookie }, payload: { count: 1 } });
    expect(codes.statusCode).toBe(201);
    const token = (await a.inject({ method: 'GET', url: `/api/conferences/${conference.json().id}/awareness`, headers: { cookie } })).json().publicToken;
    const start = (app: App) => app.inject({ method: 'POST', url: `/api/public/awareness/${token}/start`, remoteAddress: '192.0.2.60', payload: { code: 'ZZZZ-ZZZZ' } });
    for (let i = 0; i < 10; i++) expect((await start(i % 2 ? a : b)).statusCode).toBe(404);
    expect((await start(a)).statusCode).toBe(429);
    expect((await start(b)).statusCode).toBe(429);
  });
});
