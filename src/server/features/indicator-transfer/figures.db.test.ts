import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedInAs, type TestApp } from '../../test-support/test-app.js';
import { indicatorValues } from '../indicators/tables.js';
import { reportedFigures } from '../intake/tables.js';
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

  it('sends mapped figures into the province’s draft, each value keeping its article as source', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/indicator-transfer/figures/send',
      headers: { cookie: hanoi },
      payload: { formId, period: '2024', mappings: [{ figureId: jobsFigure, indicatorCode: 'TX_JOBS' }] },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ fileKind: 'intake', values: 1, reports: [{ unitKind: 'province', unitCode: '01', period: '2024', created: true }] });
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
