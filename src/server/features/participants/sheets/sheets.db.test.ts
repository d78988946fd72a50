import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedInAs, type TestApp } from '../../../test-support/test-app.js';
import { docxText, readZipEntry } from '../../conferences/export/testing.js';
import { conferenceWithPoints, POINT_HOA_AN, POINT_MAIN } from '../testing.js';

/** The paper the registration desk prints: lists and sign-in sheets per connection point. */
describe('participant lists and sign-in sheets', () => {
  let t: TestApp;
  let admin: string;
  let conference: { id: string; connectionPoints: Array<{ id: string; name: string }> };

  beforeAll(async () => {
    t = await createTestApp();
    admin = (await signedInAs(t, 'national_admin')).cookie;
    conference = (await t.app.inject({ method: 'POST', url: '/api/conferences', headers: { cookie: admin }, payload: conferenceWithPoints() })).json();
    const main = conference.connectionPoints.find((p) => p.name === POINT_MAIN)!.id;
    const hoaAn = conference.connectionPoints.find((p) => p.name === POINT_HOA_AN)!.id;
    const people = [
      { fullName: 'Nông Văn Tuấn', agency: 'Sở Tư pháp', position: 'Phó Giám đốc', connectionPointId: main },
      { fullName: 'Hoàng Thị Bích', agency: 'Công an tỉnh Cao Bằng', position: 'Trưởng phòng', connectionPointId: main },
      { fullName: 'Lục Văn An', agency: 'UBND xã Hòa An', position: 'Chủ tịch', connectionPointId: hoaAn },
      { fullName: 'Đàm Thị Yến', agency: 'Hội Phụ nữ tỉnh', position: null, connectionPointId: null },
    ];
    for (const p of people) {
      const res = await t.app.inject({ method: 'POST', url: `/api/conferences/${conference.id}/participants`, headers: { cookie: admin }, payload: p });
      expect(res.statusCode).toBe(201);
    }
  });
  afterAll(() => t.close());

  const download = (query: string, cookie = admin) =>
    t.app.inject({ method: 'GET', url: `/api/conferences/${conference.id}/participants/sheets.${query}`, headers: { cookie } });

  it('prints one Word section per point, people ordered by given name, the conference and date on every page', async () => {
    const res = await download('docx?kind=signin');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('.docx');
    const text = docxText(readZipEntry(res.rawPayload, 'word/document.xml')!);
    expect(text.match(/DANH SÁCH ĐẠI BIỂU KÝ TÊN/g)).toHaveLength(3);
    expect(text).toContain(`Điểm cầu: ${POINT_MAIN}`);
    expect(text).toContain('Đại biểu chưa xếp điểm cầu');
    // Bích before Tuấn: Vietnamese lists order by the given name.
    expect(text.indexOf('Hoàng Thị Bích')).toBeLessThan(text.indexOf('Nông Văn Tuấn'));
    expect(text).toContain('Công an tỉnh Cao Bằng — Trưởng phòng');
    const header = readZipEntry(res.rawPayload, 'word/header1.xml')!;
    expect(docxText(header)).toContain('Hội nghị tập huấn công tác nhân quyền năm 2024 — ngày 13/06/2024');
    expect(readZipEntry(res.rawPayload, 'word/document.xml')).toContain('w:tblHeader');
  });

  it('gives one point alone, or those not assigned to one', async () => {
    const hoaAn = conference.connectionPoints.find((p) => p.name === POINT_HOA_AN)!.id;
    const one = docxText(readZipEntry((await download(`docx?kind=list&point=${hoaAn}`)).rawPayload, 'word/document.xml')!);
    expect(one).toContain('Lục Văn An');
    expect(one).not.toContain('Nông Văn Tuấn');
    expect(one).toContain('Tổng số: 1 đại biểu.');
    const unassigned = docxText(readZipEntry((await download('docx?point=unassigned')).rawPayload, 'word/document.xml')!);
    expect(unassigned).toContain('Đàm Thị Yến');
    expect(unassigned).not.toContain('Lục Văn An');
  });

  it('prints an Excel sheet per point on A4, with the header row repeated and the conference in the printed header', async () => {
    const res = await download('xlsx?kind=list');
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([POINT_MAIN.slice(0, 28).trim(), POINT_HOA_AN, 'Chưa xếp điểm cầu']);
    const main = book.worksheets[0]!;
    expect(main.pageSetup.paperSize).toBe(9);
    expect(main.pageSetup.printTitlesRow).toBe('4:4');
    expect(main.headerFooter.oddHeader).toContain('ngày 13/06/2024');
    expect(main.getRow(5).getCell(2).value).toBe('Hoàng Thị Bích');
    expect(main.getRow(6).getCell(2).value).toBe('Nông Văn Tuấn');
  });

  it('refuses a point of another conference, and hides another province’s roster', async () => {
    const bad = await download('docx?point=00000000-0000-4000-8000-000000000000');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ path: 'point' });
    expect((await download('docx?point=somewhere')).statusCode).toBe(400);
    const hanoi = (await signedInAs(t, 'provincial_secretariat', '01')).cookie;
    expect((await download('docx', hanoi)).statusCode).toBe(404);
    const caoBangViewer = (await signedInAs(t, 'viewer', '04')).cookie;
    expect((await download('xlsx', caoBangViewer)).statusCode).toBe(200);
  });
});
