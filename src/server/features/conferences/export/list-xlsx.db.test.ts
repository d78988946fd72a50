import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../auth/actor.js';
import { AppError } from '../../../errors.js';
import { createTestApp, signedInAs, type TestApp } from '../../../test-support/test-app.js';
import { LIST_HEADERS, LIST_SHEET, SUMMARY_SHEET, XLSX_CONTENT_TYPE } from './list-xlsx.js';
import { exportConferenceList } from './service.js';
import { createCaoBangConference, createConferenceViaApi } from './testing.js';

const HEADER_ROW = 3;

async function readWorkbook(body: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const list = workbook.getWorksheet(LIST_SHEET)!;
  const summary = workbook.getWorksheet(SUMMARY_SHEET)!;
  const dataRows: ExcelJS.Row[] = [];
  list.eachRow((row, n) => {
    if (n > HEADER_ROW) dataRows.push(row);
  });
  return { workbook, list, summary, dataRows };
}

const column = (name: string) => LIST_HEADERS.indexOf(name as (typeof LIST_HEADERS)[number]) + 1;

describe('GET /api/conferences/export.xlsx', () => {
  let t: TestApp;
  let admin: string;
  const exportAs = (cookie: string, query = '') => t.app.inject({ method: 'GET', url: `/api/conferences/export.xlsx${query}`, headers: { cookie } });
  const listTotal = async (cookie: string, query = '') =>
    (await t.app.inject({ method: 'GET', url: `/api/conferences${query}`, headers: { cookie } })).json().total as number;

  beforeAll(async () => {
    t = await createTestApp();
    admin = (await signedInAs(t, 'national_admin')).cookie;
    await createCaoBangConference(t, admin);
    // Bắc Kạn (06) merged into Thái Nguyên (19) on 01/07/2025: recorded under the old province.
    await createConferenceViaApi(t, admin, {
      title: 'Hội nghị tập huấn công tác nhân quyền năm 2023 tỉnh Bắc Kạn',
      level: 'provincial',
      legacyProvinceCode: '06',
      startDate: '2023-06-13',
      status: 'held',
      format: 'online',
      participantsActual: 120,
      participantsQualifier: 'about',
    });
    await createConferenceViaApi(t, admin, {
      title: 'Hội nghị tập huấn nhân quyền cấp cơ sở tỉnh Thái Nguyên',
      level: 'provincial',
      provinceCode: '19',
      startDate: '2025-09-20',
      status: 'held',
      format: 'in_person',
      participantsActual: 95,
    });
    await createConferenceViaApi(t, admin, {
      title: 'Hội nghị tập huấn công tác nhân quyền Thành phố Hồ Chí Minh',
      level: 'provincial',
      provinceCode: '79',
      startDate: '2024-05-10',
      status: 'held',
      participantsActual: 250,
    });
    // More than one page of the list (20 by default): the export must hold them all.
    for (let i = 1; i <= 22; i++) {
      await createConferenceViaApi(t, admin, {
        title: `Hội nghị tập huấn toàn quốc đợt ${i}`,
        level: 'national',
        startDate: `2024-${String((i % 12) + 1).padStart(2, '0')}-0${(i % 9) + 1}`,
        status: 'held',
        participantsActual: 1000 + i,
      });
    }
  });
  afterAll(() => t.close());

  it('answers an Excel file with every matching conference, not one page', async () => {
    const res = await exportAs(admin);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX_CONTENT_TYPE);
    expect(String(res.headers['content-disposition'])).toMatch(/^attachment; filename="hoi-nghi-tap-huan-\d{2}-\d{2}-\d{4}\.xlsx"; filename\*=UTF-8''H%E1%BB%99i/);
    const { workbook, dataRows } = await readWorkbook(res.rawPayload);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([LIST_SHEET, SUMMARY_SHEET]);
    const total = await listTotal(admin);
    expect(total).toBe(26);
    expect(dataRows).toHaveLength(total);
    expect(dataRows.map((r) => r.getCell(1).value)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
  });

  it('has a title, a line of filters and export time, then a bold, filled, frozen, filtered header', async () => {
    const { list } = await readWorkbook((await exportAs(admin, '?year=2023&sort=date_asc')).rawPayload);
    expect(list.getCell('A1').value).toBe('Danh sách hội nghị tập huấn công tác nhân quyền');
    expect(String(list.getCell('A2').value)).toMatch(
      /^Bộ lọc: Năm: 2023\. Sắp xếp: ngày cũ nhất trước\. Xuất lúc: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}\. Tổng số: 2 hội nghị\.$/,
    );
    const header = list.getRow(HEADER_ROW);
    expect(LIST_HEADERS.map((_, i) => header.getCell(i + 1).value)).toEqual([
      'STT',
      'Ngày',
      'Tên hội nghị',
      'Tỉnh',
      'Tỉnh cũ',
      'Cấp',
      'Hình thức',
      'Trạng thái',
      'Số đại biểu',
      'Ghi chú số liệu',
      'Số điểm cầu',
      'Chủ đề',
      'Đơn vị tổ chức',
    ]);
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(header.getCell(1).fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    expect(list.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW });
    expect(list.autoFilter).toBeTruthy();
    expect(list.getColumn(column('Tên hội nghị')).width).toBeGreaterThanOrEqual(40);
  });

  it('writes real dates and numbers, the qualifier in its own column, and Vietnamese labels', async () => {
    const { dataRows } = await readWorkbook((await exportAs(admin, '?year=2023&sort=date_asc')).rawPayload);
    const [bacKan, caoBang] = dataRows;
    const date = caoBang!.getCell(column('Ngày'));
    expect(date.value).toBeInstanceOf(Date);
    expect((date.value as Date).toISOString()).toBe('2023-08-17T00:00:00.000Z');
    expect(date.numFmt).toBe('dd/mm/yyyy');
    expect(caoBang!.getCell(column('Số đại biểu')).value).toBe(3000);
    expect(caoBang!.getCell(column('Số đại biểu')).numFmt).toBe('#,##0');
    expect(caoBang!.getCell(column('Ghi chú số liệu')).value).toBe('hơn');
    expect(caoBang!.getCell(column('Số điểm cầu')).value).toBe(172);
    expect(caoBang!.getCell(column('Cấp')).value).toBe('Cấp tỉnh');
    expect(caoBang!.getCell(column('Hình thức')).value).toBe('Trực tiếp kết hợp trực tuyến');
    expect(caoBang!.getCell(column('Trạng thái')).value).toBe('Đã tổ chức');
    expect(caoBang!.getCell(column('Chủ đề')).value).toBe('Tự do tín ngưỡng, tôn giáo; Quyền con người nói chung; Không gian mạng; Quyền dân sự, chính trị');
    expect(caoBang!.getCell(column('Đơn vị tổ chức')).value).toBe('BCĐNQ; VPTT');
    expect(bacKan!.getCell(column('Ghi chú số liệu')).value).toBe('khoảng');
    expect(bacKan!.getCell(column('Hình thức')).value).toBe('Trực tuyến');
  });

  it('applies the list filters: a current province includes the old provinces merged into it', async () => {
    const res = await exportAs(admin, '?province=19');
    const { list, summary, dataRows } = await readWorkbook(res.rawPayload);
    expect(dataRows).toHaveLength(await listTotal(admin, '?province=19'));
    expect(dataRows.map((r) => [r.getCell(column('Tỉnh')).value, r.getCell(column('Tỉnh cũ')).value])).toEqual([
      ['Thái Nguyên', null],
      ['Thái Nguyên', 'Bắc Kạn'],
    ]);
    expect(String(list.getCell('A2').value)).toContain('Tỉnh: Thái Nguyên (gồm cả hội nghị ghi theo tỉnh cũ đã hợp nhất)');
    expect(String(res.headers['content-disposition'])).toContain('filename="hoi-nghi-tap-huan-thai-nguyen-');
    // Tổng hợp: one province, two conferences, 95 + 120 participants.
    expect(summary.getRow(3).values).toEqual([undefined, 'STT', 'Tỉnh, thành phố', 'Số hội nghị', 'Tổng đại biểu', 'Số điểm cầu']);
    expect(summary.getRow(4).values).toEqual([undefined, 1, 'Thái Nguyên', 2, 215, 0]);
    expect(summary.getRow(5).getCell(4).value).toMatchObject({ formula: 'SUM(D4:D4)', result: 215 });
  });

  it('sums the whole list by province on the second sheet, national conferences first', async () => {
    const { summary } = await readWorkbook((await exportAs(admin)).rawPayload);
    const rows: unknown[][] = [];
    summary.eachRow((row, n) => {
      if (n > 3 && typeof row.getCell(1).value === 'number') rows.push((row.values as unknown[]).slice(1));
    });
    const nationalParticipants = Array.from({ length: 22 }, (_, i) => 1001 + i).reduce((a, b) => a + b, 0);
    expect(rows).toEqual([
      [1, 'Trung ương (toàn quốc)', 22, nationalParticipants, 0],
      [2, 'Cao Bằng', 1, 3000, 172],
      [3, 'Hồ Chí Minh', 1, 250, 0],
      [4, 'Thái Nguyên', 2, 215, 0],
    ]);
  });

  it("keeps another province's conferences out of a provincial account's export", async () => {
    const caoBangOfficer = (await signedInAs(t, 'provincial_secretariat', '04')).cookie;
    const { dataRows } = await readWorkbook((await exportAs(caoBangOfficer)).rawPayload);
    const provinces = new Set(dataRows.map((r) => r.getCell(column('Tỉnh')).value));
    expect([...provinces].sort()).toEqual(['Cao Bằng', 'Trung ương']);
    expect(dataRows).toHaveLength(await listTotal(caoBangOfficer));
  });

  it('rejects invalid filters with a problem document and anonymous callers with 401', async () => {
    const bad = await exportAs(admin, '?level=spaceship');
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect((await t.app.inject({ method: 'GET', url: '/api/conferences/export.xlsx' })).statusCode).toBe(401);
  });

  it('refuses, before sending anything, an export above the row cap', async () => {
    const actor: Actor = {
      id: '00000000-0000-0000-0000-000000000000',
      email: 'export@test.vn',
      fullName: 'Export',
      role: 'national_admin',
      provinceCode: null,
      organisationId: null,
      mustChangePassword: false,
    };
    const refused = exportConferenceList(t.database.db, actor, { sort: 'date_desc' }, { maxRows: 5 });
    await expect(refused).rejects.toBeInstanceOf(AppError);
    await expect(refused).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('hơn 5 hội nghị') });
    const allowed = await exportConferenceList(t.database.db, actor, { sort: 'date_desc', province: '19' }, { maxRows: 5 });
    expect(allowed.total).toBe(2);
    allowed.stream.resume();
  });
});
