import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConferenceStats } from '../../../shared/api/conference-stats.js';
import type { ConferenceInput } from '../../../shared/api/conferences.js';
import { createTestApp, signedInAs, type TestApp } from '../../test-support/test-app.js';
import { STATS_SHEETS } from './stats-xlsx.js';

/**
 * Unknown is not zero. In 2021:
 * - Cao Bằng (04): A, in person, March, nothing recorded; B, online, March, one connection point
 *   whose attendance was not recorded either — both unknown;
 * - Thái Nguyên (19): C, online, April, 3.000 recorded; D, hybrid, April, no total but points
 *   recording 80 + 40; E, in person, April, nothing recorded.
 * In 2020 a single Cao Bằng conference with nothing recorded.
 */
describe('conference statistics when no delegate figure was recorded', () => {
  let t: TestApp;
  let admin: string;

  const post = async (payload: Partial<ConferenceInput>) => {
    const body = { title: 'Hội nghị tập huấn công tác nhân quyền', level: 'provincial', status: 'held', ...payload } as ConferenceInput;
    const res = await t.app.inject({ method: 'POST', url: '/api/conferences', headers: { cookie: admin }, payload: body });
    if (res.statusCode !== 201) throw new Error(`create failed: ${res.statusCode} ${res.body}`);
  };
  const stats = async (query = ''): Promise<ConferenceStats> => {
    const res = await t.app.inject({ method: 'GET', url: `/api/conference-stats${query}`, headers: { cookie: admin } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const provinceRow = (s: ConferenceStats, code: string) => s.byProvince.find((p) => p.code === code)!;

  beforeAll(async () => {
    t = await createTestApp();
    admin = (await signedInAs(t, 'national_admin')).cookie;
    await post({ provinceCode: '04', startDate: '2021-03-10', format: 'in_person' });
    await post({
      provinceCode: '04',
      startDate: '2021-03-20',
      format: 'online',
      connectionPoints: [{ name: 'Điểm cầu xã Thục Phán', level: 'commune', provinceCode: '04', communeCode: '01273' }],
    });
    await post({ provinceCode: '19', startDate: '2021-04-05', format: 'online', participantsActual: 3000 });
    await post({
      provinceCode: '19',
      startDate: '2021-04-15',
      format: 'hybrid',
      connectionPoints: [
        { name: 'Điểm cầu xã Đức Xuân', level: 'commune', provinceCode: '19', communeCode: '01840', actualAttendance: 80 },
        { name: 'Điểm cầu phường Bắc Kạn', level: 'commune', provinceCode: '19', communeCode: '01843', actualAttendance: 40 },
      ],
    });
    await post({ provinceCode: '19', startDate: '2021-04-20', format: 'in_person' });
    await post({ provinceCode: '04', startDate: '2020-06-01', format: 'in_person' });
  });
  afterAll(() => t.close());

  it('gives a group where nobody recorded a figure null delegates, not 0, and counts its conferences as unrecorded', async () => {
    const s = await stats('?year=2021');
    expect(provinceRow(s, '04')).toMatchObject({ conferences: 2, delegates: null, delegatesUnrecorded: 2 });
    expect(s.byMonth[2]).toEqual({ month: 3, conferences: 2, delegates: null, delegatesUnrecorded: 2 });
    expect(s.byFormat.find((f) => f.format === 'in_person')).toEqual({ format: 'in_person', conferences: 2, delegates: null, delegatesUnrecorded: 2 });
    const all2020 = await stats('?year=2020');
    expect(all2020.totals).toMatchObject({ conferences: 1, delegates: null, delegatesUnrecorded: 1 });
    expect(all2020.central).toEqual({ conferences: 0, delegates: 0, delegatesUnrecorded: 0, connectionPoints: 0 });
  });

  it('sums the known figures of a mixed group and says how many conferences had none', async () => {
    const s = await stats('?year=2021');
    expect(s.totals).toMatchObject({ conferences: 5, delegates: 3120, delegatesUnrecorded: 3 });
    expect(provinceRow(s, '19')).toMatchObject({ conferences: 3, delegates: 3120, delegatesUnrecorded: 1 });
    expect(s.byMonth[3]).toEqual({ month: 4, conferences: 3, delegates: 3120, delegatesUnrecorded: 1 });
    expect(s.byFormat.find((f) => f.format === 'online')).toEqual({ format: 'online', conferences: 2, delegates: 3000, delegatesUnrecorded: 1 });
    expect(s.byFormat.find((f) => f.format === 'hybrid')).toEqual({ format: 'hybrid', conferences: 1, delegates: 120, delegatesUnrecorded: 0 });
    expect(s.byLevel.find((l) => l.level === 'provincial')).toEqual({ level: 'provincial', conferences: 5, delegates: 3120, delegatesUnrecorded: 3 });
    expect(s.byYear).toEqual([
      { year: 2020, conferences: 1, delegates: null, delegatesUnrecorded: 1 },
      { year: 2021, conferences: 5, delegates: 3120, delegatesUnrecorded: 3 },
    ]);
  });

  it('keeps a group without any conference at 0: nothing held is known to be nobody', async () => {
    const s = await stats('?year=2021');
    expect(s.byMonth[4]).toEqual({ month: 5, conferences: 0, delegates: 0, delegatesUnrecorded: 0 });
    expect(provinceRow(s, '79')).toMatchObject({ conferences: 0, delegates: 0, delegatesUnrecorded: 0 });
  });

  it('documents delegates as nullable in the generated OpenAPI, with the count of conferences left out', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json', headers: { cookie: admin } });
    expect(res.statusCode).toBe(200);
    const text = JSON.stringify(res.json().components.schemas.ConferenceStats);
    expect(text).toContain('delegatesUnrecorded');
    expect(text).toContain('chưa ghi, không phải 0');
    const totals = res.json().components.schemas.ConferenceStats.properties.totals;
    const delegates = JSON.stringify(totals.properties?.delegates ?? totals);
    expect(delegates).toMatch(/"null"|nullable/);
  });

  it('leaves the delegates cell empty in the workbook, as a number cell, and says so in the notes', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/conference-stats/export.xlsx?year=2021', headers: { cookie: admin } });
    expect(res.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);

    const provinces = workbook.getWorksheet(STATS_SHEETS.province)!;
    const headers = (provinces.getRow(1).values as unknown[]).slice(1);
    const delegatesCol = headers.indexOf('Lượt đại biểu') + 1;
    const unrecordedCol = headers.indexOf('Hội nghị chưa ghi số đại biểu') + 1;
    expect(delegatesCol).toBeGreaterThan(0);
    expect(unrecordedCol).toBeGreaterThan(0);
    const rowOf = (code: string) => {
      let found: ExcelJS.Row | undefined;
      provinces.eachRow((row) => {
        if (row.getCell(2).value === code) found = row;
      });
      return found!;
    };
    const caoBang = rowOf('04');
    expect(caoBang.getCell(delegatesCol).value).toBeNull();
    expect(caoBang.getCell(delegatesCol).numFmt).toBe('#,##0');
    expect(caoBang.getCell(unrecordedCol).value).toBe(2);
    expect(rowOf('19').getCell(delegatesCol).value).toBe(3120);
    expect(rowOf('79').getCell(delegatesCol).value).toBe(0);

    const months = workbook.getWorksheet(STATS_SHEETS.month)!;
    expect(months.getRow(4).getCell(3).value).toBeNull();
    expect(months.getRow(4).getCell(3).numFmt).toBe('#,##0');
    expect(months.getRow(4).getCell(4).value).toBe(2);

    const years = workbook.getWorksheet(STATS_SHEETS.year)!;
    expect((years.getRow(2).values as unknown[]).slice(1)).toEqual([2020, 1, undefined, 1]);

    const notes = workbook.getWorksheet(STATS_SHEETS.notes)!;
    const text = (notes.getColumn(1).values as unknown[]).filter((v) => typeof v === 'string').join('\n');
    expect(text).toContain('Ô trống: chưa ghi số đại biểu');
  });
});
