import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedInAs, type TestApp } from '../../test-support/test-app.js';
import { conferences } from '../conferences/tables.js';
import { indicatorReports, indicatorValues } from '../indicators/tables.js';
import { intakeDocuments, reportedFigures } from '../intake/tables.js';
import { insertIntakeDocument } from '../intake/testing.js';
import { insertTestCatalogue, insertTestForm } from './testing.js';

const article = 'Năm 2024, tỉnh đã giải quyết việc làm cho 17.670 lao động, đạt 117,8% chỉ tiêu. Tỷ lệ tham gia bảo hiểm xã hội bắt buộc đạt 97%.';

describe('figures captured by document intake', () => {
  let t: TestApp;
  let hanoi: string;
  let documentId: string;
  let jobsFigure: string;
  let formId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.database.db;
    await insertTestCatalogue(db);
    formId = (await insertTestForm(db, 'province', 'year')).id;
    hanoi = (await signedInAs(t, 'provincial_secretariat', '01')).cookie;
    documentId = (await insertIntakeDocument(db, { provinceCode: '01', text: article })).id;
    const start = article.indexOf('17.670');
    const rows = await db
      .insert(reportedFigures)
      .values([
        { documentId, provinceCode: '01', position: 0, label: 'giải quyết việc làm cho lao động', value: 17670, unit: 'người', target: 15000, period: '2024', evidence: { value: { spans: [{ start, end: start + 6 }], rule: 'figure.count' } } },
        { documentId, provinceCode: '01', position: 1, label: 'tỷ lệ tham gia bảo hiểm xã hội bắt buộc', value: 97, unit: '%', period: '2024', evidence: {} },
      ])
      .returning({ id: reportedFigures.id });
    jobsFigure = rows[0]!.id;
  });
  afterAll(() => t.close());

  const list = () => t.app.inject({ method: 'GET', url: `/api/indicator-transfer/figures?documentId=${documentId}`, headers: { cookie: hanoi } });

  it('lists a document’s figures with the indicator each most likely is and the sentence it came from', async () => {
    const res = await list();
    expect(res.statusCode).toBe(200);
    const items = res.json().items;
    expect(items.map((f: { suggestion: { indicatorCode: string } | null }) => f.suggestion?.indicatorCode)).toEqual(['TX_JOBS', 'TX_BHXH']);
    expect(items[0].quote).toBe('Năm 2024, tỉnh đã giải quyết việc làm cho 17.670 lao động, đạt 117,8% chỉ tiêu.');
  });

  it('sends mapped figures into the province’s draft of the period, each value keeping its article as source', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/indicator-transfer/figures/send',
      headers: { cookie: hanoi },
      payload: { formId, period: '2024', mappings: [{ figureId: jobsFigure, indicatorCode: 'TX_JOBS' }] },
    });
    expect(res.statusCode, res.body).toBe(200);
    // 2024 is before 1 July 2025: Hà Nội's figures go into the report of Hà Nội as it was then.
    expect(res.json()).toMatchObject({ fileKind: 'intake', values: 1, reports: [{ unitKind: 'legacy_province', unitCode: '01', period: '2024', created: true }] });
    const [value] = await t.database.db.select().from(indicatorValues).where(eq(indicatorValues.reportId, res.json().reports[0].reportId));
    expect(Number(value!.value)).toBe(17670);
    expect(Number(value!.target)).toBe(15000);
    expect(value!.source).toMatchObject({ kind: 'intake', documentId, figureId: jobsFigure, evidence: { value: { rule: 'figure.count' } } });
    const again = (await list()).json().items[0];
    expect(again.sentTo).toEqual([{ reportId: res.json().reports[0].reportId, indicatorCode: 'TX_JOBS', period: '2024' }]);
  });

  it('refuses a figure mapped to an indicator outside the form, and hides another province’s figures', async () => {
    const form = await insertTestForm(t.database.db, 'province', 'year', ['TX_BHXH']);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/indicator-transfer/figures/send',
      headers: { cookie: hanoi },
      payload: { formId: form.id, period: '2024', mappings: [{ figureId: jobsFigure, indicatorCode: 'TX_JOBS' }] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ path: 'mappings.0.indicatorCode' });
    const hcm = (await signedInAs(t, 'provincial_secretariat', '79')).cookie;
    expect((await t.app.inject({ method: 'GET', url: `/api/indicator-transfer/figures?documentId=${documentId}`, headers: { cookie: hcm } })).statusCode).toBe(404);
  });

  it('lists the documents with figures the person may read, searched without tone marks, another province’s hidden', async () => {
    const sources = (cookie: string, q = '') => t.app.inject({ method: 'GET', url: `/api/indicator-transfer/figure-sources${q ? `?q=${encodeURIComponent(q)}` : ''}`, headers: { cookie } });
    const own = await sources(hanoi);
    expect(own.statusCode).toBe(200);
    expect(own.json()).toEqual({
      total: 1,
      items: [{ documentId, documentName: 'bai-bao.txt', eventDate: null, conferenceId: null, conferenceTitle: null, provinceCode: '01', provinceName: 'Hà Nội', figures: 2 }],
    });
    expect((await sources(hanoi, 'ha noi')).json().total).toBe(1);
    expect((await sources(hanoi, 'BAI BAO')).json().total).toBe(1);
    expect((await sources(hanoi, 'hue')).json()).toEqual({ total: 0, items: [] });
    const hcm = (await signedInAs(t, 'provincial_secretariat', '79')).cookie;
    expect((await sources(hcm)).json()).toEqual({ total: 0, items: [] });
    const admin = (await signedInAs(t, 'national_admin', null)).cookie;
    expect((await sources(admin)).json().items.map((i: { documentId: string }) => i.documentId)).toContain(documentId);
    // Figures go into a province's report: a viewer reports for none and is refused.
    const viewer = (await signedInAs(t, 'viewer', '01')).cookie;
    expect((await sources(viewer)).statusCode).toBe(403);
  });
});

describe('figures of a conference held in an old province before 1 July 2025', () => {
  let t: TestApp;
  let giaLai: string;
  let formId: string;
  let binhDinhFigure: string;
  let giaLaiFigure: string;
  let hcmFigure: string;
  const send = (cookie: string, figureId: string, period: string, extra: Record<string, unknown> = {}) =>
    t.app.inject({
      method: 'POST',
      url: '/api/indicator-transfer/figures/send',
      headers: { cookie },
      payload: { formId, period, mappings: [{ figureId, indicatorCode: 'TX_JOBS' }], ...extra },
    });
  const reportsOfForm = () => t.database.db.select().from(indicatorReports).where(eq(indicatorReports.formId, formId));

  /** A document of the province with one figure for 2024, of a conference when one is given. */
  async function figureOf(provinceCode: string, conferenceId: string | null) {
    const db = t.database.db;
    const { id: documentId } = await insertIntakeDocument(db, { provinceCode, text: article });
    if (conferenceId) await db.update(intakeDocuments).set({ conferenceId }).where(eq(intakeDocuments.id, documentId));
    const [figure] = await db
      .insert(reportedFigures)
      .values({ documentId, conferenceId, provinceCode, label: 'giải quyết việc làm cho lao động', value: 17670, unit: 'người', period: '2024', evidence: {} })
      .returning({ id: reportedFigures.id });
    return { documentId, figureId: figure!.id };
  }

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.database.db;
    await insertTestCatalogue(db);
    formId = (await insertTestForm(db, 'province', 'year')).id;
    giaLai = (await signedInAs(t, 'provincial_secretariat', '52')).cookie;
    // Bình Định (old code 52) merged with the old Gia Lai (64) into Gia Lai (current code 52).
    const [conference] = await db
      .insert(conferences)
      .values({ title: 'Hội nghị tập huấn nhân quyền tỉnh Bình Định', level: 'provincial', provinceCode: '52', legacyProvinceCode: '52', startDate: '2024-05-20', status: 'held', searchKey: 'hoi nghi binh dinh' })
      .returning({ id: conferences.id });
    binhDinhFigure = (await figureOf('52', conference!.id)).figureId;
    giaLaiFigure = (await figureOf('52', null)).figureId;
    hcmFigure = (await figureOf('79', null)).figureId;
  });
  afterAll(() => t.close());

  it('lists each figure with the old province it was reported under: its conference’s, unknown when the province was formed from several', async () => {
    const items = (await t.app.inject({ method: 'GET', url: `/api/indicator-transfer/figures?documentId=${(await figureOf('52', null)).documentId}`, headers: { cookie: giaLai } })).json().items;
    expect(items[0]).toMatchObject({ provinceCode: '52', provinceName: 'Tỉnh Gia Lai', legacyProvinceCode: null, legacyProvinceName: null });
    const [conference] = await t.database.db.select({ id: conferences.id }).from(conferences);
    const ofConference = (await t.app.inject({ method: 'GET', url: `/api/indicator-transfer/figures?conferenceId=${conference!.id}`, headers: { cookie: giaLai } })).json().items;
    expect(ofConference[0]).toMatchObject({ provinceCode: '52', legacyProvinceCode: '52', legacyProvinceName: 'Tỉnh Bình Định' });
  });

  it('sends a 2024 figure into the 2024 report of the old province Bình Định, not refused and not into Gia Lai’s', async () => {
    const res = await send(giaLai, binhDinhFigure, '2024');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().reports).toMatchObject([{ unitKind: 'legacy_province', unitCode: '52', unitName: 'Tỉnh Bình Định', period: '2024' }]);
    expect(await reportsOfForm()).toMatchObject([{ unitKind: 'legacy_province', unitCode: '52', provinceCode: '52', period: '2024' }]);
  });

  it('sends the same figure for a period after the merger into the current province Gia Lai', async () => {
    const res = await send(giaLai, binhDinhFigure, '2025');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().reports).toMatchObject([{ unitKind: 'province', unitCode: '52', unitName: 'Tỉnh Gia Lai', period: '2025' }]);
  });

  it('asks which old province when the figure’s is unknown, and sends into the one chosen', async () => {
    const unknown = await send(giaLai, giaLaiFigure, '2024');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([{ path: 'unitCode', message: expect.stringContaining('hãy chọn tỉnh cũ') }]);
    const chosen = await send(giaLai, giaLaiFigure, '2024', { unitKind: 'legacy_province', unitCode: '64' });
    expect(chosen.statusCode, chosen.body).toBe(200);
    expect(chosen.json().reports).toMatchObject([{ unitKind: 'legacy_province', unitCode: '64', unitName: 'Tỉnh Gia Lai', period: '2024' }]);
  });

  it('refuses a user of another province: Gia Lai’s figures are not theirs, and neither are Gia Lai’s old provinces', async () => {
    const before = (await reportsOfForm()).length;
    const hcm = (await signedInAs(t, 'provincial_secretariat', '79')).cookie;
    const notVisible = await send(hcm, binhDinhFigure, '2024');
    expect(notVisible.statusCode).toBe(400);
    expect(notVisible.json().errors).toEqual([{ path: 'mappings.0.figureId', message: 'Số liệu không tồn tại hoặc bạn không có quyền xem.' }]);
    const intoBinhDinh = await send(hcm, hcmFigure, '2024', { unitKind: 'legacy_province', unitCode: '52' });
    expect(intoBinhDinh.statusCode).toBe(403);
    expect(intoBinhDinh.json().detail).toBe('Bạn chỉ báo cáo được số liệu của các đơn vị thuộc tỉnh mình.');
    expect((await reportsOfForm()).length).toBe(before);
  });
});
