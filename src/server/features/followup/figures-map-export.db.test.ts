import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshProvinceAggregates } from '../indicators/aggregates.js';
import { insertForm, insertIndicators, insertReport } from '../indicator-reports/testing.js';
import { FOLLOWUP_HEADERS } from './export-xlsx.js';
import { createRouteFixture, dayFromToday, type RouteFixture } from './route-fixture.js';
import { insertFollowupItem } from './testing.js';

let f: RouteFixture;
beforeAll(async () => {
  f = await createRouteFixture();
});
afterAll(() => f.t.close());

describe('figures linked to progress', () => {
  it('shows the province’s approved figure with target, % of plan and change on last year; nothing from reports not yet approved', async () => {
    const db = f.t.database.db;
    await insertIndicators(db, [{ code: 'FU.JOBS', nameVi: 'Số lao động được giải quyết việc làm', unit: 'người' }]);
    const form = await insertForm(db, { unitKind: 'province', frequency: 'quarter', indicators: [{ code: 'FU.JOBS' }] });
    const report = async (provinceCode: string, period: string, status: string, value: number, target: number | null = null) => {
      await insertReport(db, { formId: form, unitKind: 'province', unitCode: provinceCode, provinceCode, period, status, values: [{ indicatorCode: 'FU.JOBS', value, target }] });
      await refreshProvinceAggregates(db, provinceCode, period);
    };
    await report('01', '2024-Q2', 'approved', 120, 100);
    await report('01', '2023-Q2', 'approved', 100);
    await report('01', '2024-Q3', 'submitted', 999, 100);
    await report('79', '2024-Q2', 'approved', 30, 50);
    const links = { indicators: [{ indicatorCode: 'FU.JOBS', period: '2024-Q2' }, { indicatorCode: 'FU.JOBS', period: '2024-Q3' }] };
    const hanoi = await insertFollowupItem(db, { kind: 'plan', provinceCode: '01', itemDate: '2024-01-01' });
    const res = await f.call('sec01', 'POST', `/followup-items/${hanoi.id}/progress`, { entryDate: '2024-07-15', text: 'Giải quyết việc làm cho 120 lao động', ...links });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().timeline.at(-1).figures).toEqual([
      { indicatorCode: 'FU.JOBS', indicatorName: 'Số lao động được giải quyết việc làm', unit: 'người', decimals: 0, period: '2024-Q2', provinceCode: '01', actual: 120, target: 100, percentOfPlan: 120, previous: 100, change: 20, approved: true },
      { indicatorCode: 'FU.JOBS', indicatorName: 'Số lao động được giải quyết việc làm', unit: 'người', decimals: 0, period: '2024-Q3', provinceCode: '01', actual: null, target: null, percentOfPlan: null, previous: null, change: null, approved: false },
    ]);
    const national = await insertFollowupItem(db, { itemDate: '2024-01-01' });
    const nat = await f.call('officer', 'POST', `/followup-items/${national.id}/progress`, { entryDate: '2024-07-15', text: 'Tổng hợp của các tỉnh', ...links });
    expect(nat.json().timeline.at(-1).figures[0]).toMatchObject({ provinceCode: null, actual: 150, target: 150, percentOfPlan: 100, previous: 100, change: 50, approved: true });
  });
});

describe('the national map', () => {
  it('counts each province’s items by status and overdue in one row per province; a province sees its own row', async () => {
    const db = f.t.database.db;
    await insertFollowupItem(db, { kind: 'treaty', provinceCode: '04', status: 'done', closingNote: 'Xong' });
    await insertFollowupItem(db, { kind: 'treaty', provinceCode: '04', dueDate: dayFromToday(-2), itemDate: dayFromToday(-20) });
    await insertFollowupItem(db, { kind: 'treaty', provinceCode: '04', status: 'in_progress' });
    await insertFollowupItem(db, { kind: 'treaty', provinceCode: '04', status: 'not_done', closingNote: 'Không còn đối tượng' });
    await insertFollowupItem(db, { kind: 'treaty' });
    const all = await f.call('officer', 'GET', '/followup-map?kind=treaty');
    expect(all.statusCode, all.body).toBe(200);
    expect(all.json().rows).toHaveLength(34);
    expect(all.json().rows.find((r: { provinceCode: string }) => r.provinceCode === '04')).toEqual({
      provinceCode: '04', provinceName: 'Cao Bằng', total: 4, done: 1, notDone: 1, inProgress: 1, notStarted: 1, overdue: 1, shareDone: 25,
    });
    expect(all.json().rows.find((r: { provinceCode: string }) => r.provinceCode === '01')).toMatchObject({ total: 0, shareDone: null });
    expect(all.json().rows.reduce((n: number, r: { total: number }) => n + r.total, 0)).toBe(4);
    const own = await f.call('sec01', 'GET', '/followup-map');
    expect(own.json().rows.map((r: { provinceCode: string }) => r.provinceCode)).toEqual(['01']);
    expect(own.json().rows[0].total).toBeGreaterThan(0);
  });
});

describe('the Excel export', () => {
  it('holds every item of the filters the reader may read, with Vietnamese headers, dates and statuses', async () => {
    const db = f.t.database.db;
    await insertFollowupItem(db, { kind: 'visit', nature: 'recommendation', reference: 'ĐCT-01', provinceCode: '01', itemDate: '2023-04-20', dueDate: '2023-10-31', leadOrganisationId: f.orgs.justice01 });
    await insertFollowupItem(db, { kind: 'visit', reference: 'ĐCT-79', provinceCode: '79', status: 'done', closingNote: 'Xong' });
    const res = await f.call('sec01', 'GET', '/followup-items.xlsx?kind=visit');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual(FOLLOWUP_HEADERS);
    expect(sheet.rowCount).toBe(4);
    const row = sheet.getRow(4);
    expect([row.getCell(2).value, row.getCell(3).value, row.getCell(4).value, row.getCell(6).value, row.getCell(7).value, row.getCell(10).value, row.getCell(11).value]).toEqual([
      'ĐCT-01', 'Đoàn công tác', 'Kiến nghị', 'Sở Tư pháp thành phố Hà Nội', 'Hà Nội', 'Chưa thực hiện', 'Quá hạn',
    ]);
    expect(row.getCell(9).value).toEqual(new Date('2023-10-31T00:00:00Z'));
    expect(row.getCell(9).numFmt).toBe('dd/mm/yyyy');
    const national = await f.call('officer', 'GET', '/followup-items.xlsx?kind=visit&status=done');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(national.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.getRow(4).getCell(10).value).toBe('Đã hoàn thành');
  });
});
