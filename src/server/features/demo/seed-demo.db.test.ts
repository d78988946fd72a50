import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedInAs, type TestApp } from '../../test-support/test-app.js';
import { seedDemo } from './seed-demo.js';
import type { Actor } from '../auth/actor.js';

const actor: Actor = {
  id: '00000000-0000-0000-0000-000000000000',
  email: 'cli@rights-desk.local',
  fullName: 'CLI',
  role: 'national_admin',
  provinceCode: null,
  organisationId: null,
  mustChangePassword: false,
};

describe('demo data from the seed articles', () => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await createTestApp();
    cookie = (await signedInAs(t, 'national_officer')).cookie;
  });
  afterAll(() => t.close());

  const list = async (query: string) => (await t.app.inject({ method: 'GET', url: `/api/conferences?${query}`, headers: { cookie } })).json();

  it('loads the five conferences once, and a second run duplicates nothing', async () => {
    expect(await seedDemo(t.database.db, actor)).toEqual({ created: 5, skipped: 0 });
    expect(await seedDemo(t.database.db, actor)).toEqual({ created: 0, skipped: 5 });
    expect((await list('pageSize=50')).total).toBe(5);
    const orgs = (await t.app.inject({ method: 'GET', url: '/api/organisations?q=VPTT', headers: { cookie } })).json();
    expect(orgs.total).toBe(1);
  });

  it('keeps the old province and rolls it up to the new one', async () => {
    // Bắc Kạn merged into Thái Nguyên (19) on 1 July 2025.
    const thaiNguyen = await list('province=19');
    expect(thaiNguyen.items).toHaveLength(1);
    expect(thaiNguyen.items[0]).toMatchObject({ date: '2023-06-13', province: '19', legacyProvinceName: 'Bắc Kạn' });
  });

  it('finds conferences by diacritic-free search across titles and topics', async () => {
    const religion = await list(`q=${encodeURIComponent('tap huan ton giao')}`);
    expect(religion.items.map((i: { provinceName: string }) => i.provinceName).sort()).toEqual(['Cao Bằng', 'Phú Thọ']);
    const byTheme = await list('theme=ethnic_minorities');
    expect(byTheme.items.map((i: { legacyProvinceName: string }) => i.legacyProvinceName)).toEqual(['Bình Định']);
  });

  it('records limitations and directions as separate items, and the participants as the press wrote them', async () => {
    const [binhDinh] = (await list('year=2023&month=4')).items;
    const detail = (await t.app.inject({ method: 'GET', url: `/api/conferences/${binhDinh.id}`, headers: { cookie } })).json();
    expect(detail.participantsActual).toBe(120);
    expect(detail.participantsQualifier).toBe('about');
    expect(detail.outcomes.filter((o: { kind: string }) => o.kind === 'limitation')).toHaveLength(3);
    expect(detail.officials.find((o: { name: string }) => o.name === 'Nguyễn Văn Kỷ')).toMatchObject({ rank: 'Thiếu tướng' });
    expect(detail.materials).toEqual([expect.objectContaining({ kind: 'film' })]);
    expect(detail.organisers.map((o: { shortName: string }) => o.shortName)).toEqual(['BCĐNQ', 'VPTT']);
  });

  it('gives the Cao Bằng training the points the reports count, so the statistics show them', async () => {
    const [caoBang] = (await list('province=04')).items;
    expect(caoBang).toMatchObject({ provinceName: 'Cao Bằng', connectionPoints: 171 });
    const stats = (await t.app.inject({ method: 'GET', url: '/api/conference-stats?year=2023&province=04', headers: { cookie } })).json();
    expect(stats.totals).toMatchObject({ conferences: 1, connectionPoints: 171 });
  });
});
