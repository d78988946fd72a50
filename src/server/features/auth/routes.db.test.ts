import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, signIn, testPassword, type TestApp } from '../../test-support/test-app.js';
import { ensureFirstAdmin } from '../accounts/first-admin.js';
import { auditLog } from '../audit/tables.js';

describe('sign-in, sessions and passwords', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('signs in with the right password and sets a httpOnly, SameSite=Lax session cookie', async () => {
    const user = await createUser(t.database, { role: 'viewer', provinceCode: '01' });
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email.toUpperCase(), password: testPassword } });
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({ email: user.email, role: 'viewer', provinceCode: '01' });
    const cookie = res.cookies.find((c) => c.name === 'rd_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: `rd_session=${cookie!.value}` } });
    expect(me.json().user.id).toBe(user.id);
  });

  it('refuses a wrong password with a Vietnamese problem document and no cookie', async () => {
    const user = await createUser(t.database);
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: 'sai-mat-khau-1' } });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'INVALID_CREDENTIALS', detail: 'Email hoặc mật khẩu không đúng.' });
    expect(res.cookies).toHaveLength(0);
  });

  it('throttles after five wrong passwords in a minute, even for the right password', async () => {
    const user = await createUser(t.database);
    for (let i = 0; i < 5; i++) {
      const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: `sai-${i}-xxxxxxx` } });
      expect(res.statusCode).toBe(401);
    }
    const blocked = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: testPassword } });
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(blocked.json().detail).toMatch(/^Đăng nhập sai quá nhiều lần\. Hãy thử lại sau (\d+ giây|1 phút) \(lúc \d{2}:\d{2}\)\.$/);
  });

  it('answers a malformed or over-long body with a problem document, not a stack trace', async () => {
    const bad = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"email":' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'BAD_REQUEST' });
    expect(bad.body).not.toContain('at ');
    const invalid = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'khong-phai-email', password: '' } });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['email', 'password']);
    const huge = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'a@b.vn', password: 'x'.repeat(2 * 1024 * 1024) },
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });

  it('refuses a state-changing request from another origin', async () => {
    const user = await createUser(t.database);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: 'https://evil.example' },
      payload: { email: user.email, password: testPassword },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('BAD_ORIGIN');
    const same = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: 'http://localhost:80', host: 'localhost:80' },
      payload: { email: user.email, password: testPassword },
    });
    expect(same.statusCode).toBe(200);
  });

  it('logs out: the old cookie no longer works', async () => {
    const user = await createUser(t.database);
    const cookie = await signIn(t.app, user.email);
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(401);
  });

  it('a disabled account answers a right password exactly as a wrong one: same status, body and time', async () => {
    const user = await createUser(t.database, { disabledAt: new Date() });
    let n = 0;
    const attempt = async (password: string) => {
      const started = performance.now();
      const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: `192.0.2.${100 + n++}`, payload: { email: user.email, password } });
      return { status: res.statusCode, body: res.body, retryAfter: res.headers['retry-after'], cookies: res.cookies.length, ms: performance.now() - started };
    };
    const right: Awaited<ReturnType<typeof attempt>>[] = [];
    const wrong: Awaited<ReturnType<typeof attempt>>[] = [];
    for (let i = 0; i < 3; i++) {
      right.push(await attempt(testPassword));
      wrong.push(await attempt('sai-mat-khau-123'));
    }
    const answer = ({ status, body, retryAfter, cookies }: (typeof right)[number]) => ({ status, body, retryAfter, cookies });
    expect(right.map(answer)).toEqual(wrong.map(answer));
    expect(answer(right[0]!)).toMatchObject({ status: 401, cookies: 0 });
    expect(JSON.parse(right[0]!.body)).toMatchObject({ code: 'INVALID_CREDENTIALS', detail: 'Email hoặc mật khẩu không đúng.' });
    // Administrators can still tell the two apart in the trail.
    const trail = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, user.id)).orderBy(auditLog.id);
    expect(trail.map((e) => (e.after as { reason: string }).reason)).toEqual(['account_disabled', 'wrong_password', 'account_disabled', 'wrong_password', 'account_disabled', 'wrong_password']);
    // Both check the password and write one audit row: their medians stay close.
    const median = (xs: typeof right) => xs.map((x) => x.ms).sort((a, b) => a - b)[1]!;
    expect(Math.abs(median(right) - median(wrong))).toBeLessThan(Math.max(median(right), median(wrong)) * 0.5 + 25);
  });

  it('a pending password change blocks everything but me, logout and the change itself', async () => {
    const user = await createUser(t.database, { mustChangePassword: true });
    const cookie = await signIn(t.app, user.email);
    const blocked = await t.app.inject({ method: 'GET', url: '/api/organisations', headers: { cookie } });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('PASSWORD_CHANGE_REQUIRED');
    const weak = await t.app.inject({
      method: 'POST',
      url: '/api/auth/change-password',
      headers: { cookie },
      payload: { currentPassword: testPassword, newPassword: 'ngan' },
    });
    expect(weak.statusCode).toBe(400);
    const changed = await t.app.inject({
      method: 'POST',
      url: '/api/auth/change-password',
      headers: { cookie },
      payload: { currentPassword: testPassword, newPassword: 'mat-khau-moi-an-toan-2025' },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().user.mustChangePassword).toBe(false);
    const newCookie = `rd_session=${changed.cookies.find((c) => c.name === 'rd_session')!.value}`;
    expect((await t.app.inject({ method: 'GET', url: '/api/organisations', headers: { cookie: newCookie } })).statusCode).toBe(200);
    // The old session ended with the change.
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401);
    await signIn(t.app, user.email, 'mat-khau-moi-an-toan-2025');
  });

  it('sends security headers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-frame-options']).toBeDefined();
  });
});

describe('first run', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('creates one administrator with a generated one-time password, then never again', async () => {
    const first = await ensureFirstAdmin(t.database.db, {});
    expect(first.created).toBe(true);
    if (!first.created) return;
    expect(first.generatedPassword).toMatch(/^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}$/);
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: first.email, password: first.generatedPassword } });
    expect(login.json().user).toMatchObject({ role: 'national_admin', mustChangePassword: true });
    expect(await ensureFirstAdmin(t.database.db, {})).toEqual({ created: false });
  });
});
