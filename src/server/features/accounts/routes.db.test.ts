import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, signedInAs, type TestApp } from '../../test-support/test-app.js';

describe('account management', () => {
  let t: TestApp;
  let admin: string;
  let secretariat: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = (await signedInAs(t, 'national_admin')).cookie;
    secretariat = (await signedInAs(t, 'provincial_secretariat', '01')).cookie;
  });
  afterAll(() => t.close());

  const create = (cookie: string, payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: '/api/accounts', headers: { cookie }, payload });

  it('creates an account with a one-time password that must be changed at first sign-in', async () => {
    const res = await create(admin, { email: 'Tran.Thi.B@HaNoi.gov.vn', fullName: 'Trần Thị B', role: 'agency_reporter', provinceCode: '01' });
    expect(res.statusCode).toBe(201);
    const { account, oneTimePassword } = res.json();
    expect(account).toMatchObject({ email: 'tran.thi.b@hanoi.gov.vn', role: 'agency_reporter', provinceCode: '01', mustChangePassword: true, disabled: false });
    const cookie = await signIn(t.app, 'tran.thi.b@hanoi.gov.vn', oneTimePassword);
    const blocked = await t.app.inject({ method: 'GET', url: '/api/organisations', headers: { cookie } });
    expect(blocked.json().code).toBe('PASSWORD_CHANGE_REQUIRED');
  });

  it('refuses a duplicate e-mail with 409 and a field error', async () => {
    await create(admin, { email: 'trung@tinh.vn', fullName: 'Người Một', role: 'viewer', provinceCode: '01' });
    const res = await create(admin, { email: 'TRUNG@tinh.vn', fullName: 'Người Hai', role: 'viewer', provinceCode: '01' });
    expect(res.statusCode).toBe(409);
    expect(res.json().errors).toEqual([{ path: 'email', message: 'Email này đã có tài khoản.' }]);
  });

  it('requires a province for provincial roles and none for national roles', async () => {
    const noProvince = await create(admin, { email: 'a1@tinh.vn', fullName: 'Người A', role: 'viewer', provinceCode: null });
    expect(noProvince.statusCode).toBe(400);
    expect(noProvince.json().errors[0].path).toBe('provinceCode');
    const nationalWithProvince = await create(admin, { email: 'a2@tinh.vn', fullName: 'Người B', role: 'national_officer', provinceCode: '01' });
    expect(nationalWithProvince.statusCode).toBe(400);
  });

  it('lets a province manage only its own accounts and never hand out national roles', async () => {
    const national = await create(secretariat, { email: 'b1@tinh.vn', fullName: 'Người C', role: 'national_admin', provinceCode: null });
    expect(national.statusCode).toBe(403);
    const elsewhere = await create(secretariat, { email: 'b2@tinh.vn', fullName: 'Người D', role: 'viewer', provinceCode: '79' });
    expect(elsewhere.statusCode).toBe(403);
    const own = await create(secretariat, { email: 'b3@tinh.vn', fullName: 'Người E', role: 'viewer', provinceCode: '01' });
    expect(own.statusCode).toBe(201);
    const list = await t.app.inject({ method: 'GET', url: '/api/accounts?pageSize=200', headers: { cookie: secretariat } });
    expect(list.json().items.every((a: { provinceCode: string }) => a.provinceCode === '01')).toBe(true);
  });

  it('disables an account: its sessions end and it cannot sign in again until enabled', async () => {
    const created = (await create(admin, { email: 'c1@tinh.vn', fullName: 'Người F', role: 'viewer', provinceCode: '01' })).json();
    const userCookie = await signIn(t.app, 'c1@tinh.vn', created.oneTimePassword);
    const disabled = await t.app.inject({ method: 'POST', url: `/api/accounts/${created.account.id}/disable`, headers: { cookie: admin } });
    expect(disabled.json().disabled).toBe(true);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: userCookie } })).statusCode).toBe(401);
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'c1@tinh.vn', password: created.oneTimePassword } });
    // Answered as a wrong password, so a stranger cannot tell the account is disabled.
    expect(login.json().code).toBe('INVALID_CREDENTIALS');
    await t.app.inject({ method: 'POST', url: `/api/accounts/${created.account.id}/enable`, headers: { cookie: admin } });
    await signIn(t.app, 'c1@tinh.vn', created.oneTimePassword);
  });

  it('answers a concurrent edit with 409 instead of overwriting', async () => {
    const { account } = (await create(admin, { email: 'd1@tinh.vn', fullName: 'Người G', role: 'viewer', provinceCode: '01' })).json();
    const edit = (fullName: string) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/accounts/${account.id}`,
        headers: { cookie: admin },
        payload: { fullName, role: 'viewer', provinceCode: '01', organisationId: null, version: account.version },
      });
    expect((await edit('Tên Thứ Nhất')).statusCode).toBe(200);
    const second = await edit('Tên Thứ Hai');
    expect(second.statusCode).toBe(409);
    const now = await t.app.inject({ method: 'GET', url: `/api/accounts/${account.id}`, headers: { cookie: admin } });
    expect(now.json().fullName).toBe('Tên Thứ Nhất');
  });

  it('finds accounts by name without diacritics', async () => {
    await create(admin, { email: 'e1@tinh.vn', fullName: 'Đặng Thị Hoà', role: 'viewer', provinceCode: '01' });
    const res = await t.app.inject({ method: 'GET', url: '/api/accounts?q=dang%20thi%20hoa', headers: { cookie: admin } });
    expect(res.json().items.map((a: { email: string }) => a.email)).toContain('e1@tinh.vn');
  });

  it('records every change in the audit log, without the password hash', async () => {
    const { account } = (await create(admin, { email: 'f1@tinh.vn', fullName: 'Người H', role: 'viewer', provinceCode: '01' })).json();
    await t.app.inject({ method: 'POST', url: `/api/accounts/${account.id}/reset-password`, headers: { cookie: admin } });
    const res = await t.app.inject({ method: 'GET', url: `/api/audit?entityType=user&entityId=${account.id}`, headers: { cookie: admin } });
    const entries = res.json().items;
    expect(entries.map((e: { action: string }) => e.action)).toEqual(['password_reset', 'create']);
    expect(JSON.stringify(entries)).not.toContain('scrypt$');
    expect(entries[1].after).toMatchObject({ email: 'f1@tinh.vn', role: 'viewer' });
  });
});
