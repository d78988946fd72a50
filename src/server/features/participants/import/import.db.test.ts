import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { participantLimits } from '../../../../shared/api/participants.js';
import { createTestApp, signedInAs, type TestApp } from '../../../test-support/test-app.js';
import {
  conferenceWithPoints,
  csvOf,
  mappingQuery,
  POINT_HOA_AN,
  POINT_MAIN,
  rowsOfXlsx,
  TEMPLATE_MAPPING,
  TEMPLATE_SHAPED_HEADERS,
  upload,
  xlsxOf,
} from '../testing.js';

/** Names with every kind of Vietnamese mark, including ones a careless import would mangle. */
const names = [
  'Nguyễn Thị Hoà',
  'Trần Văn Hòa',
  'Đặng Thị Ngọc Ánh',
  'Lưu Quang Vũ',
  'Hoàng Thị Thu Hường',
  'Bế Văn Đức',
  'Nông Thị Ỷ',
  'Phạm Ngữ Yên',
];

describe('participant import', () => {
  let t: TestApp;
  let caoBang: string;
  const newConference = async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/conferences', headers: { cookie: caoBang }, payload: conferenceWithPoints() });
    expect(res.statusCode).toBe(201);
    return res.json().id as string;
  };
  const base = (id: string) => `/api/conferences/${id}/participants`;
  const list = async (id: string, query = 'pageSize=200') =>
    (await t.app.inject({ method: 'GET', url: `${base(id)}?${query}`, headers: { cookie: caoBang } })).json();

  beforeAll(async () => {
    t = await createTestApp();
    caoBang = (await signedInAs(t, 'provincial_secretariat', '04')).cookie;
  });
  afterAll(() => t.close());

  it('imports an Excel list of Vietnamese names and gives every name back byte for byte (NFC)', async () => {
    const id = await newConference();
    const rows = [
      TEMPLATE_SHAPED_HEADERS,
      ...names.map((n, i) => [
        // One name typed decomposed (NFD), as some Mac and web sources produce it.
        i === 2 ? n.normalize('NFD') : n,
        'UBND xã Hòa An',
        'Cán bộ',
        i % 2 ? POINT_HOA_AN : 'diem cau chinh hoi truong ubnd tinh',
        i === 0 ? '0912 345 678' : '',
      ]),
    ];
    const file = await xlsxOf(rows);

    const preview = await t.app.inject(upload(`${base(id)}/import/preview`, caoBang, file, 'xlsx'));
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({ fileKind: 'xlsx', headerRow: 1, headers: TEMPLATE_SHAPED_HEADERS, suggestedMapping: TEMPLATE_MAPPING, rowCount: names.length });
    expect(preview.json().sampleRows[2][0]).toBe(names[2]);

    const res = await t.app.inject(upload(`${base(id)}/import?${mappingQuery(TEMPLATE_MAPPING)}`, caoBang, file, 'xlsx'));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ created: names.length, alreadyPresent: 0, total: names.length });

    const got = await list(id);
    const stored = got.items.map((p: { fullName: string }) => p.fullName);
    expect([...stored].sort()).toEqual([...names].sort());
    for (const name of names) expect(Buffer.from(stored.find((s: string) => s === name)!, 'utf8').equals(Buffer.from(name.normalize('NFC'), 'utf8'))).toBe(true);
    const hoa = got.items.find((p: { fullName: string }) => p.fullName === 'Nguyễn Thị Hoà');
    expect(hoa).toMatchObject({ connectionPointName: POINT_MAIN, contact: '0912 345 678', agency: 'UBND xã Hòa An' });
  });

  it('refuses a file with one bad row, naming the row as Excel numbers it, and imports nobody', async () => {
    const id = await newConference();
    const file = await xlsxOf([
      TEMPLATE_SHAPED_HEADERS,
      ['Lê Văn Tám', 'Sở Tư pháp', 'Chuyên viên', '', ''],
      ['Phạm Thị Út', 'Sở Nội vụ', 'Chuyên viên', '', ''],
      ['', 'Công an tỉnh', 'Cán bộ', '', ''],
      ['Võ Thị Sáu', 'Tỉnh đoàn', 'Bí thư', 'Điểm cầu xã Không Có', ''],
    ]);
    const res = await t.app.inject(upload(`${base(id)}/import?${mappingQuery(TEMPLATE_MAPPING)}`, caoBang, file, 'xlsx'));
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      { path: 'rows.4.name', message: 'Họ và tên trống.' },
      { path: 'rows.5.connectionPoint', message: 'Điểm cầu “Điểm cầu xã Không Có” không có trong hội nghị này.' },
    ]);
    expect(res.json().detail).toContain('chưa nhập người nào');
    expect((await list(id)).total).toBe(0);
  });

  it('refuses a PNG renamed .xlsx with 415 and says what the file really is', async () => {
    const id = await newConference();
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 1)]);
    for (const url of [`${base(id)}/import/preview`, `${base(id)}/import?${mappingQuery(TEMPLATE_MAPPING)}`]) {
      const res = await t.app.inject(upload(url, caoBang, png, 'xlsx', 'danh-sach.xlsx'));
      expect(res.statusCode).toBe(415);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().detail).toContain('Tệp “danh-sach.xlsx” không phải tệp Excel .xlsx mà là một ảnh PNG');
    }
    const asCsv = await t.app.inject(upload(`${base(id)}/import/preview`, caoBang, png, 'csv', 'danh-sach.csv'));
    expect(asCsv.statusCode).toBe(415);
  });

  it('refuses a zip that is not a workbook, and a CSV that is not UTF-8', async () => {
    const id = await newConference();
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100)]);
    const notXlsx = await t.app.inject(upload(`${base(id)}/import/preview`, caoBang, zip, 'xlsx'));
    expect(notXlsx.statusCode).toBe(415);
    // "Hòa" in Windows-1258-ish single bytes: not valid UTF-8.
    const latin = Buffer.from([0x48, 0x6f, 0xf2, 0x61, 0x2c, 0x41, 0x0a]);
    const res = await t.app.inject(upload(`${base(id)}/import/preview`, caoBang, latin, 'csv'));
    expect(res.statusCode).toBe(415);
    expect(res.json().detail).toContain('CSV UTF-8');
  });

  it('reads a CSV saved by Excel: UTF-8 with a BOM, semicolons, quotes', async () => {
    const id = await newConference();
    const csv = `\uFEFF${csvOf([TEMPLATE_SHAPED_HEADERS, ['Đỗ Thị Ánh', 'UBND xã Hòa An; Cao Bằng', 'Chủ tịch', POINT_HOA_AN, '0987654321']], ';')}\r\n`;
    const preview = await t.app.inject(upload(`${base(id)}/import/preview`, caoBang, Buffer.from(csv, 'utf8'), 'csv'));
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({ fileKind: 'csv', headers: TEMPLATE_SHAPED_HEADERS, suggestedMapping: TEMPLATE_MAPPING, rowCount: 1 });
    const res = await t.app.inject(upload(`${base(id)}/import?${mappingQuery(TEMPLATE_MAPPING)}`, caoBang, csv, 'csv'));
    expect(res.json()).toEqual({ created: 1, alreadyPresent: 0, total: 1 });
    expect((await list(id)).items[0]).toMatchObject({ fullName: 'Đỗ Thị Ánh', agency: 'UBND xã Hòa An; Cao Bằng', contact: '0987654321', connectionPointName: POINT_HOA_AN });
  });

  it('suggests the columns of a list with other headings and a title line, and imports with the chosen mapping', async () => {
    const id = await newConference();
    const file = await xlsxOf([
      ['DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ'],
      ['STT', 'Họ tên đại biểu', 'Đơn vị công tác', 'Chức danh', 'SĐT'],
      ['1', 'Triệu Thị Hương', 'Hội Phụ nữ tỉnh', 'Phó Chủ tịch', '0911111111'],
      ['2', 'La Văn Thắng', 'Ban Dân tộc', 'Trưởng ban', ''],
    ]);
    const preview = (await t.app.inject(upload(`${base(id)}/import/preview`, caoBang, file, 'xlsx'))).json();
    expect(preview).toMatchObject({ headerRow: 2, rowCount: 2, suggestedMapping: { name: 1, agency: 2, position: 3, connectionPoint: null, contact: 4 } });
    // The person decides the phone number stays out.
    const mapping = { ...preview.suggestedMapping, contact: null };
    const res = await t.app.inject(upload(`${base(id)}/import?${mappingQuery(mapping)}`, caoBang, file, 'xlsx'));
    expect(res.json()).toEqual({ created: 2, alreadyPresent: 0, total: 2 });
    const items = (await list(id)).items;
    expect(items.map((p: { fullName: string; contact: string | null }) => [p.fullName, p.contact])).toEqual([
      ['La Văn Thắng', null],
      ['Triệu Thị Hương', null],
    ]);
  });

  it('refuses a mapping without a name column or with a column used twice', async () => {
    const id = await newConference();
    const file = await xlsxOf([TEMPLATE_SHAPED_HEADERS, ['A', 'B', 'C', '', '']]);
    const noName = await t.app.inject(upload(`${base(id)}/import?${mappingQuery({ agency: 1 })}`, caoBang, file, 'xlsx'));
    expect(noName.statusCode).toBe(400);
    expect(noName.json().detail).toBe('Hãy chọn cột chứa họ và tên.');
    const twice = await t.app.inject(upload(`${base(id)}/import?${mappingQuery({ name: 0, agency: 0 })}`, caoBang, file, 'xlsx'));
    expect(twice.statusCode).toBe(400);
    expect(twice.json().errors[0].path).toBe('mapping.agency');
  });

  it('adds nobody twice: importing the same list again reports everyone as already present', async () => {
    const id = await newConference();
    const file = await xlsxOf([TEMPLATE_SHAPED_HEADERS, ['Nguyễn Văn An', 'Sở Tư pháp', 'Giám đốc', '', ''], ['Lý Thị Mai', 'Sở Y tế', '', '', '']]);
    const url = `${base(id)}/import?${mappingQuery(TEMPLATE_MAPPING)}`;
    expect((await t.app.inject(upload(url, caoBang, file, 'xlsx'))).json()).toEqual({ created: 2, alreadyPresent: 0, total: 2 });
    expect((await t.app.inject(upload(url, caoBang, file, 'xlsx'))).json()).toEqual({ created: 0, alreadyPresent: 2, total: 2 });
    // The same people written differently (capitals, new-style tone mark, spacing) are still the same people.
    const again = await xlsxOf([TEMPLATE_SHAPED_HEADERS, ['NGUYỄN  VĂN AN', 'sở tư pháp', '', '', ''], ['Lý Thị Mai', 'Sở Y tế', '', '', ''], ['Lý Thị Mái', 'Sở Y tế', '', '', '']]);
    expect((await t.app.inject(upload(url, caoBang, again, 'xlsx'))).json()).toEqual({ created: 1, alreadyPresent: 2, total: 3 });
    expect((await list(id)).total).toBe(3);
  });

  it('serves a template with the expected headings, a Vietnamese example row and instructions, which imports once the example is removed', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/participants/template.xlsx', headers: { cookie: caoBang } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('filename*=UTF-8');
    const template = res.rawPayload;
    const rows = await rowsOfXlsx(template);
    expect(rows[0]).toEqual(['Họ và tên', 'Cơ quan, đơn vị', 'Chức vụ', 'Điểm cầu', 'Liên hệ (không bắt buộc)']);
    expect(rows[1]![0]).toBe('Nguyễn Thị Hoà');
    expect((await rowsOfXlsx(template, 2))[0]![0]).toContain('Cách điền');

    const id = await newConference();
    const url = `${base(id)}/import?${mappingQuery(TEMPLATE_MAPPING)}`;
    const untouched = await t.app.inject(upload(url, caoBang, template, 'xlsx', 'mau.xlsx'));
    expect(untouched.statusCode).toBe(400);
    expect(untouched.json().errors).toEqual([{ path: 'rows.2.name', message: 'Đây là dòng ví dụ của tệp mẫu; hãy xóa dòng này.' }]);
  });

  it('refuses more rows than the limit with a clear message', async () => {
    const id = await newConference();
    const lines = ['Họ và tên'];
    for (let i = 0; i <= participantLimits.importRows; i += 1) lines.push(`Người ${i}`);
    const res = await t.app.inject(upload(`${base(id)}/import/preview`, caoBang, lines.join('\n'), 'csv'));
    expect(res.statusCode).toBe(413);
    expect(res.json().detail).toContain('vượt giới hạn 50.000 dòng');
  });

  it('answers 413 to a file over 10 MB, before reading it', async () => {
    const id = await newConference();
    const big = Buffer.alloc(participantLimits.importBytes + 1, 0x41);
    const res = await t.app.inject(upload(`${base(id)}/import/preview`, caoBang, big, 'csv'));
    expect(res.statusCode).toBe(413);
    expect(res.json().detail).toContain('vượt giới hạn 10 MB');
  });

  it('refuses an upload from someone not signed in, or who cannot manage the conference, or of another province', async () => {
    const id = await newConference();
    const file = await xlsxOf([TEMPLATE_SHAPED_HEADERS, ['Nguyễn Văn An', '', '', '', '']]);
    const anonymous = await t.app.inject(upload(`${base(id)}/import/preview`, '', file, 'xlsx'));
    expect(anonymous.statusCode).toBe(401);
    const viewer = (await signedInAs(t, 'viewer', '04')).cookie;
    expect((await t.app.inject(upload(`${base(id)}/import/preview`, viewer, file, 'xlsx'))).statusCode).toBe(403);
    const hanoi = (await signedInAs(t, 'provincial_secretariat', '01')).cookie;
    expect((await t.app.inject(upload(`${base(id)}/import?${mappingQuery(TEMPLATE_MAPPING)}`, hanoi, file, 'xlsx'))).statusCode).toBe(404);
    expect((await list(id)).total).toBe(0);
  });

  it('refuses a JSON body sent to the import', async () => {
    const id = await newConference();
    const res = await t.app.inject({ method: 'POST', url: `${base(id)}/import/preview`, headers: { cookie: caoBang }, payload: { rows: [] } });
    expect(res.statusCode).toBe(415);
  });
});
