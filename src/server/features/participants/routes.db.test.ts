import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../audit/tables.js';
import { createTestApp, signedInAs, type TestApp } from '../../test-support/test-app.js';
import { participantCheckIns } from './tables.js';
import { conferenceWithPoints, POINT_HOA_AN, POINT_MAIN, POINT_OFFLINE } from './testing.js';

type Point = { id: string; name: string };

describe('participants, check-ins and attendance', () => {
  let t: TestApp;
  let caoBang: string;
  let viewer: string;
  let hanoi: string;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    caoBang = (await signedInAs(t, 'provincial_secretariat', '04')).cookie;
    viewer = (await signedInAs(t, 'viewer', '04')).cookie;
    hanoi = (await signedInAs(t, 'provincial_secretariat', '01')).cookie;
    admin = (await signedInAs(t, 'national_admin')).cookie;
  });
  afterAll(() => t.close());

  const call = (cookie: string, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

  async function newConference() {
    const c = (await call(caoBang, 'POST', '/api/conferences', conferenceWithPoints())).json();
    const point = (name: string) => (c.connectionPoints as Point[]).find((p) => p.name === name)!.id;
    return { id: c.id as string, main: point(POINT_MAIN), hoaAn: point(POINT_HOA_AN), offline: point(POINT_OFFLINE) };
  }
  const add = async (conferenceId: string, fullName: string, extra: object = {}) => {
    const res = await call(caoBang, 'POST', `/api/conferences/${conferenceId}/participants`, { fullName, ...extra });
    expect(res.statusCode).toBe(201);
    return res.json();
  };
  const checkIn = (conferenceId: string, participantId: string, body: object) =>
    call(caoBang, 'POST', `/api/conferences/${conferenceId}/participants/${participantId}/check-ins`, body);

  it('adds, edits with a version check, refuses the same person twice, and searches without diacritics', async () => {
    const c = await newConference();
    const p = await add(c.id, ' Đinh  Thị Ánh Tuyết ', { agency: 'Sở Giáo dục và Đào tạo', position: 'Phó Giám đốc', connectionPointId: c.hoaAn });
    expect(p).toMatchObject({ fullName: 'Đinh Thị Ánh Tuyết', connectionPointName: POINT_HOA_AN, checkedIn: false, lastCheckIn: null, version: 1 });

    const twin = await call(caoBang, 'POST', `/api/conferences/${c.id}/participants`, { fullName: 'ĐINH THỊ ÁNH TUYẾT', agency: 'sở giáo dục và đào tạo' });
    expect(twin.statusCode).toBe(409);
    expect(twin.json().errors[0].path).toBe('fullName');

    const edit = (fullName: string) =>
      call(caoBang, 'PUT', `/api/conferences/${c.id}/participants/${p.id}`, { fullName, agency: p.agency, position: 'Giám đốc', connectionPointId: c.main, version: p.version });
    const first = await edit('Đinh Thị Ánh Tuyết');
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ position: 'Giám đốc', connectionPointName: POINT_MAIN, version: 2 });
    expect((await edit('Sửa cùng lúc')).statusCode).toBe(409);

    await add(c.id, 'Hà Văn Đông', { agency: 'Công an tỉnh' });
    const found = (await call(viewer, 'GET', `/api/conferences/${c.id}/participants?q=dinh%20tuyet`)).json();
    expect(found.items.map((i: { fullName: string }) => i.fullName)).toEqual(['Đinh Thị Ánh Tuyết']);
    const byAgency = (await call(viewer, 'GET', `/api/conferences/${c.id}/participants?q=cong%20an`)).json();
    expect(byAgency.total).toBe(1);
    const atMain = (await call(viewer, 'GET', `/api/conferences/${c.id}/participants?connectionPoint=${c.main}`)).json();
    expect(atMain.items.map((i: { fullName: string }) => i.fullName)).toEqual(['Đinh Thị Ánh Tuyết']);
    const unassigned = (await call(viewer, 'GET', `/api/conferences/${c.id}/participants?connectionPoint=none`)).json();
    expect(unassigned.items.map((i: { fullName: string }) => i.fullName)).toEqual(['Hà Văn Đông']);
  });

  it('refuses a connection point of another conference', async () => {
    const c = await newConference();
    const other = await newConference();
    const res = await call(caoBang, 'POST', `/api/conferences/${c.id}/participants`, { fullName: 'Nguyễn Văn Bình', connectionPointId: other.main });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('connectionPointId');
  });

  it('keeps every check-in in the history, with who, when and where, and undoes by appending', async () => {
    const c = await newConference();
    const p = await add(c.id, 'Mã Thị Hồng', { connectionPointId: c.hoaAn });
    const url = `/api/conferences/${c.id}/participants/${p.id}/check-ins`;

    const first = await checkIn(c.id, p.id, { method: 'qr' });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ checkedIn: true, lastCheckIn: { method: 'qr', connectionPointId: c.hoaAn, connectionPointName: POINT_HOA_AN } });
    expect((await checkIn(c.id, p.id, { method: 'undo' })).json()).toMatchObject({ checkedIn: false, lastCheckIn: null });
    expect((await checkIn(c.id, p.id, { method: 'undo' })).statusCode).toBe(409);
    expect((await checkIn(c.id, p.id, { method: 'manual', connectionPointId: c.main })).json()).toMatchObject({ checkedIn: true, lastCheckIn: { connectionPointName: POINT_MAIN } });

    const history = (await call(viewer, 'GET', url)).json().items;
    expect(history.map((h: { method: string; connectionPointId: string }) => [h.method, h.connectionPointId])).toEqual([
      ['qr', c.hoaAn],
      ['undo', c.hoaAn],
      ['manual', c.main],
    ]);
    expect(history[0].recordedByName).toBe('Người Thử Nghiệm');
    expect(new Date(history[0].at).getTime()).toBeLessThanOrEqual(new Date(history[2].at).getTime());

    const checked = (await call(viewer, 'GET', `/api/conferences/${c.id}/participants?checkedIn=true`)).json();
    expect(checked.items.map((i: { id: string }) => i.id)).toEqual([p.id]);
    expect((await call(viewer, 'GET', `/api/conferences/${c.id}/participants?checkedIn=false`)).json().total).toBe(0);
  });

  it('rolls attendance up per point and in total without counting anyone twice', async () => {
    const c = await newConference();
    const a = await add(c.id, 'Người A', { connectionPointId: c.main });
    const b = await add(c.id, 'Người B', { connectionPointId: c.main });
    const d = await add(c.id, 'Người D', { connectionPointId: c.hoaAn });
    await add(c.id, 'Người E', { connectionPointId: c.hoaAn });
    const f = await add(c.id, 'Người F', { connectionPointId: c.offline });

    await checkIn(c.id, a.id, { method: 'qr' });
    await checkIn(c.id, a.id, { method: 'qr' }); // scanned twice at the same point
    await checkIn(c.id, b.id, { method: 'manual' });
    await checkIn(c.id, b.id, { method: 'manual', connectionPointId: c.hoaAn }); // moved to Hòa An: counted there only
    await checkIn(c.id, d.id, { method: 'manual' });
    await checkIn(c.id, d.id, { method: 'undo' }); // cancelled
    await checkIn(c.id, f.id, { method: 'paper_list' }); // on the offline point's paper list, which also reports 40

    const res = await call(viewer, 'GET', `/api/conferences/${c.id}/attendance`);
    expect(res.statusCode).toBe(200);
    const byName = Object.fromEntries(res.json().byPoint.map((p: { name: string }) => [p.name, p]));
    expect(byName[POINT_MAIN]).toMatchObject({ rosterCount: 2, checkedIn: 1, headcount: null, counted: 1 });
    expect(byName[POINT_HOA_AN]).toMatchObject({ rosterCount: 2, checkedIn: 1, headcount: null, counted: 1 });
    expect(byName[POINT_OFFLINE]).toMatchObject({ rosterCount: 1, checkedIn: 1, headcount: 40, counted: 40, hasInternet: false });
    expect(res.json()).toMatchObject({ total: 42, pointsCount: 3, rosterTotal: 5, checkedInTotal: 3 });
  });

  it('exports everything stored about one person as a download', async () => {
    const c = await newConference();
    const p = await add(c.id, 'Chu Văn Kiên', { agency: 'Bộ đội Biên phòng tỉnh', position: 'Đại úy', contact: 'kien@example.vn', connectionPointId: c.main });
    await checkIn(c.id, p.id, { method: 'qr' });
    // Handing over personal data is for those who manage the conference, not every reader.
    expect((await call(viewer, 'GET', `/api/conferences/${c.id}/participants/${p.id}/export`)).statusCode).toBe(403);
    const res = await call(caoBang, 'GET', `/api/conferences/${c.id}/participants/${p.id}/export`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="du-lieu-ca-nhan-chu-van-kien\.json"; filename\*=UTF-8''/);
    expect(res.json()).toMatchObject({
      conference: { id: c.id },
      participant: { id: p.id, fullName: 'Chu Văn Kiên', agency: 'Bộ đội Biên phòng tỉnh', position: 'Đại úy', contact: 'kien@example.vn', connectionPointName: POINT_MAIN },
      checkIns: [{ method: 'qr', connectionPointId: c.main }],
    });
  });

  it('erases a person with their check-ins, and the audit log never held their name', async () => {
    const c = await newConference();
    const name = 'Sầm Thị Riêng Tư';
    const p = await add(c.id, name, { agency: 'Cơ Quan Bí Mật', contact: '0900000001' });
    await checkIn(c.id, p.id, { method: 'manual' });
    await call(caoBang, 'PUT', `/api/conferences/${c.id}/participants/${p.id}`, { fullName: name, agency: 'Cơ Quan Bí Mật', position: 'Chức Vụ Riêng', version: 1 });

    expect((await call(viewer, 'DELETE', `/api/conferences/${c.id}/participants/${p.id}`)).statusCode).toBe(403);
    const res = await call(caoBang, 'DELETE', `/api/conferences/${c.id}/participants/${p.id}`);
    expect(res.statusCode).toBe(204);

    const { db } = t.database;
    expect((await call(viewer, 'GET', `/api/conferences/${c.id}/participants`)).json().total).toBe(0);
    expect(await db.select().from(participantCheckIns).where(eq(participantCheckIns.participantId, p.id))).toEqual([]);
    expect((await call(caoBang, 'GET', `/api/conferences/${c.id}/participants/${p.id}/export`)).statusCode).toBe(404);

    const entries = await db.select().from(auditLog).where(eq(auditLog.entityId, p.id));
    expect(entries.map((e) => e.action).sort()).toEqual(['create', 'erase', 'update']);
    expect(entries.find((e) => e.action === 'erase')!.after).toEqual({ participantId: p.id, conferenceId: c.id, erased: true });
    const everything = JSON.stringify(await db.select().from(auditLog).where(sql`true`));
    for (const personal of [name, 'Cơ Quan Bí Mật', '0900000001', 'Chức Vụ Riêng']) expect(everything).not.toContain(personal);
  });

  it('hides another province’s conference: every participant route answers 404', async () => {
    const c = await newConference();
    const p = await add(c.id, 'Ông Văn Kín');
    const base = `/api/conferences/${c.id}`;
    const requests: Array<[Parameters<typeof call>[1], string, object?]> = [
      ['GET', `${base}/participants`],
      ['POST', `${base}/participants`, { fullName: 'Người Lạ' }],
      ['PUT', `${base}/participants/${p.id}`, { fullName: 'Người Lạ', version: 1 }],
      ['DELETE', `${base}/participants/${p.id}`],
      ['GET', `${base}/participants/${p.id}/export`],
      ['GET', `${base}/participants/${p.id}/check-ins`],
      ['POST', `${base}/participants/${p.id}/check-ins`, { method: 'manual' }],
      ['GET', `${base}/attendance`],
    ];
    for (const [method, url, payload] of requests) {
      const res = await call(hanoi, method, url, payload);
      expect([method, url, res.statusCode]).toEqual([method, url, 404]);
    }
    // The national administrator reaches it; a participant id from another conference is a 404.
    expect((await call(admin, 'GET', `${base}/participants`)).statusCode).toBe(200);
    const other = await newConference();
    expect((await call(caoBang, 'GET', `/api/conferences/${other.id}/participants/${p.id}/check-ins`)).statusCode).toBe(404);
  });

  it('keeps people and their history when a connection point is removed from the conference', async () => {
    const created = (await call(caoBang, 'POST', '/api/conferences', conferenceWithPoints())).json();
    const hoaAn = (created.connectionPoints as Point[]).find((p) => p.name === POINT_HOA_AN)!.id;
    const p = await add(created.id, 'Lục Văn Bền', { connectionPointId: hoaAn });
    await checkIn(created.id, p.id, { method: 'manual' });
    const kept = created.connectionPoints.filter((pt: Point) => pt.id !== hoaAn).map(({ hostOrganisationName: _, ...pt }: Record<string, unknown>) => pt);
    const update = await call(caoBang, 'PUT', `/api/conferences/${created.id}`, { ...conferenceWithPoints(), connectionPoints: kept, version: created.version });
    expect(update.statusCode).toBe(200);
    const after = (await call(viewer, 'GET', `/api/conferences/${created.id}/participants`)).json().items[0];
    expect(after).toMatchObject({ fullName: 'Lục Văn Bền', connectionPointId: null, checkedIn: true });
    const attendance = (await call(viewer, 'GET', `/api/conferences/${created.id}/attendance`)).json();
    expect(attendance).toMatchObject({ pointsCount: 2, total: 41 });
    expect(attendance.byPoint.at(-1)).toMatchObject({ connectionPointId: null, rosterCount: 1, checkedIn: 1, counted: 1 });
  });
});

describe('participants in the OpenAPI document', () => {
  it('documents every participant route, the import taking a raw .xlsx or .csv body', async () => {
    const t = await createTestApp();
    try {
      const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
      const paths = Object.keys(doc.paths).filter((p) => p.includes('participants') || p.endsWith('/attendance'));
      expect(paths.sort()).toEqual([
        '/api/conferences/{id}/attendance',
        '/api/conferences/{id}/participants',
        '/api/conferences/{id}/participants/import',
        '/api/conferences/{id}/participants/import/preview',
        '/api/conferences/{id}/participants/sheets.docx',
        '/api/conferences/{id}/participants/sheets.xlsx',
        '/api/conferences/{id}/participants/{participantId}',
        '/api/conferences/{id}/participants/{participantId}/check-ins',
        '/api/conferences/{id}/participants/{participantId}/export',
        '/api/participants/template.xlsx',
      ]);
      const body = doc.paths['/api/conferences/{id}/participants/import'].post.requestBody.content;
      expect(Object.keys(body).sort()).toEqual(['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv']);
    } finally {
      await t.close();
    }
  });
});
