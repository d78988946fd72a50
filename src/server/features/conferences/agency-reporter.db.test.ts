import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, signIn, type TestApp, systemActor } from '../../test-support/test-app.js';
import { insertOrganisation } from '../organisations/queries.js';
import { createConference } from './service.js';


/** An agency reporter touches only the conferences its own agency organises or co-organises. */
describe('what an agency reporter may change', () => {
  let t: TestApp;
  let reporter: string;
  let unattached: string;
  let ownAgency: string;
  let otherAgency: string;
  let ours: { id: string; version: number };
  let theirs: { id: string; version: number };

  const body = (organisers: Array<{ organisationId: string; role: 'organizer' | 'co_organizer' }>, title = 'Hội nghị tập huấn công tác nhân quyền') => ({
    title,
    level: 'provincial' as const,
    provinceCode: '04',
    startDate: '2024-06-13',
    status: 'held' as const,
    organisers,
  });

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.database.db;
    ownAgency = (await insertOrganisation(db, { name: 'Sở Tư pháp tỉnh Cao Bằng', kind: 'department', provinceCode: '04', searchKey: 'so tu phap cao bang' })).id;
    otherAgency = (await insertOrganisation(db, { name: 'Công an tỉnh Cao Bằng', kind: 'police', provinceCode: '04', searchKey: 'cong an cao bang' })).id;
    const user = await createUser(t.database, { role: 'agency_reporter', provinceCode: '04', organisationId: ownAgency });
    reporter = await signIn(t.app, user.email);
    unattached = await signIn(t.app, (await createUser(t.database, { role: 'agency_reporter', provinceCode: '04' })).email);
    ours = await createConference(db, systemActor, body([{ organisationId: otherAgency, role: 'organizer' }, { organisationId: ownAgency, role: 'co_organizer' }]));
    theirs = await createConference(db, systemActor, body([{ organisationId: otherAgency, role: 'organizer' }], 'Hội nghị của Công an tỉnh'));
  });
  afterAll(() => t.close());

  const send = (cookie: string, method: 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

  it('edits and deletes a conference its agency co-organises', async () => {
    const edited = await send(reporter, 'PUT', `/api/conferences/${ours.id}`, { ...body([{ organisationId: otherAgency, role: 'organizer' }, { organisationId: ownAgency, role: 'co_organizer' }], 'Tên mới'), version: ours.version });
    expect(edited.statusCode).toBe(200);
    const extra = await createConference(t.database.db, systemActor, body([{ organisationId: ownAgency, role: 'organizer' }], 'Để xóa'));
    expect((await send(reporter, 'DELETE', `/api/conferences/${extra.id}`)).statusCode).toBe(204);
  });

  it('may not edit or delete one its agency does not organise, nor its participants', async () => {
    const edit = await send(reporter, 'PUT', `/api/conferences/${theirs.id}`, { ...body([{ organisationId: otherAgency, role: 'organizer' }], 'Sửa trộm'), version: theirs.version });
    expect(edit.statusCode).toBe(403);
    expect(edit.json().detail).toContain('cơ quan mình tổ chức');
    expect((await send(reporter, 'DELETE', `/api/conferences/${theirs.id}`)).statusCode).toBe(403);
    const participant = await send(reporter, 'POST', `/api/conferences/${theirs.id}/participants`, { fullName: 'Nguyễn Văn A' });
    expect(participant.statusCode).toBe(403);
    const still = await t.app.inject({ method: 'GET', url: `/api/conferences/${theirs.id}`, headers: { cookie: reporter } });
    expect(still.json().title).toBe('Hội nghị của Công an tỉnh');
  });

  it('must keep its own agency among the organisers when creating or editing', async () => {
    const foreign = await send(reporter, 'POST', '/api/conferences', body([{ organisationId: otherAgency, role: 'organizer' }]));
    expect(foreign.statusCode).toBe(403);
    const own = await send(reporter, 'POST', '/api/conferences', body([{ organisationId: ownAgency, role: 'organizer' }]));
    expect(own.statusCode).toBe(201);
    const dropOwn = await send(reporter, 'PUT', `/api/conferences/${own.json().id}`, { ...body([{ organisationId: otherAgency, role: 'organizer' }]), version: own.json().version });
    expect(dropOwn.statusCode).toBe(403);
  });

  it('tells a reporter with no agency on its account why it cannot enter conferences', async () => {
    const res = await send(unattached, 'POST', '/api/conferences', body([{ organisationId: ownAgency, role: 'organizer' }]));
    expect(res.statusCode).toBe(403);
    expect(res.json().detail).toContain('chưa gắn với cơ quan');
  });
});
