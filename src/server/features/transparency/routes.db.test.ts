import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/query-rows.js';
import { createTestApp, signedInAs, type TestApp } from '../../test-support/test-app.js';
import { seeded, seedProvinceYear } from '../provincial-reports/testing.js';

const GIA_LAI = '52';
const OTHER = '04';

describe('public transparency page', () => {
  let t: TestApp;
  let admin: string;
  let secretariat: string;
  let secretariatElsewhere: string;
  let officer: string;
  beforeAll(async () => {
    t = await createTestApp();
    await seedProvinceYear(t.database.db, GIA_LAI, OTHER);
    admin = (await signedInAs(t, 'national_admin')).cookie;
    officer = (await signedInAs(t, 'national_officer')).cookie;
    secretariat = (await signedInAs(t, 'provincial_secretariat', GIA_LAI)).cookie;
    secretariatElsewhere = (await signedInAs(t, 'provincial_secretariat', OTHER)).cookie;
  });
  afterAll(() => t.close());

  const anonymous = (url: string) => t.app.inject({ method: 'GET', url });
  const publish = (code: string, published: unknown, cookie: string) =>
    t.app.inject({ method: 'PUT', url: `/api/transparency/settings/${code}`, headers: { cookie }, payload: { published } });

  it('shows nothing before the province opts in', async () => {
    expect((await anonymous('/api/public/provinces')).json()).toEqual({ items: [] });
    const page = await anonymous(`/api/public/provinces/${GIA_LAI}`);
    expect(page.statusCode).toBe(404);
    expect(page.body).not.toContain(seeded.openText);
    const settings = await t.app.inject({ method: 'GET', url: '/api/transparency/settings', headers: { cookie: secretariat } });
    expect(settings.json().items).toEqual([
      { provinceCode: GIA_LAI, provinceName: 'Gia Lai', published: false, updatedAt: null, publicPath: `/public/${GIA_LAI}`, refusal: null },
    ]);
  });

  it('publishes on the province’s choice, audited, and answers without a session or a cookie', async () => {
    const res = await publish(GIA_LAI, true, secretariat);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ provinceCode: GIA_LAI, published: true });
    const [audit] = await queryRows<{ action: string; entity_id: string }>(t.database.db, sql`select action, entity_id from audit_log where entity_type = 'public_page'`);
    expect(audit).toEqual({ action: 'publish', entity_id: GIA_LAI });

    const list = await anonymous('/api/public/provinces');
    expect(list.statusCode).toBe(200);
    expect(list.headers['set-cookie']).toBeUndefined();
    expect(list.json().items).toMatchObject([{ code: GIA_LAI, name: 'Gia Lai' }]);

    const page = await anonymous(`/api/public/provinces/${GIA_LAI}`);
    expect(page.statusCode).toBe(200);
    expect(page.headers['set-cookie']).toBeUndefined();
    const body = page.json();
    // Approved figures only: 2024 and 2023 of the approved indicator, with the target and % of plan.
    expect(body.indicators).toEqual([
      {
        code: seeded.approvedIndicator,
        name: 'Số hộ nghèo được hỗ trợ nhà ở',
        unit: 'hộ',
        decimals: 0,
        figures: [
          { period: '2024', periodLabel: 'Năm 2024', value: 1250, target: 1000, percentOfPlan: 125 },
          { period: '2023', periodLabel: 'Năm 2023', value: 1000, target: null, percentOfPlan: null },
        ],
      },
    ]);
    // Trainings held: counts per year, titles and dates.
    expect(body.trainings.byYear).toEqual([
      { year: 2024, conferences: 1, connectionPoints: 2 },
      { year: 2023, conferences: 1, connectionPoints: 0 },
    ]);
    expect(body.trainings.recent.map((c: { title: string }) => c.title)).toEqual([seeded.conferenceTitle, 'Hội nghị tập huấn năm 2023']);
    // Follow-up: counts and items with reference, text, status; the demo item is left out.
    expect(body.followup.counts).toEqual({ total: 4, notStarted: 0, inProgress: 2, done: 1, notDone: 1, overdue: 2 });
    expect(body.followup.items).toContainEqual({ reference: 'KH 12 nhiệm vụ 1', kind: 'plan', text: seeded.openText, status: 'in_progress', dueDate: '2024-06-30', overdue: true });
    // Never a person, a comment, a progress or closing note, an unapproved figure or sample data.
    for (const secret of [
      seeded.participantName,
      seeded.progressNote,
      seeded.closingNote,
      seeded.notDoneReason,
      seeded.draftIndicator,
      '98765',
      seeded.sampleText,
      seeded.otherProvinceText,
      'Bình luận riêng của học viên',
      'Sở Tư pháp tỉnh Gia Lai',
      '@test.vn',
      'Người Thử Nghiệm',
    ]) {
      expect(page.body).not.toContain(secret);
    }
    // Another province has not opted in.
    expect((await anonymous(`/api/public/provinces/${OTHER}`)).statusCode).toBe(404);
  });

  it('hides the page again when withdrawn', async () => {
    expect((await publish(GIA_LAI, false, admin)).json()).toMatchObject({ published: false });
    expect((await anonymous(`/api/public/provinces/${GIA_LAI}`)).statusCode).toBe(404);
    expect((await anonymous('/api/public/provinces')).json()).toEqual({ items: [] });
    const actions = await queryRows<{ action: string }>(t.database.db, sql`select action from audit_log where entity_type = 'public_page' order by id`);
    expect(actions.map((a) => a.action)).toEqual(['publish', 'withdraw']);
  });

  it('lets only the national administrator and the province’s own secretariat switch it', async () => {
    expect((await publish(GIA_LAI, true, secretariatElsewhere)).statusCode).toBe(404);
    expect((await publish(GIA_LAI, true, officer)).statusCode).toBe(403);
    expect((await anonymous(`/api/public/provinces/${GIA_LAI}`)).statusCode).toBe(404);
    const officerView = await t.app.inject({ method: 'GET', url: '/api/transparency/settings', headers: { cookie: officer } });
    expect(officerView.json().items).toHaveLength(34);
    expect(officerView.json().items[0].refusal).toContain('Chỉ quản trị hệ thống');
    const bad = await publish(GIA_LAI, 'có', admin);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].message).toBe('Chọn công khai hoặc không công khai');
    expect((await anonymous(`/api/public/provinces/${GIA_LAI}`)).statusCode).toBe(404);
    expect((await publish('99', true, admin)).statusCode).toBe(404);
  });
});
