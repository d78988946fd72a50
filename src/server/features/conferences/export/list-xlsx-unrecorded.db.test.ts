import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedInAs, type TestApp } from '../../../test-support/test-app.js';
import { LIST_HEADERS, LIST_SHEET, SUMMARY_SHEET } from './list-xlsx.js';
import { createConferenceViaApi } from './testing.js';

const column = (name: string) => LIST_HEADERS.indexOf(name as (typeof LIST_HEADERS)[number]) + 1;

/** Cao Bằng held two conferences in 2021 and recorded no delegates; Thái Nguyên one with 250 and one without. */
describe('conference list export when no delegate figure was recorded', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = (await signedInAs(t, 'national_admin')).cookie;
    const base = { title: 'Hội nghị tập huấn công tác nhân quyền', level: 'provincial', status: 'held' } as const;
    await createConferenceViaApi(t, admin, { ...base, provinceCode: '04', startDate: '2021-03-10' });
    await createConferenceViaApi(t, admin, { ...base, provinceCode: '04', startDate: '2021-03-11' });
    await createConferenceViaApi(t, admin, { ...base, provinceCode: '19', startDate: '2021-04-05', participantsActual: 250 });
    await createConferenceViaApi(t, admin, { ...base, provinceCode: '19', startDate: '2021-04-06' });
  });
  afterAll(() => t.close());

  async function exportWorkbook(query: string) {
    const res = await t.app.inject({ method: 'GET', url: `/api/conferences/export.xlsx${query}`, headers: { cookie: admin } });
    expect(res.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    return { list: workbook.getWorksheet(LIST_SHEET)!, summary: workbook.getWorksheet(SUMMARY_SHEET)! };
  }

  it('leaves the participants cell empty, as a number cell, where nothing was recorded', async () => {
    const { list } = await exportWorkbook('?year=2021&sort=date_asc');
    const first = list.getRow(4);
    expect(first.getCell(column('Tỉnh')).value).toBe('Cao Bằng');
    expect(first.getCell(column('Số đại biểu')).value).toBeNull();
    expect(first.getCell(column('Số đại biểu')).numFmt).toBe('#,##0');
    expect(list.getRow(6).getCell(column('Số đại biểu')).value).toBe(250);
  });

  it('sums the known figures per province, leaves a province without any empty, and says so in the note', async () => {
    const { summary } = await exportWorkbook('?year=2021');
    const rows: unknown[][] = [];
    summary.eachRow((row, n) => {
      if (n > 3 && typeof row.getCell(1).value === 'number') rows.push((row.values as unknown[]).slice(1));
    });
    expect(rows).toEqual([
      [1, 'Cao Bằng', 2, undefined, 0],
      [2, 'Thái Nguyên', 2, 250, 0],
    ]);
    expect(summary.getRow(4).getCell(4).numFmt).toBe('#,##0');
    expect(summary.getRow(6).getCell(4).value).toMatchObject({ formula: 'SUM(D4:D5)', result: 250 });
    const text: string[] = [];
    summary.eachRow((row) => row.eachCell((cell) => typeof cell.value === 'string' && text.push(cell.value)));
    expect(text.join('\n')).toContain('Ô trống: chưa ghi số đại biểu');
  });

  it('leaves the total empty when no province recorded a figure', async () => {
    const { summary } = await exportWorkbook('?year=2021&province=04');
    expect(summary.getRow(5).getCell(2).value).toBe('Tổng cộng');
    expect(summary.getRow(5).getCell(4).value).toBeNull();
  });
});
