import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedInAs, type TestApp } from '../../test-support/test-app.js';
import { followupItems } from '../followup/tables.js';
import { indicatorReports, indicatorValues } from '../indicators/tables.js';
import { installStarterCatalogue } from '../indicators/starter-catalogue.js';
import { bacNinhReport, binhDinhReport, trainingArticle, uprList, visitConclusions } from './sample-reports.js';
import { reportDocx, scannedPdf } from './testing.js';
import { intakeReportDocuments } from './tables.js';

type Figure = { key: string; label: string; value: number; target: number | null; indicatorCode: string | null; warning: string | null; evidence: { kind: string; quote: string } };

describe('intake of provincial reports and recommendation lists', () => {
  let t: TestApp;
  let bacNinh: string;
  let hanoi: string;
  let viewer: string;
  let officer: string;

  beforeAll(async () => {
    t = await createTestApp();
    await installStarterCatalogue(t.database.db);
    bacNinh = (await signedInAs(t, 'provincial_secretariat', '24')).cookie;
    hanoi = (await signedInAs(t, 'provincial_secretariat', '01')).cookie;
    viewer = (await signedInAs(t, 'viewer', '24')).cookie;
    officer = (await signedInAs(t, 'national_officer')).cookie;
  });
  afterAll(() => t.close());

  const upload = (cookie: string, bytes: Buffer | Uint8Array, fileName: string) =>
    t.app.inject({ method: 'POST', url: '/api/intake-reports/documents', headers: { cookie, 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(fileName) }, payload: Buffer.from(bytes) });
  const get = (cookie: string, id: string) => t.app.inject({ method: 'GET', url: `/api/intake-reports/documents/${id}`, headers: { cookie } });
  const post = (cookie: string, url: string, payload: object) => t.app.inject({ method: 'POST', url, headers: { cookie }, payload });
  const counts = async () => ({
    values: (await t.database.db.select().from(indicatorValues)).length,
    reports: (await t.database.db.select().from(indicatorReports)).length,
    items: (await t.database.db.select().from(followupItems)).length,
  });

  /** The figures a reviewer would tick: those with an indicator and no warning. */
  const ticked = (figures: Figure[]) => figures.filter((f) => f.indicatorCode && !f.warning).map((f) => ({ key: f.key, indicatorCode: f.indicatorCode!, value: f.value, target: f.target }));

  it('recognises a Word report with a table, proposes catalogue indicators with the cell or sentence as evidence, and saves the reviewed figures and follow-up items together', async () => {
    const res = await upload(bacNinh, await reportDocx(bacNinhReport), 'bao-cao-6-thang.docx');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ documentKind: 'provincial_report', fileKind: 'docx', provinceCode: '24', period: '2026-YTD06', status: 'ready' });
    const doc = (await get(bacNinh, res.json().id)).json();
    expect(doc.target).toMatchObject({ formCode: 'TINH_6T', reportId: null, refusal: null });
    const figures = doc.proposal.figures as Figure[];
    const jobs = figures.find((f) => f.indicatorCode === 'VL_GQVL' && !f.warning)!;
    expect(jobs).toMatchObject({ value: 7215, target: 12000, evidence: { kind: 'table', quote: 'Số lao động được giải quyết việc làm (người) Thực hiện 6 tháng: 7.215' } });
    // The same figure in the text is proposed too, but not pre-ticked twice.
    expect(figures.some((f) => f.evidence.kind === 'text' && f.value === 7215 && f.warning?.includes('đã có số liệu'))).toBe(true);
    expect(figures.find((f) => f.indicatorCode === 'ASXH_BHXH_BB_TL' && !f.warning)).toMatchObject({ value: 96.4 });
    expect(doc.proposal.followups).toHaveLength(6);

    const choice = ticked(figures);
    // The reviewer files the second limitation as a task of the plan; the others keep the kind their nature proposes.
    const followups = (doc.proposal.followups as { key: string; text: string; nature: string }[])
      .slice(0, 3)
      .map((f, i) => ({ key: f.key, text: f.text, nature: f.nature, dueDate: '2026-12-31', ...(i === 1 ? { kind: 'plan' } : {}) }));
    const saved = await post(bacNinh, `/api/intake-reports/documents/${doc.id}/save-report`, { version: doc.version, figures: choice, followups });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ values: choice.length, itemIds: expect.any(Array) });
    expect(saved.json().itemIds).toHaveLength(3);

    const [report] = await t.database.db.select().from(indicatorReports).where(eq(indicatorReports.id, saved.json().reportId));
    expect(report).toMatchObject({ unitKind: 'province', unitCode: '24', period: '2026-YTD06', status: 'draft' });
    const values = await t.database.db.select().from(indicatorValues).where(eq(indicatorValues.reportId, report!.id));
    const jobsValue = values.find((v) => v.indicatorCode === 'VL_GQVL')!;
    expect([Number(jobsValue.value), Number(jobsValue.target)]).toEqual([7215, 12000]);
    expect(jobsValue.source).toMatchObject({ kind: 'intake-report', documentId: doc.id, evidence: { kind: 'table', table: 1, column: 5 } });
    const items = await t.database.db.select().from(followupItems).where(eq(followupItems.provinceCode, '24'));
    expect(items.map((i) => [i.nature, i.kind, i.planNumber, i.dueDate])).toEqual([
      ['limitation', 'conference', null, '2026-12-31'],
      ['limitation', 'plan', '47/BC-BCĐ', '2026-12-31'],
      ['direction', 'plan', '47/BC-BCĐ', '2026-12-31'],
    ]);
    expect((await get(bacNinh, doc.id)).json()).toMatchObject({ status: 'saved', savedReportId: report!.id });

    // The same report uploaded again: its figures update the draft, its items are not repeated.
    const again = (await get(bacNinh, (await upload(bacNinh, await reportDocx(bacNinhReport), 'bao-cao-6-thang (1).docx')).json().id)).json();
    expect(again.target).toMatchObject({ reportId: report!.id, status: 'draft', refusal: null });
    const twice = await post(bacNinh, `/api/intake-reports/documents/${again.id}/save-report`, { version: again.version, figures: ticked(again.proposal.figures), followups });
    expect(twice.json()).toMatchObject({ reportId: report!.id, itemIds: [], skipped: 3 });
    expect(await t.database.db.select().from(followupItems).where(eq(followupItems.provinceCode, '24'))).toHaveLength(3);
  });

  it('refuses another province’s secretariat: it cannot see the document, nor save into a unit it does not report for', async () => {
    const res = await upload(hanoi, await reportDocx(bacNinhReport.replace('47/BC-BCĐ', '48/BC-BCĐ')), 'bac-ninh-gui-nham.docx');
    expect(res.statusCode).toBe(201);
    const doc = (await get(hanoi, res.json().id)).json();
    expect(doc.target.refusal).toBe('Bạn chỉ báo cáo được số liệu của các đơn vị thuộc tỉnh mình.');
    expect(doc.followupRefusal).toBe('Bạn chỉ quản lý được việc theo dõi của tỉnh mình.');
    const before = await counts();
    const saved = await post(hanoi, `/api/intake-reports/documents/${doc.id}/save-report`, { version: doc.version, figures: ticked(doc.proposal.figures), followups: [] });
    expect(saved.statusCode).toBe(403);
    expect(saved.headers['content-type']).toContain('application/problem+json');
    expect(saved.json().detail).toBe('Bạn chỉ báo cáo được số liệu của các đơn vị thuộc tỉnh mình.');
    const items = await post(hanoi, `/api/intake-reports/documents/${doc.id}/save-report`, { version: doc.version, figures: [], followups: [{ key: 'p1', text: doc.proposal.followups[0].text, nature: 'limitation' }] });
    expect(items.statusCode).toBe(403);
    expect(await counts()).toEqual(before);
    // Bắc Ninh sees the report about its province (uploaded elsewhere); a viewer may not review at all.
    expect((await get(bacNinh, doc.id)).statusCode).toBe(200);
    expect((await get(viewer, doc.id)).statusCode).toBe(403);
    const other = await upload(bacNinh, Buffer.from(binhDinhReport), 'binh-dinh.txt');
    expect((await get(hanoi, other.json().id)).statusCode).toBe(404);
  });

  it('refuses to write into a submitted report with a Vietnamese problem, saving nothing (not even the follow-up items)', async () => {
    const res = await upload(bacNinh, await reportDocx(bacNinhReport.replace('47/BC-BCĐ', '49/BC-BCĐ')), 'bao-cao-lan-2.docx');
    const doc = (await get(bacNinh, res.json().id)).json();
    await t.database.db.update(indicatorReports).set({ status: 'submitted' }).where(eq(indicatorReports.unitCode, '24'));
    expect((await get(bacNinh, doc.id)).json().target).toMatchObject({ status: 'submitted', refusal: expect.stringContaining('đã nộp') });
    const before = await counts();
    const saved = await post(bacNinh, `/api/intake-reports/documents/${doc.id}/save-report`, {
      version: doc.version,
      figures: ticked(doc.proposal.figures),
      followups: [{ key: 'p1', text: doc.proposal.followups[0].text, nature: 'limitation', dueDate: null }],
    });
    expect(saved.statusCode).toBe(409);
    expect(saved.json()).toMatchObject({ title: 'Xung đột dữ liệu', detail: expect.stringContaining('đã nộp; chỉ nhập được vào báo cáo đang soạn hoặc bị trả lại') });
    expect(await counts()).toEqual(before);
    expect((await get(bacNinh, doc.id)).json().status).toBe('ready');
    await t.database.db.update(indicatorReports).set({ status: 'draft' }).where(eq(indicatorReports.unitCode, '24'));
  });

  it('refuses a value its indicator cannot take and a figure that is not in the proposal, naming each', async () => {
    const res = await upload(bacNinh, Buffer.from(bacNinhReport.replace('47/BC-BCĐ', '50/BC-BCĐ')), 'bao-cao.txt');
    const doc = (await get(bacNinh, res.json().id)).json();
    const before = await counts();
    const saved = await post(bacNinh, `/api/intake-reports/documents/${doc.id}/save-report`, {
      version: doc.version,
      figures: [
        { key: doc.proposal.figures[0].key, indicatorCode: 'ASXH_BHXH_BB_TL', value: 140, target: null },
        { key: 'zz', indicatorCode: 'VL_GQVL', value: 5, target: null },
      ],
    });
    expect(saved.statusCode).toBe(400);
    expect(saved.json().errors.map((e: { path: string }) => e.path)).toEqual(['figures.0.value', 'figures.1.key']);
    expect(await counts()).toEqual(before);
  });

  it('files an old province’s year report under the old province, in the province it merged into for follow-up', async () => {
    const gialai = (await signedInAs(t, 'provincial_secretariat', '52')).cookie;
    const res = await upload(gialai, Buffer.from(binhDinhReport), 'binh-dinh-2024.txt');
    const doc = (await get(gialai, res.json().id)).json();
    expect(doc.proposal).toMatchObject({ unitKind: 'legacy_province', provinceCode: '52', currentProvinceCode: '52', period: '2024' });
    expect(doc.target).toMatchObject({ formCode: 'TINH_NAM', refusal: null });
    const saved = await post(gialai, `/api/intake-reports/documents/${doc.id}/save-report`, { version: doc.version, figures: ticked(doc.proposal.figures), followups: [] });
    expect(saved.statusCode, saved.body).toBe(200);
    const [report] = await t.database.db.select().from(indicatorReports).where(eq(indicatorReports.id, saved.json().reportId));
    expect(report).toMatchObject({ unitKind: 'legacy_province', unitCode: '52', period: '2024' });
  });

  it('recognises a list of recommendations and saves the chosen paragraphs as items with their States and paragraph numbers', async () => {
    const res = await upload(officer, await reportDocx(uprList), 'khuyen-nghi-upr.docx');
    expect(res.json()).toMatchObject({ documentKind: 'recommendation_list' });
    const doc = (await get(officer, res.json().id)).json();
    expect(doc.proposal.uprCycle).toBe(4);
    const saved = await post(officer, `/api/intake-reports/documents/${doc.id}/save-recommendations`, { version: doc.version, uprCycle: 4, itemDate: '2024-09-26', rows: [1, 2] });
    expect(saved.statusCode, saved.body).toBe(200);
    const items = await t.database.db.select().from(followupItems).where(eq(followupItems.kind, 'upr'));
    expect(items.map((i) => [i.paragraph, i.recommendingStates, i.reference, i.provinceCode])).toEqual([
      ['45.1', ["Lao People's Democratic Republic"], 'UPR IV 45.1', null],
      ['45.2', expect.arrayContaining(['Indonesia']), 'UPR IV 45.2', null],
    ]);
    const again = await post(officer, `/api/intake-reports/documents/${doc.id}/save-recommendations`, { version: doc.version, uprCycle: 4, itemDate: '2024-09-26', rows: [3] });
    expect(again.statusCode).toBe(409);
  });

  it('saves a working visit’s conclusions as the visit’s recommendations of the province', async () => {
    const res = await upload(bacNinh, Buffer.from(visitConclusions), 'ket-luan-doan-cong-tac.txt');
    const doc = (await get(bacNinh, res.json().id)).json();
    const saved = await post(bacNinh, `/api/intake-reports/documents/${doc.id}/save-recommendations`, { version: doc.version, uprCycle: null, itemDate: '2026-11-20', rows: [1, 2] });
    expect(saved.statusCode, saved.body).toBe(200);
    const items = await t.database.db.select().from(followupItems).where(eq(followupItems.kind, 'visit'));
    expect(items.map((i) => [i.nature, i.provinceCode, i.paragraph, i.itemDate])).toEqual([
      ['recommendation', '24', '1', '2026-11-20'],
      ['recommendation', '24', '2', '2026-11-20'],
    ]);
  });

  it('says what an article is and where it belongs, and refuses a scanned PDF naming its pages', async () => {
    const res = await upload(bacNinh, Buffer.from(trainingArticle), 'bai-bao.txt');
    const doc = (await get(bacNinh, res.json().id)).json();
    expect(doc.proposal.documentKind).toBe('article');
    expect(doc.proposal.warnings.join(' ')).toContain('không phải báo cáo của tỉnh');
    const scan = await upload(bacNinh, scannedPdf(3), 'ban-scan.pdf');
    expect(scan.statusCode).toBe(422);
    expect(scan.json().detail).toBe('Tệp PDF có 3 trang nhưng không trang nào có lớp chữ (bản scan hoặc ảnh chụp): hệ thống không đọc được chữ trong ảnh. Hãy gửi bản .docx hoặc PDF xuất từ Word.');
    expect((await t.database.db.select().from(intakeReportDocuments).where(eq(intakeReportDocuments.fileName, 'ban-scan.pdf'))).length).toBe(0);
  });
});

