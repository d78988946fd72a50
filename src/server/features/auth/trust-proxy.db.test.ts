import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { loadConfig } from '../../config.js';
import { createTestDatabase } from '../../db/testing.js';
import { createUser, signIn, type TestApp } from '../../test-support/test-app.js';
import { caller } from '../awareness/testing.js';
import { conferenceWithPoints, POINT_HOA_AN } from '../participants/testing.js';

/** The API behind a reverse proxy, with TRUST_PROXY as an operator would set it. */
async function appBehindProxy(trustProxy: string): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({ DATA_DIR: '/nonexistent', LOG_LEVEL: 'silent', NODE_ENV: 'test', TRUST_PROXY: trustProxy });
  const app = await buildApp({ config, database, logger: false });
  await app.ready();
  return { app, database, close: async () => (await app.close(), await database.close()) };
}

const proxy = '10.0.0.2';
const client = '203.0.113.9';
/** What a client forging X-Forwarded-For sends through a proxy that appends the real address. */
const forged = (i: number, realClient = client) => ({ 'x-forwarded-for': `198.51.100.${i}, ${realClient}` });

describe('TRUST_PROXY=true (one proxy hop): throttles key on the address the proxy saw', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await appBehindProxy('true');
  });
  afterAll(() => t.close());

  it('throttles sign-in guesses of one client that forges a new X-Forwarded-For each time', async () => {
    const user = await createUser(t.database);
    const attempt = (i: number, realClient = client, password = `sai-mat-khau-${i}`) =>
      t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: proxy, headers: forged(i, realClient), payload: { email: user.email, password } });
    for (let i = 0; i < 5; i++) expect((await attempt(i)).statusCode).toBe(401);
    const blocked = await attempt(5, client, 'mat-khau-thu-nghiem-123');
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // Another real client behind the same proxy is not locked out by the first one's guesses.
    expect((await attempt(6, '203.0.113.10', 'mat-khau-thu-nghiem-123')).statusCode).toBe(200);
  });

  it('throttles QR check-in name guesses of one client that forges X-Forwarded-For', async () => {
    const secretariat = await createUser(t.database, { role: 'provincial_secretariat', provinceCode: '04' });
    const cookie = await signIn(t.app, secretariat.email);
    const call = caller(t);
    const conference = (await call(cookie, 'POST', '/api/conferences', conferenceWithPoints())).json();
    const point = (conference.connectionPoints as Array<{ id: string; name: string }>).find((p) => p.name === POINT_HOA_AN)!.id;
    const links = (await call(cookie, 'POST', `/api/conferences/${conference.id}/check-in-links/${point}`)).json();
    const token = (links.items as Array<{ connectionPointId: string; token: string | null }>).find((i) => i.connectionPointId === point)!.token!;
    const guess = (i: number) =>
      t.app.inject({ method: 'POST', url: `/api/public/check-in/${token}`, remoteAddress: proxy, headers: forged(i), payload: { fullName: `Người Lạ Số ${i}` } });
    for (let i = 0; i < 10; i++) expect((await guess(i)).statusCode).toBe(404);
    expect((await guess(10)).statusCode).toBe(429);
  });

  it('still takes the scheme from X-Forwarded-Proto: the session cookie is Secure behind an https proxy', async () => {
    const user = await createUser(t.database);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: proxy,
      headers: { ...forged(0, '203.0.113.20'), 'x-forwarded-proto': 'https' },
      payload: { email: user.email, password: 'mat-khau-thu-nghiem-123' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.cookies.find((c) => c.name === 'rd_session')).toMatchObject({ secure: true });
  });
});

describe('TRUST_PROXY as the proxy addresses', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await appBehindProxy('10.0.0.0/8');
  });
  afterAll(() => t.close());

  it('believes X-Forwarded-For only from the listed proxies, and only up to the first address that is not one', async () => {
    const user = await createUser(t.database);
    const attempt = (i: number, remoteAddress: string, headers: Record<string, string>) =>
      t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress, headers, payload: { email: user.email, password: `sai-mat-khau-${i}` } });
    // Through two listed proxies: the client is the first address from the right that is not a proxy.
    for (let i = 0; i < 5; i++) {
      expect((await attempt(i, proxy, { 'x-forwarded-for': `198.51.100.${i}, ${client}, 10.1.2.3` })).statusCode).toBe(401);
    }
    expect((await attempt(5, proxy, { 'x-forwarded-for': `198.51.100.5, ${client}, 10.1.2.3` })).statusCode).toBe(429);
    // Straight to the server, around the proxy: the header is ignored and the peer is the client.
    for (let i = 0; i < 5; i++) {
      expect((await attempt(i, '192.0.2.7', { 'x-forwarded-for': `198.51.100.${i}` })).statusCode).toBe(401);
    }
    expect((await attempt(5, '192.0.2.7', { 'x-forwarded-for': '198.51.100.99' })).statusCode).toBe(429);
  });
});
