import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conference } from '../../../../shared/api/conferences.js';
import { createTestApp, signedInAs, type TestApp } from '../../../test-support/test-app.js';
import { DOCX_CONTENT_TYPE } from './summary-docx.js';
import { createCaoBangConference, createConferenceViaApi, createOrganisation, docxText, readZipEntry } from './testing.js';

describe('GET /api/conferences/:id/summary.docx', () => {
  let t: TestApp;
  let admin: string;
  let caoBang: Conference;
  let docx: Buffer;
  let text: string;
  let documentXml: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = (await signedInAs(t, 'national_admin')).cookie;
    caoBang = await createCaoBangConference(t, admin);
    const res = await t.app.inject({ method: 'GET', url: `/api/conferences/${caoBang.id}/summary.docx`, headers: { cookie: admin } });
    expect(res.statusCode).toBe(200);
    docx = res.rawPayload;
    documentXml = readZipEntry(docx, 'word/document.xml')!;
    text = docxText(documentXml);
  });
  afterAll(() => t.close());

  it('answers a Word file named after the conference, with an ASCII fallback name', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/conferences/${caoBang.id}/summary.docx`, headers: { cookie: admin } });
    expect(res.headers['content-type']).toBe(DOCX_CONTENT_TYPE);
    const disposition = String(res.headers['content-disposition']);
    expect(disposition).toMatch(/^attachment; filename="bao-cao-hoi-nghi-tap-huan-cong-tac-nhan-quyen-nam-2023-17-08-2023\.docx"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe('Báo cáo Hội nghị tập huấn công tác nhân quyền năm 2023 17-08-2023.docx');
    expect(disposition).toMatch(/^[\x20-\x7e]+$/);
    expect(docx.subarray(0, 2).toString()).toBe('PK');
  });

  it('opens with the administrative header: issuing body, number, motto and place-date', () => {
    expect(text).toContain('BAN CHỈ ĐẠO VỀ NHÂN QUYỀN TỈNH CAO BẰNG');
    expect(text).toMatch(/Số:\s+\/BC-BCĐNQ/);
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toMatch(/Cao Bằng, ngày \d{2} tháng \d{1,2} năm \d{4}/);
    expect(text).toContain('BÁO CÁO\nKết quả tổ chức Hội nghị tập huấn công tác nhân quyền năm 2023');
  });

  it('numbers the sections I to VII in the administrative style', () => {
    const headings = text.split('\n').filter((l) => /^[IVX]+\. /.test(l));
    expect(headings).toEqual([
      'I. THÔNG TIN CHUNG',
      'II. ĐIỂM CẦU',
      'III. LÃNH ĐẠO THAM DỰ',
      'IV. NỘI DUNG CHUYÊN ĐỀ',
      'V. TÀI LIỆU, PHIM',
      'VI. KẾT QUẢ',
      'VII. NGUỒN TIN',
    ]);
    expect(text).toContain('1. Hạn chế');
    expect(text).toContain('2. Chỉ đạo, đề nghị');
    expect(text).toMatch(/^a\) Nhận thức về quyền con người/m);
    expect(text).toMatch(/^b\) Cán bộ chưa được tiếp cận/m);
  });

  it('writes dates as dd/mm/yyyy and numbers with Vietnamese separators, qualifier as the press writes it', () => {
    expect(text).toContain('08 giờ 00, buổi sáng ngày 17/08/2023');
    expect(text).toContain('Hơn 3.000 đại biểu (dự kiến 3.200 đại biểu)');
    expect(text).toContain('Hội nghị được tổ chức tại 172 điểm cầu');
    expect(text).toContain('10 điểm cầu cấp huyện, 161 điểm cầu cấp xã');
    // The total row of the connection points table: planned 3.152, actual 3.100.
    expect(text).toMatch(/Tổng cộng\n3\.152\n3\.100/);
    // 161 commune points are summed into one row rather than listed one by one.
    expect(text).toMatch(/161 điểm cầu cấp xã\nXã\n\n1\.932\n2\.000/);
    expect(text).not.toContain('Điểm cầu xã số 001');
    expect(text).toContain('thời hạn: 31/12/2023');
    expect(text).toContain('Báo Cao Bằng, ngày 17/08/2023');
  });

  it('counts a row recorded as a group of points as that many points, and says so beside its name', async () => {
    const grouped = await createConferenceViaApi(t, admin, {
      title: 'Tập huấn nhân quyền theo số điểm cầu báo chí nêu',
      level: 'provincial',
      provinceCode: '04',
      startDate: '2023-09-23',
      format: 'hybrid',
      status: 'held',
      connectionPoints: [
        { name: 'Hội trường UBND tỉnh', level: 'province', isMain: true, actualAttendance: 150 },
        { name: 'Các điểm cầu cấp xã', level: 'commune', pointCount: 161, actualAttendance: 2500 },
      ],
    });
    const res = await t.app.inject({ method: 'GET', url: `/api/conferences/${grouped.id}/summary.docx`, headers: { cookie: admin } });
    const groupedText = docxText(readZipEntry(res.rawPayload, 'word/document.xml')!);
    expect(groupedText).toContain('Hội nghị được tổ chức tại 162 điểm cầu (điểm cầu chính: Hội trường UBND tỉnh), gồm: 1 điểm cầu cấp tỉnh, 161 điểm cầu cấp xã.');
    expect(groupedText).toMatch(/Các điểm cầu cấp xã \(161 điểm cầu\)\nXã\n\n-\n2\.500/);
  });

  it('lists the officials, every topic with its speaker, and every direction with who does it', () => {
    expect(text).toContain('Thiếu tướng Nguyễn Văn Kỷ, Phó Chánh Văn phòng Thường trực Ban Chỉ đạo nhân quyền, Văn phòng Thường trực Ban Chỉ đạo Nhân quyền của Chính phủ (phát biểu).');
    expect(text).toContain('Đồng chí Nguyễn Trung Thảo, Phó Chủ tịch UBND tỉnh');
    for (const topic of caoBang.agenda) expect(text).toContain(`Chuyên đề “${topic.title}”`);
    expect(text).toContain('Báo cáo viên: Thiếu tướng Nguyễn Văn Kỷ');
    expect(text).toContain('Lĩnh vực: Không gian mạng; Quyền dân sự, chính trị.');
    for (const direction of caoBang.outcomes.filter((o) => o.kind === 'direction')) expect(text).toContain(direction.text);
    expect(text).toContain('Đơn vị thực hiện: Ban Chỉ đạo về nhân quyền tỉnh Cao Bằng; thời hạn: 31/12/2023');
    expect(text).toContain('Phim: “Vạch trần âm mưu lợi dụng nhân quyền để chống phá của các thế lực thù địch” (kèm chuyên đề 2).');
  });

  it('ends with the recipients and the signature block', () => {
    expect(text).toContain('Nơi nhận:\n- Văn phòng Thường trực BCĐNQ Chính phủ;\n- Lưu: VT.');
    expect(text).toContain('TM. BAN CHỈ ĐẠO\nTRƯỞNG BAN');
  });

  it('sets Times New Roman 14 pt on A4 with the decree margins', () => {
    const styles = readZipEntry(docx, 'word/styles.xml')!;
    const docDefaults = styles.match(/<w:docDefaults>[\s\S]*?<\/w:docDefaults>/)![0];
    expect(docDefaults).toContain('w:ascii="Times New Roman"');
    expect(docDefaults).toContain('w:hAnsi="Times New Roman"');
    expect(docDefaults).toMatch(/<w:sz w:val="28"\/>/);
    // No run in the document asks for another typeface.
    const fonts = new Set([...documentXml.matchAll(/w:ascii="([^"]+)"/g)].map((m) => m[1]));
    expect([...fonts].filter((f) => f !== 'Times New Roman')).toEqual([]);
    expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margins = documentXml.match(/<w:pgMar [^>]*>/)![0];
    expect(margins).toContain('w:top="1134"'); // 20 mm
    expect(margins).toContain('w:bottom="1134"');
    expect(margins).toContain('w:left="1701"'); // 30 mm
    expect(margins).toContain('w:right="850"'); // 15 mm
  });

  it('leaves out empty optional sections, renumbers, and says "Không có thông tin" for the rest', async () => {
    const bare = await createConferenceViaApi(t, admin, {
      title: 'Hội nghị tập huấn công tác nhân quyền toàn quốc',
      level: 'national',
      startDate: '2024-06-13',
      status: 'held',
      participantsActual: 120,
      participantsQualifier: 'about',
    });
    const res = await t.app.inject({ method: 'GET', url: `/api/conferences/${bare.id}/summary.docx`, headers: { cookie: admin } });
    expect(res.statusCode).toBe(200);
    const bareText = docxText(readZipEntry(res.rawPayload, 'word/document.xml')!);
    const headings = bareText.split('\n').filter((l) => /^[IVX]+\. /.test(l));
    expect(headings).toEqual(['I. THÔNG TIN CHUNG', 'II. LÃNH ĐẠO THAM DỰ', 'III. NỘI DUNG CHUYÊN ĐỀ', 'IV. KẾT QUẢ', 'V. NGUỒN TIN']);
    expect(bareText).toContain('Không có thông tin.');
    expect(bareText).toContain('Khoảng 120 đại biểu');
    expect(bareText).toMatch(/^Hà Nội, ngày \d{2} tháng \d{1,2} năm \d{4}$/m);
    expect(bareText).toContain('BAN CHỈ ĐẠO VỀ NHÂN QUYỀN');
  });

  it('is signed as the issuing body signs: the Standing Office by its Chief, not on behalf of a Steering Committee', async () => {
    const office = await createOrganisation(t, admin, { name: 'Văn phòng Thường trực Ban Chỉ đạo Nhân quyền Chính phủ (thử ký)', kind: 'standing_office' });
    const national = await createConferenceViaApi(t, admin, {
      title: 'Hội nghị tập huấn nghiệp vụ công tác nhân quyền năm 2024',
      level: 'national',
      startDate: '2024-06-13',
      status: 'held',
      organisers: [{ organisationId: office, role: 'organizer' }],
    });
    const res = await t.app.inject({ method: 'GET', url: `/api/conferences/${national.id}/summary.docx`, headers: { cookie: admin } });
    const signed = docxText(readZipEntry(res.rawPayload, 'word/document.xml')!);
    expect(signed).toContain('VĂN PHÒNG THƯỜNG TRỰC BAN CHỈ ĐẠO NHÂN QUYỀN CHÍNH PHỦ (THỬ KÝ)');
    expect(signed).toContain('CHÁNH VĂN PHÒNG\n(Ký tên, đóng dấu)');
    expect(signed).not.toContain('TM. BAN CHỈ ĐẠO');
  });

  it("hides another province's conference and unknown ids behind a 404 problem", async () => {
    const hcm = await createConferenceViaApi(t, admin, {
      title: 'Hội nghị tập huấn công tác nhân quyền Thành phố Hồ Chí Minh',
      level: 'provincial',
      provinceCode: '79',
      startDate: '2024-05-10',
      status: 'held',
    });
    const caoBangOfficer = (await signedInAs(t, 'provincial_secretariat', '04')).cookie;
    const other = await t.app.inject({ method: 'GET', url: `/api/conferences/${hcm.id}/summary.docx`, headers: { cookie: caoBangOfficer } });
    expect(other.statusCode).toBe(404);
    expect(other.headers['content-type']).toContain('application/problem+json');
    expect(other.json()).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    const own = await t.app.inject({ method: 'GET', url: `/api/conferences/${caoBang.id}/summary.docx`, headers: { cookie: caoBangOfficer } });
    expect(own.statusCode).toBe(200);
    const unknown = await t.app.inject({ method: 'GET', url: '/api/conferences/00000000-0000-4000-8000-000000000000/summary.docx', headers: { cookie: admin } });
    expect(unknown.statusCode).toBe(404);
    const anonymous = await t.app.inject({ method: 'GET', url: `/api/conferences/${caoBang.id}/summary.docx` });
    expect(anonymous.statusCode).toBe(401);
    // Written in the place's full name when it carries a person's name.
    const hcmReport = await t.app.inject({ method: 'GET', url: `/api/conferences/${hcm.id}/summary.docx`, headers: { cookie: admin } });
    expect(docxText(readZipEntry(hcmReport.rawPayload, 'word/document.xml')!)).toMatch(/Thành phố Hồ Chí Minh, ngày/);
  });

  it('keeps the OpenAPI document generating, with both files documented as binary', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const paths = res.json().paths;
    expect(paths['/api/conferences/{id}/summary.docx'].get.responses['200'].content[DOCX_CONTENT_TYPE].schema).toMatchObject({ type: 'string', format: 'binary' });
    const xlsx = paths['/api/conferences/export.xlsx'].get;
    expect(Object.keys(xlsx.responses['200'].content)).toEqual(['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']);
    const params = xlsx.parameters.map((p: { name: string }) => p.name);
    expect(params).toEqual(expect.arrayContaining(['province', 'legacyProvince', 'year', 'month', 'level', 'format', 'theme', 'status', 'sort', 'q']));
    expect(params).not.toContain('page');
  });
});
