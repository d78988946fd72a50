import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, signIn, signedInAs, type TestApp, systemActor } from '../../test-support/test-app.js';
import { insertOrganisation } from '../organisations/queries.js';
import { createConference } from '../conferences/service.js';

/**
 * Nobody widens their own reach: an account's organisation must be a body of its own province
 * (a national body for a national role), only the administrator of the level above changes an
 * account's role, province or organisation, and never the account holder on themselves.
 */

describe('the reach of an account', () => {
  let t: TestApp;
  let admin: string;
  let secretariat: { cookie: string; id: string; version: number };
  let ownBody: string;
  let otherBody: string;
  let nationalBody: string;
  let otherConference: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = (await signedInAs(t, 'national_admin')).cookie;
    const db = t.database.db;
    ownBody = (await insertOrganisation(db, { name: 'Sở Tư pháp Hà Nội', kind: 'department', provinceCode: '01', searchKey: 'so tu phap ha noi' })).id;
    otherBody = (await insertOrganisation(db, { name: 'Sở Tư pháp TP Hồ Chí Minh', kind: 'department', provinceCode: '79', searchKey: 'so tu phap hcm' })).id;
    nationalBody = (await insertOrganisation(db, { name: 'Văn phòng Thường trực', kind: 'standing_office', provinceCode: null, searchKey: 'van phong thuong truc' })).id;
    // A conference of the other province that the other province's body co-organises.
    otherConference = (
      await createConference(db, systemActor, {
        title: 'Hội nghị tập huấn nhân quyền TP Hồ Chí Minh',
        level: 'provincial',
        provinceCode: '79',
        startDate: '2024-05-10',
        status: 'held',
        organisers: [{ organisationId: otherBody, role: 'organizer' }],
      })
    ).id;
    const user = await createUser(t.database, { role: 'provincial_secretariat', provinceCode: '01' });
    secretariat = { cookie: await signIn(t.app, user.email), id: user.id, version: user.version };
  });
  afterAll(() => t.close());

  const put = (cookie: string, id: string, payload: Record<string, unknown>) =>
    t.app.inject({ method: 'PUT', url: `/api/accounts/${id}`, headers: { cookie }, payload });
  const create = (cookie: string, payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url: '/api/accounts', headers: { cookie }, payload });

  it('refuses to let a secretariat attach its own account to another province’s body, and the conference stays hidden', async () => {
    const res = await put(secretariat.cookie, secretariat.id, {
      fullName: 'Người Thử Nghiệm',
      role: 'provincial_secretariat',
      provinceCode: '01',
      organisationId: otherBody,
      version: secretariat.version,
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().detail).toContain('không thể tự đổi');
    const read = await t.app.inject({ method: 'GET', url: `/api/conferences/${otherConference}`, headers: { cookie: secretariat.cookie } });
    expect(read.statusCode).toBe(404);
  });

  it('refuses to give a new or existing account another province’s body or a national body', async () => {
    const elsewhere = await create(secretariat.cookie, { email: 'r1@tinh.vn', fullName: 'Người Một', role: 'viewer', provinceCode: '01', organisationId: otherBody });
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json().errors).toEqual([{ path: 'organisationId', message: 'Chọn một cơ quan của tỉnh của tài khoản.' }]);
    const national = await create(secretariat.cookie, { email: 'r2@tinh.vn', fullName: 'Người Hai', role: 'viewer', provinceCode: '01', organisationId: nationalBody });
    expect(national.statusCode).toBe(400);
    const missing = await create(admin, { email: 'r3@tinh.vn', fullName: 'Người Ba', role: 'viewer', provinceCode: '01', organisationId: '11111111-1111-4111-8111-111111111111' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0]).toEqual({ path: 'organisationId', message: 'Cơ quan không có trong danh bạ.' });
    const nationalRoleProvincialBody = await create(admin, { email: 'r4@tinh.vn', fullName: 'Người Bốn', role: 'national_officer', provinceCode: null, organisationId: ownBody });
    expect(nationalRoleProvincialBody.statusCode).toBe(400);

    const own = (await create(secretariat.cookie, { email: 'r5@tinh.vn', fullName: 'Người Năm', role: 'viewer', provinceCode: '01', organisationId: ownBody })).json();
    expect(own.account.organisationId).toBe(ownBody);
    const moved = await put(secretariat.cookie, own.account.id, { fullName: 'Người Năm', role: 'viewer', provinceCode: '01', organisationId: otherBody, version: own.account.version });
    expect(moved.statusCode).toBe(400);
  });

  it('lets only the level above change a secretariat: a province cannot create, promote to, or edit a peer secretariat', async () => {
    const peer = await create(secretariat.cookie, { email: 'p1@tinh.vn', fullName: 'Đồng Cấp', role: 'provincial_secretariat', provinceCode: '01' });
    expect(peer.statusCode).toBe(403);
    const viewer = (await create(secretariat.cookie, { email: 'p2@tinh.vn', fullName: 'Người Xem', role: 'viewer', provinceCode: '01' })).json().account;
    const promote = await put(secretariat.cookie, viewer.id, { fullName: 'Người Xem', role: 'provincial_secretariat', provinceCode: '01', organisationId: null, version: viewer.version });
    expect(promote.statusCode).toBe(403);
    const other = await createUser(t.database, { role: 'provincial_secretariat', provinceCode: '01' });
    const editPeer = await put(secretariat.cookie, other.id, { fullName: 'Đổi Tên', role: 'provincial_secretariat', provinceCode: '01', organisationId: ownBody, version: other.version });
    expect(editPeer.statusCode).toBe(403);
    const byAdmin = await put(admin, other.id, { fullName: 'Đổi Tên', role: 'provincial_secretariat', provinceCode: '01', organisationId: ownBody, version: other.version });
    expect(byAdmin.statusCode).toBe(200);
    expect(byAdmin.json().organisationId).toBe(ownBody);
  });

  it('lets a person change their own name, but not their own role or province, even a national administrator', async () => {
    const me = (await t.app.inject({ method: 'GET', url: `/api/accounts/${secretariat.id}`, headers: { cookie: admin } })).json();
    const rename = await put(secretariat.cookie, me.id, { fullName: 'Tên Mới Của Tôi', role: me.role, provinceCode: '01', organisationId: null, version: me.version });
    expect(rename.statusCode).toBe(200);
    const adminUser = await createUser(t.database, { role: 'national_admin' });
    const adminCookie = await signIn(t.app, adminUser.email);
    const demote = await put(adminCookie, adminUser.id, { fullName: adminUser.fullName, role: 'national_admin', provinceCode: null, organisationId: nationalBody, version: adminUser.version });
    expect(demote.statusCode).toBe(403);
  });

  it('does not open another province’s conference through a body that was later moved there', async () => {
    const db = t.database.db;
    const body = await insertOrganisation(db, { name: 'Hội Luật gia Hà Nội', kind: 'department', provinceCode: '01', searchKey: 'hoi luat gia ha noi' });
    const viewer = await createUser(t.database, { role: 'viewer', provinceCode: '01', organisationId: body.id });
    const cookie = await signIn(t.app, viewer.email);
    const conference = await createConference(db, systemActor, {
      title: 'Hội nghị phối hợp',
      level: 'provincial',
      provinceCode: '79',
      startDate: '2024-05-11',
      status: 'held',
      organisers: [{ organisationId: otherBody, role: 'organizer' }, { organisationId: body.id, role: 'co_organizer' }],
    });
    const read = () => t.app.inject({ method: 'GET', url: `/api/conferences/${conference.id}`, headers: { cookie } });
    const listed = async () => (await t.app.inject({ method: 'GET', url: '/api/conferences?pageSize=100', headers: { cookie } })).json().items.map((c: { id: string }) => c.id);
    // Co-organised by the viewer's own body: visible, as designed.
    expect((await read()).statusCode).toBe(200);
    expect(await listed()).toContain(conference.id);
    // The body now belongs to the other province: the door closes.
    const org = (await t.app.inject({ method: 'GET', url: `/api/organisations/${body.id}`, headers: { cookie: admin } })).json();
    const moved = await t.app.inject({
      method: 'PUT',
      url: `/api/organisations/${body.id}`,
      headers: { cookie: admin },
      payload: { name: org.name, shortName: null, kind: org.kind, provinceCode: '79', parentId: null, version: org.version },
    });
    expect(moved.statusCode).toBe(200);
    expect((await read()).statusCode).toBe(404);
    expect(await listed()).not.toContain(conference.id);
  });
});
