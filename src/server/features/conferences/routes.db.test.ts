import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConferenceInput } from '../../../shared/api/conferences.js';
import { createTestApp, createUser, signIn, signedInAs, type TestApp } from '../../test-support/test-app.js';

describe('conference records', () => {
  let t: TestApp;
  let admin: string;
  let caoBang: string;
  let office: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = (await signedInAs(t, 'national_admin')).cookie;
    caoBang = (await signedInAs(t, 'provincial_secretariat', '04')).cookie;
    office = (
      await t.app.inject({
        method: 'POST',
        url: '/api/organisations',
        headers: { cookie: admin },
        payload: { name: 'Văn phòng Thường trực Ban Chỉ đạo Nhân quyền của Chính phủ', shortName: 'VPTT', kind: 'standing_office' },
      })
    ).json().id;
  });
  afterAll(() => t.close());

  const hybrid = (): ConferenceInput => ({
    title: 'Hội nghị tập huấn công tác nhân quyền năm 2023',
    level: 'provincial',
    provinceCode: '04',
    startDate: '2023-09-23',
    partOfDay: 'morning',
    format: 'hybrid',
    status: 'held',
    participantsActual: 3000,
    participantsQualifier: 'more_than',
    organisers: [{ organisationId: office, role: 'co_organizer' }],
    connectionPoints: [
      { name: 'Điểm cầu chính - Hội trường UBND tỉnh', level: 'province', provinceCode: '04', isMain: true, actualAttendance: 150 },
      { name: 'Điểm cầu xã Hòa An', level: 'commune', provinceCode: '04', actualAttendance: 60, hasInternet: false },
    ],
    officials: [
      { name: 'Nguyễn Trung Thảo', title: 'Phó Chủ tịch UBND tỉnh', role: 'opening_speech', connectionPointIndex: 0 },
      { name: 'Nguyễn Văn Kỷ', rank: 'Thiếu tướng', title: 'Phó Chánh Văn phòng Thường trực', role: 'speaker', organisationId: office },
    ],
    agenda: [
      { title: 'Công tác bảo đảm quyền tự do tín ngưỡng, tôn giáo', themes: ['belief_religion'], speakerName: 'Nguyễn Văn Kỷ' },
      { title: 'Công tác nhân quyền trên không gian mạng', themes: ['cyberspace'] },
    ],
    materials: [{ kind: 'film', title: 'Phim tư liệu về thành tựu nhân quyền', agendaItemIndex: 1 }],
    outcomes: [
      { kind: 'limitation', text: 'Nhận thức của một bộ phận cán bộ chưa đầy đủ.' },
      { kind: 'direction', text: 'Tổ chức quán triệt nội dung hội nghị tại các cơ quan.', responsibleText: 'Các sở, ngành', dueDate: '2023-12-31' },
    ],
    sources: [{ url: 'https://nhandan.vn/post716533.html', publisher: 'Nhân Dân', publishedDate: '2023-09-23' }],
  });

  const post = (cookie: string, payload: ConferenceInput) => t.app.inject({ method: 'POST', url: '/api/conferences', headers: { cookie }, payload });

  it('creates a hybrid conference with all its children and reads it back whole', async () => {
    const res = await post(caoBang, hybrid());
    expect(res.statusCode).toBe(201);
    const c = res.json();
    expect(c).toMatchObject({ province: { code: '04', name: 'Cao Bằng' }, version: 1, connectionPointsAttendance: 210, themes: ['belief_religion', 'cyberspace'] });
    expect(c.connectionPoints.map((p: { name: string; hasInternet: boolean }) => [p.name, p.hasInternet])).toEqual([
      ['Điểm cầu chính - Hội trường UBND tỉnh', true],
      ['Điểm cầu xã Hòa An', false],
    ]);
    expect(c.officials[0]).toMatchObject({ name: 'Nguyễn Trung Thảo', connectionPointIndex: 0 });
    expect(c.officials[1]).toMatchObject({ organisationName: 'Văn phòng Thường trực Ban Chỉ đạo Nhân quyền của Chính phủ' });
    expect(c.materials[0]).toMatchObject({ kind: 'film', agendaItemIndex: 1 });
    expect(c.outcomes.map((o: { kind: string }) => o.kind)).toEqual(['limitation', 'direction']);
    const got = (await t.app.inject({ method: 'GET', url: `/api/conferences/${c.id}`, headers: { cookie: caoBang } })).json();
    expect(got).toEqual(c);
  });

  it('answers a concurrent edit with 409 and keeps the first one; connection points keep their ids', async () => {
    const c = (await post(caoBang, hybrid())).json();
    const edit = (title: string) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/conferences/${c.id}`,
        headers: { cookie: caoBang },
        payload: { ...hybrid(), title, connectionPoints: c.connectionPoints.map(({ hostOrganisationName: _, ...p }: Record<string, unknown>) => p), version: c.version },
      });
    const first = await edit('Hội nghị tập huấn nhân quyền (đã sửa)');
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(2);
    expect(first.json().connectionPoints.map((p: { id: string }) => p.id)).toEqual(c.connectionPoints.map((p: { id: string }) => p.id));
    const second = await edit('Sửa cùng lúc');
    expect(second.statusCode).toBe(409);
    expect(second.json().detail).toContain('vừa được người khác cập nhật');
    const now = (await t.app.inject({ method: 'GET', url: `/api/conferences/${c.id}`, headers: { cookie: caoBang } })).json();
    expect(now.title).toBe('Hội nghị tập huấn nhân quyền (đã sửa)');
  });

  it.each([
    ['an end before the start', { endDate: '2023-09-22' }, 'endDate'],
    ['a held conference in the future', { startDate: '2099-01-01' }, 'startDate'],
    ['a negative count', { participantsActual: -1 }, 'participantsActual'],
    ['connection points above an exact total', { participantsActual: 200, participantsQualifier: 'exact' as const }, 'participantsActual'],
    ['an unknown organisation', { organisers: [{ organisationId: '00000000-0000-4000-8000-000000000000', role: 'organizer' as const }] }, 'organisers.0.organisationId'],
  ])('refuses %s with a Vietnamese field error and saves nothing', async (_label, overrides, path) => {
    const before = (await t.app.inject({ method: 'GET', url: '/api/conferences?pageSize=1', headers: { cookie: admin } })).json().total;
    const res = await post(caoBang, { ...hybrid(), ...overrides });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    expect(res.json().detail).toMatch(/[ạảãàáâậầấẩẫăắằặẳẵệềếểễđ]/);
    const after = (await t.app.inject({ method: 'GET', url: '/api/conferences?pageSize=1', headers: { cookie: admin } })).json().total;
    expect(after).toBe(before);
  });

  it('keeps a province to its own conferences: another province answers 404, and cannot create for it', async () => {
    const c = (await post(caoBang, hybrid())).json();
    const hanoi = (await signedInAs(t, 'provincial_secretariat', '01')).cookie;
    expect((await t.app.inject({ method: 'GET', url: `/api/conferences/${c.id}`, headers: { cookie: hanoi } })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/conferences/${c.id}`, headers: { cookie: hanoi } })).statusCode).toBe(404);
    expect((await post(hanoi, hybrid())).statusCode).toBe(403);
    const list = (await t.app.inject({ method: 'GET', url: '/api/conferences?pageSize=200', headers: { cookie: hanoi } })).json();
    expect(list.items.some((i: { id: string }) => i.id === c.id)).toBe(false);
  });

  it('shows a province’s body the conferences it co-organises in other provinces', async () => {
    const hanoiBody = (
      await t.app.inject({ method: 'POST', url: '/api/organisations', headers: { cookie: admin }, payload: { name: 'Sở Tư pháp thành phố Hà Nội', kind: 'department', provinceCode: '01' } })
    ).json().id;
    const c = (await post(admin, { ...hybrid(), organisers: [{ organisationId: office, role: 'organizer' }, { organisationId: hanoiBody, role: 'co_organizer' }] })).json();
    const officer = await createUser(t.database, { role: 'viewer', provinceCode: '01', organisationId: hanoiBody });
    const cookie = await signIn(t.app, officer.email);
    expect((await t.app.inject({ method: 'GET', url: `/api/conferences/${c.id}`, headers: { cookie } })).statusCode).toBe(200);
    // A national body on a provincial account (as an older record may hold) opens nothing outside the province.
    const misattached = await createUser(t.database, { role: 'viewer', provinceCode: '01', organisationId: office });
    const other = await signIn(t.app, misattached.email);
    expect((await t.app.inject({ method: 'GET', url: `/api/conferences/${c.id}`, headers: { cookie: other } })).statusCode).toBe(404);
  });

  it('records a pre-July-2025 conference under its old province and rolls it up', async () => {
    const res = await post(admin, { ...hybrid(), provinceCode: null, legacyProvinceCode: '06', startDate: '2023-06-13', connectionPoints: [], officials: [] });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ province: { code: '19', name: 'Thái Nguyên' }, legacyProvince: { code: '06', name: 'Bắc Kạn' } });
    const list = (await t.app.inject({ method: 'GET', url: '/api/conferences?province=19&year=2023', headers: { cookie: admin } })).json();
    expect(list.items.map((i: { id: string }) => i.id)).toContain(res.json().id);
    const wrong = await post(admin, { ...hybrid(), provinceCode: '01', legacyProvinceCode: '06', startDate: '2023-06-13', connectionPoints: [], officials: [] });
    expect(wrong.statusCode).toBe(400);
  });

  it('counts a group row as the points it stands for, in the record, the list and the attendance', async () => {
    const res = await post(caoBang, {
      ...hybrid(),
      title: 'Tập huấn nhân quyền cho cán bộ cấp xã',
      connectionPoints: [
        { name: 'Điểm cầu chính - Hội trường UBND tỉnh', level: 'province', isMain: true, actualAttendance: 150 },
        { name: 'Các điểm cầu cấp huyện', level: 'district', pointCount: 10, actualAttendance: 400 },
        { name: 'Các điểm cầu cấp xã', level: 'commune', pointCount: 161, actualAttendance: 2500 },
      ],
      officials: [],
    });
    expect(res.statusCode).toBe(201);
    const c = res.json();
    expect(c.connectionPoints.map((p: { pointCount: number }) => p.pointCount)).toEqual([1, 10, 161]);
    expect(c.connectionPointsAttendance).toBe(3050);
    const list = (await t.app.inject({ method: 'GET', url: '/api/conferences?pageSize=100', headers: { cookie: caoBang } })).json();
    expect(list.items.find((i: { id: string }) => i.id === c.id)).toMatchObject({ connectionPoints: 172 });
    const attendance = (await t.app.inject({ method: 'GET', url: `/api/conferences/${c.id}/attendance`, headers: { cookie: caoBang } })).json();
    expect(attendance).toMatchObject({ pointsCount: 172, total: 3050 });

    const bad = await post(caoBang, { ...hybrid(), connectionPoints: [{ name: 'Các điểm cầu cấp xã', level: 'commune', pointCount: 0 }], officials: [] });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('Số điểm cầu ít nhất là 1');
  });

  it('filters by year, level, format and status, sorts, and pages', async () => {
    const created = await post(admin, {
      ...hybrid(),
      title: 'Tập huấn cấp xã về quyền trẻ em',
      startDate: '2024-03-05',
      format: 'in_person',
      agenda: [{ title: 'Quyền trẻ em', themes: ['children'] }],
      connectionPoints: [],
      officials: [],
      outcomes: [],
      materials: [],
    });
    expect(created.statusCode).toBe(201);
    const byYear = (await t.app.inject({ method: 'GET', url: '/api/conferences?year=2024&format=in_person', headers: { cookie: admin } })).json();
    expect(byYear.items.map((i: { title: string }) => i.title)).toEqual(['Tập huấn cấp xã về quyền trẻ em']);
    const paged = (await t.app.inject({ method: 'GET', url: '/api/conferences?pageSize=2&page=1&sort=date_asc', headers: { cookie: admin } })).json();
    expect(paged.items).toHaveLength(2);
    expect(paged.total).toBeGreaterThan(2);
    expect(paged.items[0].date <= paged.items[1].date).toBe(true);
    const spanning = await post(admin, { ...hybrid(), title: 'Lớp bồi dưỡng nhân quyền hai tháng', startDate: '2024-04-29', endDate: '2024-05-03', connectionPoints: [], officials: [], outcomes: [], materials: [] });
    expect(spanning.statusCode).toBe(201);
    for (const month of [4, 5]) {
      const inMonth = (await t.app.inject({ method: 'GET', url: `/api/conferences?year=2024&month=${month}`, headers: { cookie: admin } })).json();
      expect(inMonth.items.map((i: { title: string }) => i.title)).toContain('Lớp bồi dưỡng nhân quyền hai tháng');
    }
    const search = (await t.app.inject({ method: 'GET', url: `/api/conferences?q=${encodeURIComponent('tre em')}`, headers: { cookie: admin } })).json();
    expect(search.items.map((i: { title: string }) => i.title)).toEqual(['Tập huấn cấp xã về quyền trẻ em']);
  });
});
