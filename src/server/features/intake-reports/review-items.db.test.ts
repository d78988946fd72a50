import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedInAs, type TestApp } from '../../test-support/test-app.js';
import { followupItems } from '../followup/tables.js';
import { bacNinhReport, uprList } from './sample-reports.js';

type Proposed = { key: string; text: string; nature: 'limitation' | 'direction' };

/** What the reviewer sets on each proposed follow-up item of a report: its kind and its due date, checked on the server. */
describe('kind and due date of the items a report proposes', () => {
  let t: TestApp;
  let bacNinh: string;
  let officer: string;

  beforeAll(async () => {
    t = await createTestApp();
    bacNinh = (await signedInAs(t, 'provincial_secretariat', '24')).cookie;
    officer = (await signedInAs(t, 'national_officer')).cookie;
  });
  afterAll(() => t.close());

  /** Bắc Ninh's six-month report (period from 01/01/2026, dated 12/06/2026), under a number of its own. */
  const uploaded = async (number: string) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/intake-reports/documents',
      headers: { cookie: bacNinh, 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(`bao-cao-${number}.txt`) },
      payload: Buffer.from(bacNinhReport.replace('47/BC-BCĐ', number)),
    });
    expect(res.statusCode, res.body).toBe(201);
    const doc = (await t.app.inject({ method: 'GET', url: `/api/intake-reports/documents/${res.json().id}`, headers: { cookie: bacNinh } })).json();
    return doc as { id: string; version: number; proposal: { followups: Proposed[] } };
  };
  const save = (id: string, version: number, followups: object[]) =>
    t.app.inject({ method: 'POST', url: `/api/intake-reports/documents/${id}/save-report`, headers: { cookie: bacNinh }, payload: { version, figures: [], followups } });
  const itemCount = async () => (await t.database.db.select({ id: followupItems.id }).from(followupItems)).length;

  it('refuses a due date before the report’s period, before the report’s date, or not in the calendar, saying why in Vietnamese and saving nothing', async () => {
    const doc = await uploaded('60/BC-BCĐ');
    const [first] = doc.proposal.followups;
    const item = (dueDate: string) => ({ key: first!.key, text: first!.text, nature: first!.nature, dueDate });
    const before = await itemCount();

    const early = await save(doc.id, doc.version, [item('2025-12-31')]);
    expect(early.statusCode).toBe(400);
    expect(early.headers['content-type']).toContain('application/problem+json');
    expect(early.json().errors).toEqual([{ path: 'followups.0.dueDate', message: 'Hạn hoàn thành 31/12/2025 trước ngày đầu kỳ báo cáo (01/01/2026).' }]);

    const beforeReport = await save(doc.id, doc.version, [item('2026-03-01')]);
    expect(beforeReport.statusCode).toBe(400);
    expect(beforeReport.json().errors).toEqual([{ path: 'followups.0.dueDate', message: 'Hạn hoàn thành 01/03/2026 trước ngày giao việc (12/06/2026, ngày của báo cáo).' }]);

    const unreal = await save(doc.id, doc.version, [item('2026-02-30')]);
    expect(unreal.statusCode).toBe(400);
    expect(JSON.stringify(unreal.json())).toContain('có thật trong lịch');

    const wrongKind = await save(doc.id, doc.version, [{ ...item('2026-12-31'), kind: 'upr' }]);
    expect(wrongKind.statusCode).toBe(400);
    expect(JSON.stringify(wrongKind.json())).toContain('Loại việc theo dõi chỉ là nhiệm vụ kế hoạch, hội nghị hoặc đoàn công tác');

    expect(await itemCount()).toBe(before);
  });

  it('saves each item under the kind chosen, with its due date, and the follow-up list reads them back', async () => {
    const doc = await uploaded('61/BC-BCĐ');
    const limitation = doc.proposal.followups.find((f) => f.nature === 'limitation')!;
    const direction = doc.proposal.followups.find((f) => f.nature === 'direction')!;
    const res = await save(doc.id, doc.version, [
      // A limitation the reviewer files as a task of the plan, due on the period's first day after the report.
      { key: limitation.key, text: limitation.text, nature: 'limitation', kind: 'plan', dueDate: '2026-06-12' },
      // A direction as a working visit's recommendation, with no due date.
      { key: direction.key, text: direction.text, nature: 'direction', kind: 'visit', dueDate: null },
    ]);
    expect(res.statusCode, res.body).toBe(200);
    const [planId, visitId] = res.json().itemIds as string[];
    const read = async (id: string) => (await t.app.inject({ method: 'GET', url: `/api/followup-items/${id}`, headers: { cookie: bacNinh } })).json();
    expect(await read(planId!)).toMatchObject({ kind: 'plan', nature: 'limitation', dueDate: '2026-06-12', itemDate: '2026-06-12', planNumber: '61/BC-BCĐ', provinceCode: '24' });
    expect(await read(visitId!)).toMatchObject({ kind: 'visit', nature: 'recommendation', dueDate: null, planNumber: null, reference: expect.stringContaining('Báo cáo số 61/BC-BCĐ') });
  });

  it('saves a list’s paragraphs under the kind chosen for each (a UPR recommendation with its States and paragraph, or a visit’s), with their due dates', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/intake-reports/documents',
      headers: { cookie: officer, 'content-type': 'application/octet-stream', 'x-file-name': 'khuyen-nghi.txt' },
      payload: Buffer.from(uprList),
    });
    const doc = (await t.app.inject({ method: 'GET', url: `/api/intake-reports/documents/${res.json().id}`, headers: { cookie: officer } })).json();
    const url = `/api/intake-reports/documents/${doc.id}/save-recommendations`;
    const post = (details: object[]) => t.app.inject({ method: 'POST', url, headers: { cookie: officer }, payload: { version: doc.version, uprCycle: 4, itemDate: '2024-09-26', rows: [1, 2], details } });
    const before = await itemCount();

    // A treaty body's recommendation needs its treaty, which a UPR list does not give; a due date cannot come before the item date.
    const treaty = await post([{ row: 1, kind: 'treaty' }]);
    expect(treaty.statusCode).toBe(400);
    expect(treaty.json().detail).toContain('Chọn công ước của khuyến nghị');
    const early = await post([{ row: 2, kind: 'visit', dueDate: '2024-09-25' }]);
    expect(early.statusCode).toBe(400);
    expect(early.json().errors).toContainEqual({ path: 'rows.2.dueDate', message: 'Hạn hoàn thành không được trước ngày giao việc.' });
    expect((await post([{ row: 1, kind: 'plan' }])).statusCode).toBe(400);
    expect(await itemCount()).toBe(before);

    const saved = await post([
      { row: 1, dueDate: '2025-06-30' },
      { row: 2, kind: 'visit', dueDate: '2025-12-31' },
    ]);
    expect(saved.statusCode, saved.body).toBe(200);
    const [uprId, visitId] = saved.json().itemIds as string[];
    const read = async (id: string) => (await t.app.inject({ method: 'GET', url: `/api/followup-items/${id}`, headers: { cookie: officer } })).json();
    expect(await read(uprId!)).toMatchObject({ kind: 'upr', uprCycle: 4, paragraph: '45.1', recommendingStates: ["Lao People's Democratic Republic"], reference: 'UPR IV 45.1', dueDate: '2025-06-30' });
    expect(await read(visitId!)).toMatchObject({ kind: 'visit', nature: 'recommendation', uprCycle: null, reference: null, paragraph: '45.2', recommendingStates: expect.arrayContaining(['Indonesia']), dueDate: '2025-12-31' });
  });
});
