import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedInAs, type TestApp } from '../../test-support/test-app.js';

describe('organisation registry', () => {
  let t: TestApp;
  let admin: string;
  let province: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = (await signedInAs(t, 'national_admin')).cookie;
    province = (await signedInAs(t, 'provincial_secretariat', '01')).cookie;
  });
  afterAll(() => t.close());

  const post = (cookie: string, payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: '/api/organisations', headers: { cookie }, payload });

  it('registers a national body and a provincial one under it, with names resolved', async () => {
    const office = await post(admin, { name: 'Văn phòng Thường trực Ban Chỉ đạo Nhân quyền của Chính phủ', shortName: 'VPTT', kind: 'standing_office' });
    expect(office.statusCode).toBe(201);
    const committee = await post(province, { name: 'Ban Chỉ đạo về Nhân quyền thành phố Hà Nội', shortName: 'BCĐNQ', kind: 'steering_committee', provinceCode: '01', parentId: office.json().id });
    expect(committee.statusCode).toBe(201);
    expect(committee.json()).toMatchObject({ provinceCode: '01', provinceName: 'Hà Nội', parentName: 'Văn phòng Thường trực Ban Chỉ đạo Nhân quyền của Chính phủ', version: 1 });
  });

  it('finds bodies by name or short name without diacritics', async () => {
    await post(province, { name: 'Sở Lao động - Thương binh và Xã hội', shortName: 'SLĐTBXH', kind: 'department', provinceCode: '01' });
    const byName = await t.app.inject({ method: 'GET', url: '/api/organisations?q=lao%20dong%20thuong%20binh', headers: { cookie: province } });
    expect(byName.json().items.map((o: { name: string }) => o.name)).toContain('Sở Lao động - Thương binh và Xã hội');
    const byShort = await t.app.inject({ method: 'GET', url: '/api/organisations?q=SLDTBXH', headers: { cookie: province } });
    expect(byShort.json().total).toBeGreaterThanOrEqual(1);
  });

  it('keeps a province out of national bodies and other provinces', async () => {
    const national = await post(province, { name: 'Viện Nghiên cứu Quyền con người', kind: 'institute' });
    expect(national.statusCode).toBe(403);
    const other = await post(province, { name: 'Công an Thành phố Hồ Chí Minh', kind: 'police', provinceCode: '79' });
    expect(other.statusCode).toBe(403);
    const byAdmin = (await post(admin, { name: 'Công an Thành phố Hồ Chí Minh', kind: 'police', provinceCode: '79' })).json();
    const edit = await t.app.inject({
      method: 'PUT',
      url: `/api/organisations/${byAdmin.id}`,
      headers: { cookie: province },
      payload: { name: 'Đổi tên', kind: 'police', provinceCode: '79', version: byAdmin.version },
    });
    expect(edit.statusCode).toBe(404);
  });

  it('validates in Vietnamese: unknown province, missing name, unknown kind', async () => {
    const res = await post(admin, { name: 'X', kind: 'spaceship', provinceCode: '99' });
    expect(res.statusCode).toBe(400);
    const paths = res.json().errors.map((e: { path: string }) => e.path).sort();
    expect(paths).toEqual(['kind', 'name']);
    expect(res.json().detail).toMatch(/lỗi/);
    const unknownProvince = await post(admin, { name: 'Sở Y tế', kind: 'department', provinceCode: '99' });
    expect(unknownProvince.statusCode).toBe(400);
    expect(unknownProvince.json().detail).toContain('99');
  });

  it('answers a stale version with 409 and keeps the first edit', async () => {
    const org = (await post(province, { name: 'Sở Tư pháp', kind: 'department', provinceCode: '01' })).json();
    const put = (name: string) =>
      t.app.inject({ method: 'PUT', url: `/api/organisations/${org.id}`, headers: { cookie: province }, payload: { name, kind: 'department', provinceCode: '01', version: org.version } });
    expect((await put('Sở Tư pháp Hà Nội')).statusCode).toBe(200);
    expect((await put('Tên khác')).statusCode).toBe(409);
    expect((await t.app.inject({ method: 'GET', url: `/api/organisations/${org.id}`, headers: { cookie: province } })).json().name).toBe('Sở Tư pháp Hà Nội');
  });

  it('refuses a second entry for the same body of the same province, whatever its accents or case, and allows it elsewhere', async () => {
    const first = await post(province, { name: 'Sở Văn hóa, Thể thao và Du lịch', kind: 'department', provinceCode: '01' });
    expect(first.statusCode).toBe(201);
    const again = await post(province, { name: '  sở văn hoá,  thể thao và du LỊCH ', kind: 'department', provinceCode: '01' });
    expect(again.statusCode).toBe(409);
    expect(again.json().errors[0]).toMatchObject({ path: 'name' });
    expect(again.json().detail).toContain('Sở Văn hóa, Thể thao và Du lịch');
    expect((await post(admin, { name: 'Sở Văn hóa, Thể thao và Du lịch', kind: 'department', provinceCode: '79' })).statusCode).toBe(201);
    // Renaming another body into the same name is refused too; keeping one's own name is not.
    const other = (await post(province, { name: 'Sở Khoa học và Công nghệ', kind: 'department', provinceCode: '01' })).json();
    const rename = (name: string) =>
      t.app.inject({ method: 'PUT', url: `/api/organisations/${other.id}`, headers: { cookie: province }, payload: { name, kind: 'department', provinceCode: '01', version: other.version } });
    expect((await rename('Sở Văn hóa, Thể thao và Du lịch')).statusCode).toBe(409);
    expect((await rename('Sở Khoa học và Công nghệ')).statusCode).toBe(200);
  });

  it('refuses a parent that would close a loop', async () => {
    const a = (await post(province, { name: 'Cơ quan A', kind: 'department', provinceCode: '01' })).json();
    const b = (await post(province, { name: 'Cơ quan B', kind: 'department', provinceCode: '01', parentId: a.id })).json();
    const loop = await t.app.inject({
      method: 'PUT',
      url: `/api/organisations/${a.id}`,
      headers: { cookie: province },
      payload: { name: 'Cơ quan A', kind: 'department', provinceCode: '01', parentId: b.id, version: a.version },
    });
    expect(loop.statusCode).toBe(400);
    expect(loop.json().errors[0].path).toBe('parentId');
  });

  it('refuses to delete a body that still has units under it', async () => {
    const parent = (await post(province, { name: 'UBND thành phố Hà Nội', shortName: 'UBND', kind: 'peoples_committee', provinceCode: '01' })).json();
    await post(province, { name: 'Văn phòng UBND thành phố', kind: 'department', provinceCode: '01', parentId: parent.id });
    const res = await t.app.inject({ method: 'DELETE', url: `/api/organisations/${parent.id}`, headers: { cookie: province } });
    expect(res.statusCode).toBe(409);
  });
});
