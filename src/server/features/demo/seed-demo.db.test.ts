import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedInAs, type TestApp } from '../../test-support/test-app.js';
import { seedDemo } from './seed-demo.js';
import type { Actor } from '../auth/actor.js';
import { indicatorAggregates, indicatorReportEvents, indicatorReports, indicatorValues } from '../indicators/tables.js';
import { conferenceOutcomes } from '../conferences/tables.js';
import { followupItems } from '../followup/tables.js';
import { workingVisits } from '../working-visits/tables.js';

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
  let first: Awaited<ReturnType<typeof seedDemo>>;
  beforeAll(async () => {
    t = await createTestApp();
    cookie = (await signedInAs(t, 'national_officer')).cookie;
  });
  afterAll(() => t.close());

  const list = async (query: string) => (await t.app.inject({ method: 'GET', url: `/api/conferences?${query}`, headers: { cookie } })).json();

  it('loads the five conferences once, and a second run duplicates nothing', async () => {
    first = await seedDemo(t.database.db, actor);
    expect(first).toMatchObject({ created: 5, skipped: 0 });
    expect(first.indicatorReports.created).toBeGreaterThan(30);
    const again = await seedDemo(t.database.db, actor);
    expect(again).toEqual({
      created: 0,
      skipped: 5,
      indicatorReports: { created: 0, skipped: first.indicatorReports.created },
      followup: { conferenceItems: 0, visits: 0, sampleItems: 0 },
    });
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

  it('files the articles’ figures as approved reports of their old provinces, rolled up into the new ones', async () => {
    const db = t.database.db;
    // Hậu Giang (93) reported 2023 before it merged into Cần Thơ (92).
    const [report] = await db.select().from(indicatorReports).where(and(eq(indicatorReports.unitCode, '93'), eq(indicatorReports.period, '2023')));
    expect(report).toMatchObject({ unitKind: 'legacy_province', provinceCode: '92', status: 'approved' });
    const [exported] = await db.select().from(indicatorValues).where(and(eq(indicatorValues.reportId, report!.id), eq(indicatorValues.indicatorCode, 'VL_XKLD')));
    expect(exported).toMatchObject({ value: '651', target: '547' });
    const events = await db.select().from(indicatorReportEvents).where(eq(indicatorReportEvents.reportId, report!.id));
    expect(events.map((e) => [e.action, e.actorName])).toEqual([['approved', 'Dữ liệu mẫu']]);
    const aggregate = async (province: string, period: string, indicator: string) =>
      (await db.select().from(indicatorAggregates).where(and(eq(indicatorAggregates.stage, 'approved'), eq(indicatorAggregates.provinceCode, province), eq(indicatorAggregates.period, period), eq(indicatorAggregates.indicatorCode, indicator))))[0];
    expect(await aggregate('92', '2023', 'VL_GQVL')).toMatchObject({ reports: 1 });
    expect(Number((await aggregate('92', '2023', 'VL_GQVL'))!.value)).toBe(17670);
    // Bắc Kạn's 5-month figures under Thái Nguyên, the poverty rate of Hòa Bình under Phú Thọ.
    expect(Number((await aggregate('19', '2023-YTD05', 'ASXH_BHXH_BB_TL'))!.value)).toBe(97);
    expect(Number((await aggregate('25', '2023', 'GN_HO_NGHEO_TL'))!.value)).toBe(9.2);
  });

  it('adds illustrative figures whose merged provinces add up, and a ratio recomputed from its parts', async () => {
    const db = t.database.db;
    // Cần Thơ 2024 is reported by its three old provinces; from 2025-07 by itself.
    const parts = await db.select().from(indicatorReports).where(and(eq(indicatorReports.provinceCode, '92'), eq(indicatorReports.period, '2024')));
    expect(parts.map((p) => p.unitKind)).toEqual(['legacy_province', 'legacy_province', 'legacy_province']);
    const values = await db.select().from(indicatorValues).where(eq(indicatorValues.indicatorCode, 'GN_HO_NGHEO_TL'));
    const ofParts = values.filter((v) => parts.some((p) => p.id === v.reportId));
    expect(ofParts.every((v) => v.comment?.includes('minh họa'))).toBe(true);
    const [rolled] = await db.select().from(indicatorAggregates).where(and(eq(indicatorAggregates.stage, 'approved'), eq(indicatorAggregates.provinceCode, '92'), eq(indicatorAggregates.period, '2024'), eq(indicatorAggregates.indicatorCode, 'GN_HO_NGHEO_TL')));
    const sum = (k: 'numerator' | 'denominator') => ofParts.reduce((s, v) => s + Number(v[k]), 0);
    expect(Number(rolled!.value)).toBeCloseTo((sum('numerator') / sum('denominator')) * 100, 6);
    const [current] = await db.select().from(indicatorReports).where(and(eq(indicatorReports.provinceCode, '92'), eq(indicatorReports.period, '2025')));
    expect(current).toMatchObject({ unitKind: 'province', unitCode: '92' });
  });

  it('tracks every direction and limitation of the seed conferences, the Bình Định working visit and the sample UPR items', async () => {
    const outcomes = await t.database.db.select({ id: conferenceOutcomes.id }).from(conferenceOutcomes);
    expect(first.followup).toEqual({ conferenceItems: outcomes.length, visits: 1, sampleItems: 8 });
    const tracked = await t.database.db.select({ outcome: followupItems.conferenceOutcomeId, province: followupItems.provinceCode }).from(followupItems).where(eq(followupItems.kind, 'conference'));
    expect(new Set(tracked.map((r) => r.outcome))).toEqual(new Set(outcomes.map((o) => o.id)));
    expect(tracked.every((r) => r.province !== null)).toBe(true);
    const [visit] = await t.database.db.select().from(workingVisits);
    // Bình Định merged into Gia Lai on 1 July 2025: the visit rolls up to the current province.
    const [police] = await t.database.db.select().from(followupItems).where(eq(followupItems.visitId, visit!.id));
    expect(police).toMatchObject({ kind: 'visit', nature: 'recommendation', provinceCode: visit!.provinceCode, itemDate: '2023-04-20' });
    const samples = await t.database.db.select().from(followupItems).where(eq(followupItems.sample, true));
    const parents = samples.filter((s) => s.parentId === null);
    expect(parents).toHaveLength(8);
    expect(parents.every((p) => p.kind === 'upr' && p.uprCycle === 4 && p.provinceCode === null)).toBe(true);
    // The first sample is assigned to the five seed provinces: one copy each.
    expect(samples.filter((s) => s.parentId === parents.find((p) => p.reference === 'Mẫu UPR IV – 01')!.id)).toHaveLength(5);
  });

  it("shows a sample item's linked poverty rate from the approved figures, and a closed copy with its note", async () => {
    const items = (await t.app.inject({ method: 'GET', url: `/api/followup-items?q=${encodeURIComponent('Mau UPR IV 01')}&provinceCode=25`, headers: { cookie } })).json();
    expect(items.total).toBe(1);
    const detail = (await t.app.inject({ method: 'GET', url: `/api/followup-items/${items.items[0].id}`, headers: { cookie } })).json();
    expect(detail.status).toBe('in_progress');
    const figure = detail.timeline.flatMap((e: { figures: unknown[] }) => e.figures)[0];
    // Phú Thọ's 2023 poverty rate is Hòa Bình's approved 9,2% (seed article 004), rolled up.
    expect(figure).toMatchObject({ indicatorCode: 'GN_HO_NGHEO_TL', period: '2023', provinceCode: '25', actual: 9.2, approved: true });
    const closed = (await t.app.inject({ method: 'GET', url: `/api/followup-items?status=done&q=${encodeURIComponent('Mau UPR IV 02')}`, headers: { cookie } })).json();
    expect(closed.items.map((i: { provinceName: string }) => i.provinceName)).toEqual(['Thái Nguyên']);
  });
});
