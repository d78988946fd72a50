import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, signIn, testPassword, type TestApp } from '../../test-support/test-app.js';
import { auditLog } from '../audit/tables.js';
import { weakPasswordMessage } from './password.js';

const lockedOut = /^Đăng nhập sai quá nhiều lần\. Hãy thử lại sau 15 phút \(lúc \d{2}:\d{2}\)\.$/;

describe('sign-in limits, password strength and the sign-in trail', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const login = (email: string, password: string, remoteAddress = '127.0.0.1') =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress, payload: { email, password } });
  const trailOf = (entityId: string) => t.database.db.select().from(auditLog).where(eq(auditLog.entityId, entityId)).orderBy(auditLog.id);

  it('stops password spraying from one address across accounts with 429, Retry-After and when to try again', async () => {
    const victim = await createUser(t.database);
    for (let i = 0; i < 30; i++) {
      expect((await login(`nguoi.${i}@tinh.gov.vn`, 'Matkhau@123', '203.0.113.50')).statusCode).toBe(401);
    }
    const blocked = await login(victim.email, testPassword, '203.0.113.50');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json()).toMatchObject({ code: 'RATE_LIMITED', detail: expect.stringMatching(lockedOut) });
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(14 * 60);
    // The address's lockout is in the trail, filed under the address.
    expect((await trailOf('203.0.113.50')).filter((e) => e.action === 'login_locked').map((e) => e.after)).toEqual([
      { source: '203.0.113.50', limit: 'source', until: expect.any(String) },
    ]);
    expect((await login(victim.email, testPassword, '203.0.113.51')).statusCode).toBe(200);
  });

  it('locks one account for 15 minutes after ten failures from as many addresses, even for the right password', async () => {
    const user = await createUser(t.database);
    for (let i = 0; i < 10; i++) expect((await login(user.email, `sai-mat-khau-${i}`, `198.51.100.${i}`)).statusCode).toBe(401);
    const blocked = await login(user.email, testPassword, '198.51.100.200');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().detail).toMatch(lockedOut);
    const trail = await trailOf(user.id);
    expect(trail.filter((e) => e.action === 'login_failed')).toHaveLength(10);
    expect(trail.filter((e) => e.action === 'login_locked').map((e) => e.after)).toEqual([
      { source: '198.51.100.9', limit: 'account', until: expect.any(String) },
    ]);
  });

  it('refuses a common password when one changes it, in Vietnamese', async () => {
    const user = await createUser(t.database, { mustChangePassword: true });
    const cookie = await signIn(t.app, user.email);
    for (const newPassword of ['Password123!', 'Matkhau@123', '1qaz2wsx3edc']) {
      const res = await t.app.inject({ method: 'POST', url: '/api/auth/change-password', headers: { cookie }, payload: { currentPassword: testPassword, newPassword } });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'VALIDATION', detail: weakPasswordMessage, errors: [{ path: 'newPassword', message: weakPasswordMessage }] });
    }
  });

  it('records sign-ins, failures and sign-outs by account id, never the e-mail typed for no account, never a password', async () => {
    const user = await createUser(t.database, { role: 'provincial_secretariat', provinceCode: '04' });
    expect((await login(user.email, 'sai-mat-khau-xyz', '192.0.2.30')).statusCode).toBe(401);
    expect((await login('khong.co.tai.khoan@tinh.gov.vn', 'mat-khau-doan-bua', '192.0.2.30')).statusCode).toBe(401);
    const cookie = await signIn(t.app, user.email);
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } })).statusCode).toBe(204);

    const trail = await trailOf(user.id);
    expect(trail.map((e) => [e.action, e.actorId, e.entityType, e.provinceCode, e.after])).toEqual([
      ['login_failed', null, 'user', '04', { source: '192.0.2.30', reason: 'wrong_password' }],
      ['login', user.id, 'user', '04', { source: '127.0.0.1' }],
      ['logout', user.id, 'user', '04', { source: '127.0.0.1' }],
    ]);
    const unknown = (await trailOf('192.0.2.30')).map((e) => [e.action, e.actorId, e.entityType, e.after]);
    expect(unknown).toEqual([['login_failed', null, 'client_address', { source: '192.0.2.30', reason: 'unknown_account' }]]);
    const everything = JSON.stringify(await t.database.db.select().from(auditLog));
    for (const secret of ['khong.co.tai.khoan', 'sai-mat-khau', 'mat-khau-doan-bua', testPassword, 'scrypt$']) expect(everything).not.toContain(secret);
  });
});
