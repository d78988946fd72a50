import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../shared/api/followup-transfer.js';
import { CSV_CONTENT_TYPE, XLSX_CONTENT_TYPE } from '../../../shared/api/participants.js';
import { createTestApp, signedInAs, type TestApp } from '../../test-support/test-app.js';
import { followupItemBodies, followupItems } from '../followup/tables.js';
import { insertOrganisation } from '../organisations/queries.js';

let t: TestApp;
let national: string;
let officer: string;
let secretariat01: string;
let secretariat79: string;
let reporter01: string;
const orgs: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  national = (await signedInAs(t, 'national_admin')).cookie;
  officer = (await signedInAs(t, 'national_officer')).cookie;
  secretariat01 = (await signedInAs(t, 'provincial_secretariat', '01')).cookie;
  secretariat79 = (await signedInAs(t, 'provincial_secretariat', '79')).cookie;
  reporter01 = (await signedInAs(t, 'agency_reporter', '01')).cookie;
  for (const [key, name, provinceCode] of [
    ['justice', 'Sở Tư pháp thành phố Hà Nội', '01'],
    ['home', 'Sở Nội vụ thành phố Hà Nội', '01'],
    ['labour', 'Sở Y tế thành phố Hà Nội', '01'],
    ['hcmJustice', 'Sở Tư pháp Thành phố Hồ Chí Minh', '79'],
  ] as const) {
    orgs[key] = (await insertOrganisation(t.database.db, { name, kind: 'department', provinceCode, searchKey: name.toLowerCase() })).id;
  }
}, 120_000);
afterAll(async () => t?.close());

const states = ['Indonesia', 'Lào; Campuchia', 'France', 'Japan', 'Republic of Korea', 'Cuba', 'India', 'Chile', 'Australia', 'Germany', 'Thái Lan'];
const themes = ["Women's rights", 'F31 Children: definition; general principles; protection\nPersons with disabilities', 'Freedom of religion or belief', 'Ethnic minorities', 'Right to health'];

/** A realistic matrix: a title row, OHCHR headings, 22 recommendations, one bad SDG and one unknown position. */
async function uprMatrix(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Matrix');
  ws.addRow(['UPR of Viet Nam (4th Cycle) - Thematic list of recommendations']);
  ws.addRow(['Recommendation', 'Position', 'Full list of themes', 'Affected persons', 'SDGs']);
  for (let i = 1; i <= 22; i++) {
    ws.addRow([
      `45.${i} Continue to strengthen measures to protect vulnerable groups, area ${i} (${states[i % states.length]});`,
      i === 7 ? 'Perhaps' : i % 3 === 0 ? 'Noted' : 'Supported',
      themes[i % themes.length],
      i % 2 ? 'women and girls, children' : 'persons with disabilities',
      i === 9 ? 'SDG 19' : `SDG ${(i % 17) + 1}, ${(i % 16) + 1}.2`,
    ]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const upload = (url: string, cookie: string, payload: Buffer, contentType: string, fileName = 'ma-tran.xlsx') =>
  t.app.inject({ method: 'POST', url, headers: { cookie, 'content-type': contentType, 'x-file-name': encodeURIComponent(fileName) }, payload });
const commit = (cookie: string, source: string, rows: ImportPreview['rows'], fileName: string | null = 'ma-tran.xlsx') =>
  t.app.inject({
    method: 'POST',
    url: '/api/followup-imports/commit',
    headers: { cookie },
    payload: { source, fileName, items: rows.map((r) => ({ rowNumber: r.rowNumber, ...r.item })) },
  });
const ready = (p: ImportPreview) => p.rows.filter((r) => !r.errors.length && !r.duplicate);
const count = async (where = sql`true`) => Number((await t.database.db.select({ n: sql<number>`count(*)` }).from(followupItems).where(where))[0]!.n);

describe('UPR matrix', () => {
  const url = '/api/followup-imports/upr/preview?uprCycle=4&itemDate=2024-09-26';

  it('reads an OHCHR matrix, proposes the mapping and previews every row with Vietnamese errors', async () => {
    const res = await upload(url, national, await uprMatrix(), XLSX_CONTENT_TYPE);
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json() as ImportPreview;
    expect(p.headerRow).toBe(2);
    expect(p.suggestedMapping).toMatchObject({ text: 0, position: 1, themes: 2, affectedPersons: 3, sdgs: 4 });
    expect(p.counts).toEqual({ rows: 22, withErrors: 2, duplicates: 0, ready: 20 });
    const first = p.rows[0]!;
    expect(first.item).toMatchObject({
      kind: 'upr',
      uprCycle: 4,
      paragraph: '45.1',
      reference: 'UPR IV 45.1',
      uprPosition: 'accepted',
      recommendingStates: ["Lao People's Democratic Republic", 'Cambodia'],
      text: 'Continue to strengthen measures to protect vulnerable groups, area 1.',
      themes: ['children', 'persons_with_disabilities'],
      sdgs: ['2', '2.2'],
      affectedPersons: ['women and girls', 'children'],
    });
    expect(p.rows[2]!.item.uprPosition).toBe('noted');
    expect(p.rows[6]!.errors).toEqual([expect.objectContaining({ field: 'uprPosition', message: expect.stringContaining('Không nhận ra lập trường “Perhaps”') })]);
    expect(p.rows[8]!.errors).toEqual([expect.objectContaining({ field: 'sdgs', message: expect.stringContaining('SDG 19') })]);
    expect(await count()).toBe(0);
  });

  it('saves the reviewed rows all together, and a second import of the same matrix adds nothing', async () => {
    const p = (await upload(url, national, await uprMatrix(), XLSX_CONTENT_TYPE)).json() as ImportPreview;
    const res = await commit(national, 'upr', ready(p));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ created: 20, skipped: [] });
    const saved = await t.database.db.select().from(followupItems).where(eq(followupItems.paragraph, '45.3'));
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ kind: 'upr', uprCycle: 4, uprPosition: 'noted', provinceCode: null, itemDate: '2024-09-26' });

    const again = (await upload(url, national, await uprMatrix(), XLSX_CONTENT_TYPE)).json() as ImportPreview;
    expect(again.counts.duplicates).toBe(20);
    expect(again.rows[0]!.warnings).toContain('Đã nhập trước đây (cùng số hiệu và nội dung): sẽ bỏ qua.');
    const twice = await commit(national, 'upr', p.rows.filter((r) => !r.errors.length));
    expect(twice.json()).toMatchObject({ created: 0 });
    expect(twice.json().skipped).toHaveLength(20);
    expect(await count(eq(followupItems.kind, 'upr'))).toBe(20);
  });

  it('reads a CSV saved with ; and a BOM, Vietnamese headings and quoted fields, with the person’s own mapping', async () => {
    const csv =
      '\uFEFFSố hiệu;Khuyến nghị;Lập trường;Quốc gia khuyến nghị;Chủ đề\r\n' +
      '46.1;"Tăng cường bình đẳng giới; hỗ trợ phụ nữ dân tộc thiểu số";Chấp thuận;Lào, Thái Lan;"Phụ nữ; Dân tộc thiểu số"\r\n' +
      '46.2;"Xem xét phê chuẩn Công ước ""số 87"" của ILO";Ghi nhận;Pháp;Lao động\r\n' +
      '46.3;;Chấp thuận;Cuba;\r\n';
    const res = await upload(url, national, Buffer.from(csv), CSV_CONTENT_TYPE, 'upr.csv');
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json() as ImportPreview;
    expect(p.suggestedMapping).toMatchObject({ paragraph: 0, text: 1, position: 2, states: 3, themes: 4 });
    expect(p.rows[0]!.item).toMatchObject({ paragraph: '46.1', uprPosition: 'accepted', recommendingStates: ["Lao People's Democratic Republic", 'Thailand'], themes: ['gender_equality', 'ethnic_minorities'] });
    expect(p.rows[1]!.item.text).toBe('Xem xét phê chuẩn Công ước "số 87" của ILO');
    expect(p.rows[2]!.errors).toEqual([{ field: 'text', message: 'Thiếu nội dung khuyến nghị.' }]);

    // The person maps "Chủ đề" away and the themes column is no longer read.
    const mapping = encodeURIComponent(JSON.stringify({ paragraph: 0, text: 1, position: 2, states: 3, themes: null }));
    const remapped = (await upload(`${url}&mapping=${mapping}`, national, Buffer.from(csv), CSV_CONTENT_TYPE, 'upr.csv')).json() as ImportPreview;
    expect(remapped.rows[0]!.item.themes).toEqual([]);
  });

  it('refuses files that are not a matrix with a Vietnamese problem document and saves nothing', async () => {
    const before = await count();
    const png = await upload(url, national, Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]), XLSX_CONTENT_TYPE);
    expect(png.statusCode).toBe(415);
    expect(png.json().detail).toContain('không phải tệp Excel');
    const noText = await upload(url, national, Buffer.from('Tên;Ngày\nAn;01/01/2024\n'), CSV_CONTENT_TYPE, 'x.csv');
    expect(noText.statusCode).toBe(422);
    expect(noText.json().detail).toContain('Không tìm thấy cột nội dung khuyến nghị');
    expect(noText.json().errors).toEqual([expect.objectContaining({ path: 'mapping.text' })]);
    // The page then lets the person name the column: the same file reads with it.
    const named = await upload(`${url}&mapping=${encodeURIComponent('{"text":0}')}`, national, Buffer.from('Đề xuất;Ngày\nTăng cường trợ giúp pháp lý;01/01/2024\n'), CSV_CONTENT_TYPE, 'x.csv');
    expect(named.statusCode, named.body).toBe(200);
    expect((named.json() as ImportPreview).rows[0]!.item.text).toBe('Tăng cường trợ giúp pháp lý');
    const empty = await upload(url, national, Buffer.from('Recommendation;Position\n'), CSV_CONTENT_TYPE, 'x.csv');
    expect(empty.statusCode).toBe(400);
    const badMapping = await upload(`${url}&mapping=${encodeURIComponent('{"text":9}')}`, national, Buffer.from('Recommendation\nabc def\n'), CSV_CONTENT_TYPE, 'x.csv');
    expect(badMapping.statusCode).toBe(400);
    expect(await count()).toBe(before);
  });

  it('refuses a whole commit when one row breaks the rules, naming the row', async () => {
    const before = await count();
    const p = (await upload(url, national, await uprMatrix(), XLSX_CONTENT_TYPE)).json() as ImportPreview;
    const rows = p.rows.slice(0, 3).map((r, i) => ({ ...r, item: { ...r.item, paragraph: `99.${i}`, text: i === 1 ? '' : `${r.item.text} (mới)` } }));
    const res = await commit(national, 'upr', rows);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual([`rows.${rows[1]!.rowNumber}.text`, `rows.${rows[1]!.rowNumber}.text`]);
    expect(res.json().detail).toContain('chưa nhập dòng nào');
    expect(await count()).toBe(before);
  });

  it('lets only those who manage the scope import: national items are the Standing Office’s', async () => {
    const csv = Buffer.from('Recommendation,Position\n"Ensure access to clean water (Chile)",Supported\n');
    expect((await upload(url, officer, csv, CSV_CONTENT_TYPE)).statusCode).toBe(200);
    const refused = await upload(url, secretariat01, csv, CSV_CONTENT_TYPE);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().detail).toContain('Văn phòng Thường trực');
    expect((await upload(`${url}&provinceCode=01`, secretariat01, csv, CSV_CONTENT_TYPE)).statusCode).toBe(200);
    expect((await upload(`${url}&provinceCode=01`, secretariat79, csv, CSV_CONTENT_TYPE)).statusCode).toBe(403);
    expect((await upload(`${url}&provinceCode=01`, reporter01, csv, CSV_CONTENT_TYPE)).statusCode).toBe(403);
    const anonymous = await t.app.inject({ method: 'POST', url, headers: { 'content-type': CSV_CONTENT_TYPE }, payload: csv });
    expect(anonymous.statusCode).toBe(401);

    const p = (await upload(url, officer, csv, CSV_CONTENT_TYPE)).json() as ImportPreview;
    const before = await count();
    expect((await commit(secretariat01, 'upr', p.rows)).statusCode).toBe(403);
    const asProvince = p.rows.map((r) => ({ ...r, item: { ...r.item, provinceCode: '79' } }));
    expect((await commit(secretariat01, 'upr', asProvince)).statusCode).toBe(403);
    expect(await count()).toBe(before);
    const own = p.rows.map((r) => ({ ...r, item: { ...r.item, provinceCode: '01' } }));
    expect((await commit(secretariat01, 'upr', own)).json()).toMatchObject({ created: 1 });
  });
});

describe('plan tasks', () => {
  async function planSheet(): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Nhiệm vụ');
    ws.addRow(['PHỤ LỤC: NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH']);
    ws.addRow(['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành']);
    ws.addRow(['I', 'NHIỆM VỤ CHUNG', '', '', '']);
    ws.addRow([1, 'Tuyên truyền, phổ biến các khuyến nghị UPR chu kỳ IV', 'Sở Tư pháp', 'Sở Nội vụ, các sở, ngành liên quan', 'Quý II/2025']);
    ws.addRow([2, 'Rà soát văn bản về trợ giúp pháp lý', 'Sở Tư pháp', 'Sở Y tế', '31/12/2025']);
    ws.addRow([3, 'Tập huấn cho cán bộ cơ sở', 'Sở Nội vụ', '', 'Thường xuyên']);
    ws.addRow([4, 'Báo cáo kết quả thực hiện', 'Sở Hư Cấu', 'Sở Tư pháp', new Date(Date.UTC(2025, 10, 30))]);
    ws.addRow([5, 'Đánh giá giữa kỳ', 'Sở Nội vụ', '', 'Sớm nhất có thể']);
    return Buffer.from(await wb.xlsx.writeBuffer());
  }
  const url = `/api/followup-imports/plan/preview?planNumber=${encodeURIComponent('123/KH-UBND')}&planDate=2025-03-01&planTitle=${encodeURIComponent('Kế hoạch thực hiện khuyến nghị UPR')}&provinceCode=01`;

  it('reads Vietnamese deadlines, matches bodies in the province, and flags what it cannot match', async () => {
    const res = await upload(url, secretariat01, await planSheet(), XLSX_CONTENT_TYPE, 'ke-hoach.xlsx');
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json() as ImportPreview;
    expect(p.rows.map((r) => r.item.paragraph)).toEqual(['1', '2', '3', '4', '5']);
    expect(p.rows.map((r) => r.item.dueDate)).toEqual(['2025-06-30', '2025-12-31', null, '2025-11-30', null]);
    expect(p.rows[0]!.item).toMatchObject({ kind: 'plan', planNumber: '123/KH-UBND', planDate: '2025-03-01', itemDate: '2025-03-01', leadOrganisationId: orgs.justice, cooperatingOrganisationIds: [orgs.home], reference: 'KH 123/KH-UBND nhiệm vụ 1' });
    expect(p.rows[0]!.warnings.join(' ')).toContain('Bỏ qua');
    expect(p.rows[3]!.errors).toEqual([expect.objectContaining({ field: 'leadOrganisationId', message: expect.stringContaining('Sở Hư Cấu') })]);
    expect(p.rows[4]!.errors).toEqual([expect.objectContaining({ field: 'dueDate' })]);
    expect(p.rows[2]!.dueText).toBe('Thường xuyên');
  });

  it('saves the tasks once the person has chosen the unmatched body, with co-operating bodies', async () => {
    const p = (await upload(url, secretariat01, await planSheet(), XLSX_CONTENT_TYPE, 'ke-hoach.xlsx')).json() as ImportPreview;
    const rows = p.rows.slice(0, 4).map((r) => (r.rowNumber === p.rows[3]!.rowNumber ? { ...r, item: { ...r.item, leadOrganisationId: orgs.labour! } } : r));
    const res = await commit(secretariat01, 'plan', rows, 'ke-hoach.xlsx');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().created).toBe(4);
    const [task] = await t.database.db.select().from(followupItems).where(and(eq(followupItems.kind, 'plan'), eq(followupItems.paragraph, '1')));
    expect(task).toMatchObject({ provinceCode: '01', dueDate: '2025-06-30', leadOrganisationId: orgs.justice });
    const bodies = await t.database.db.select().from(followupItemBodies).where(eq(followupItemBodies.itemId, task!.id));
    expect(bodies.map((b) => b.organisationId)).toEqual([orgs.home]);
  });

  it('refuses a body of another province or one that does not exist, saving nothing', async () => {
    const p = (await upload(url, secretariat01, await planSheet(), XLSX_CONTENT_TYPE, 'ke-hoach.xlsx')).json() as ImportPreview;
    const before = await count();
    const other = [{ ...p.rows[1]!, item: { ...p.rows[1]!.item, text: 'Nhiệm vụ khác', leadOrganisationId: orgs.hcmJustice! } }];
    const res = await commit(secretariat01, 'plan', other);
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toContain('tỉnh khác');
    const unknown = [{ ...p.rows[1]!, item: { ...p.rows[1]!.item, text: 'Nhiệm vụ khác', leadOrganisationId: '00000000-0000-4000-8000-000000000001' } }];
    expect((await commit(secretariat01, 'plan', unknown)).statusCode).toBe(400);
    expect(await count()).toBe(before);
  });
});

describe('numbered recommendation list from a document', () => {
  async function docx(lines: string[]): Promise<Buffer> {
    const doc = new Document({ sections: [{ children: lines.map((text) => new Paragraph({ text })) }] });
    return Buffer.from(await Packer.toBuffer(doc));
  }
  const url = '/api/followup-imports/document/preview?uprCycle=4&itemDate=2024-09-26';

  it('makes one draft item per numbered paragraph of a Word file, with the States read out', async () => {
    const bytes = await docx([
      'BÁO CÁO CỦA NHÓM CÔNG TÁC VỀ RÀ SOÁT ĐỊNH KỲ PHỔ QUÁT',
      'Các khuyến nghị dưới đây đã được Việt Nam xem xét:',
      '47.1. Tiếp tục hoàn thiện khung pháp lý về quyền trẻ em (Indonesia);',
      '47.2. Tăng cường hỗ trợ người khuyết tật tiếp cận việc làm (Nhật Bản; Hàn Quốc);',
      '47.3. Bảo đảm quyền tự do tín ngưỡng, tôn giáo của mọi người dân:',
      'a) Đơn giản hóa thủ tục đăng ký sinh hoạt tôn giáo;',
      'b) Tăng cường đối thoại với các tổ chức tôn giáo (Hoa Kỳ).',
    ]);
    const res = await upload(url, national, bytes, 'application/octet-stream', 'khuyen-nghi.docx');
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json() as ImportPreview;
    expect(p.rows.map((r) => [r.item.paragraph, r.item.recommendingStates])).toEqual([
      ['47.1', ['Indonesia']],
      ['47.2', ['Japan', 'Republic of Korea']],
      ['47.3(a)', []],
      ['47.3(b)', ['United States of America']],
    ]);
    expect(p.rows[1]!.item.text).toBe('Tăng cường hỗ trợ người khuyết tật tiếp cận việc làm.');
    const saved = await commit(national, 'document', p.rows, 'khuyen-nghi.docx');
    expect(saved.json()).toMatchObject({ created: 4 });
  });

  it('reads a treaty body’s concluding observations by their symbol', async () => {
    const text = 'CRC/C/VNM/CO/5-6\nConcluding observations\n12. The Committee recommends that the State party allocate adequate resources for child protection.\n13. The Committee recommends birth registration for all children.';
    const res = await upload('/api/followup-imports/document/preview?itemDate=2022-06-01', national, Buffer.from(text), 'application/octet-stream', 'co.txt');
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json() as ImportPreview;
    expect(p.rows.map((r) => [r.item.kind, r.item.treaty, r.item.reference])).toEqual([
      ['treaty', 'CRC', 'CRC/C/VNM/CO/5-6 §12'],
      ['treaty', 'CRC', 'CRC/C/VNM/CO/5-6 §13'],
    ]);
    expect((await commit(national, 'document', p.rows)).json()).toMatchObject({ created: 2 });
  });

  it('refuses a document without numbered paragraphs, and a picture, with Vietnamese problems', async () => {
    const none = await upload(url, national, await docx(['Một đoạn văn không đánh số.', 'Đoạn thứ hai.']), 'application/octet-stream', 'x.docx');
    expect(none.statusCode).toBe(422);
    expect(none.json().detail).toContain('không có đoạn đánh số');
    const png = await upload(url, national, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'application/octet-stream', 'anh.docx');
    expect(png.statusCode).toBe(415);
    expect((await upload(url, reporter01, await docx(['1. abc def']), 'application/octet-stream')).statusCode).toBe(403);
  });
});

describe('limits and hostile text', () => {
  const url = '/api/followup-imports/upr/preview?uprCycle=4&itemDate=2024-09-26';

  it('refuses more than 5.000 rows, and a file over 5 MB, before saving anything', async () => {
    const rows = Array.from({ length: 5001 }, (_, i) => `"Recommendation number ${i} on access to water",Supported`).join('\n');
    const many = await upload(url, national, Buffer.from(`Recommendation,Position\n${rows}\n`), CSV_CONTENT_TYPE, 'lon.csv');
    expect(many.statusCode).toBe(413);
    expect(many.json().detail).toContain('5.000');
    const big = await upload(url, national, Buffer.alloc(5 * 1024 * 1024 + 10, 'a'), CSV_CONTENT_TYPE, 'lon.csv');
    expect(big.statusCode).toBe(413);
  });

  it('marks a row repeated in the same file as a duplicate of the first', async () => {
    const csv = 'Recommendation,Position\n"Promote decent work for migrant workers (Philippines)",Supported\n"Promote decent work for migrant workers (Philippines)",Supported\n';
    const p = (await upload(url, national, Buffer.from(csv), CSV_CONTENT_TYPE)).json() as ImportPreview;
    expect(p.rows.map((r) => r.duplicate)).toEqual([false, true]);
    expect(p.rows[1]!.warnings).toContain('Trùng với dòng 2: sẽ bỏ qua.');
  });

  it('answers a NUL in a file name, a query or a row with a problem, never a 5xx, and saves nothing', async () => {
    const before = await count();
    const csv = Buffer.from('Recommendation,Position\n"Ensure\u0000 access",Supported\n');
    const inFile = await upload(url, national, csv, CSV_CONTENT_TYPE, 'a\u0000.csv');
    expect(inFile.statusCode).toBeLessThan(500);
    const inQuery = await upload(`/api/followup-imports/plan/preview?planNumber=${encodeURIComponent('12\u0000/KH')}&planDate=2025-01-01`, national, csv, CSV_CONTENT_TYPE);
    expect(inQuery.statusCode).toBeGreaterThanOrEqual(400);
    expect(inQuery.statusCode).toBeLessThan(500);
    const inRow = await t.app.inject({
      method: 'POST',
      url: '/api/followup-imports/commit',
      headers: { cookie: national },
      payload: { source: 'upr', fileName: 'x\u0000.csv', items: [{ rowNumber: 2, kind: 'upr', text: 'Bảo đảm\u0000 quyền', itemDate: '2024-09-26', uprCycle: 4, recommendingStates: ['L\u0000ào'] }] },
    });
    expect(inRow.statusCode).toBe(400);
    expect(await count()).toBe(before);
  });
});
