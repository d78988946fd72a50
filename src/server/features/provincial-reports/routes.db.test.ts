import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedInAs, type TestApp } from '../../test-support/test-app.js';
import { docxText } from '../conferences/export/testing.js';
import { seeded, seedProvinceYear } from './testing.js';

const GIA_LAI = '52';
const OTHER = '04';

/** The visible text of a .docx answer, read back with fflate. */
function documentText(body: Buffer): { xml: string; styles: string; text: string } {
  const files = unzipSync(new Uint8Array(body));
  const xml = strFromU8(files['word/document.xml']!);
  return { xml, styles: strFromU8(files['word/styles.xml']!), text: docxText(xml) };
}

describe('provincial reports', () => {
  let t: TestApp;
  let admin: string;
  let secretariat: string;
  let viewerElsewhere: string;
  let officer: string;
  beforeAll(async () => {
    t = await createTestApp();
    await seedProvinceYear(t.database.db, GIA_LAI, OTHER);
    admin = (await signedInAs(t, 'national_admin')).cookie;
    officer = (await signedInAs(t, 'national_officer')).cookie;
    secretariat = (await signedInAs(t, 'provincial_secretariat', GIA_LAI)).cookie;
    viewerElsewhere = (await signedInAs(t, 'viewer', OTHER)).cookie;
  });
  afterAll(() => t.close());

  const get = (url: string, cookie: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });

  it('writes the province’s year as a Decree 30 report with every part filled from the database', async () => {
    const res = await get(`/api/provincial-reports/${GIA_LAI}.docx?year=2024`, secretariat);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(res.headers['content-disposition']).toContain('.docx');
    const { xml, styles, text } = documentText(res.rawPayload);
    // Header, title and closing as the decree lays them out.
    for (const s of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'UBND TỈNH GIA LAI',
      'BAN CHỈ ĐẠO VỀ NHÂN QUYỀN',
      'Số: ……/BC-BCĐ',
      'Gia Lai, ngày …… tháng …… năm',
      'BÁO CÁO',
      'Kết quả công tác nhân quyền năm 2024',
      'Kính gửi: Văn phòng Thường trực Ban Chỉ đạo về nhân quyền của Chính phủ.',
      'I. CÔNG TÁC TẬP HUẤN VỀ QUYỀN CON NGƯỜI',
      'II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU VỀ QUYỀN CON NGƯỜI',
      'III. THEO DÕI THỰC HIỆN CÁC CHỈ ĐẠO, KIẾN NGHỊ',
      'IV. HẠN CHẾ, KHÓ KHĂN',
      'V. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI',
      'Nơi nhận:',
      'TM. BAN CHỈ ĐẠO',
      'TRƯỞNG BAN',
    ]) {
      expect(text).toContain(s);
    }
    // Times New Roman 14 pt throughout, A4 (11906 × 16838 twips) with a 30 mm left margin.
    expect(styles).toContain('w:ascii="Times New Roman"');
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(xml).toContain('w:left="1701"');
    // I. One held training of 2024 (not 2023's, not another province's): 1.234 delegates, 2 points, the test gain.
    expect(text).toContain('đã tổ chức 1 hội nghị tập huấn');
    expect(text).toContain('1.234 lượt đại biểu tham dự');
    expect(text).toContain('với 2 điểm cầu');
    expect(text).toContain(`${seeded.conferenceTitle} (14/05/2024)`);
    expect(text).not.toContain('Hội nghị tập huấn năm 2023');
    expect(text).not.toContain('Hội nghị tập huấn của tỉnh khác');
    expect(text).toContain('trước tập huấn là 50%, sau tập huấn là 80%');
    expect(text).toContain('điểm tăng bình quân 30 điểm phần trăm');
    // II. The approved figure with its target (125% of plan) and +250 on 2023; the unapproved one is absent.
    expect(text).toContain('Số hộ nghèo được hỗ trợ nhà ở (GL.POOR)');
    for (const s of ['1.250', '1.000', '125%', '+250']) expect(text).toContain(s);
    expect(text).not.toContain(seeded.draftIndicator);
    expect(text).not.toContain('98.765');
    // III. Items of the province (own and the copy of a national item), with status and latest progress.
    expect(text).toContain('Trong kỳ, tỉnh theo dõi thực hiện 4 việc (trạng thái tính đến ngày 31/12/2024): đã hoàn thành 1, đang thực hiện 2, chưa thực hiện 0, không thực hiện 1; trong đó 2 việc quá hạn.');
    expect(text).toContain(`KH 12 nhiệm vụ 1: ${seeded.openText}`);
    expect(text).toContain('Đang thực hiện (quá hạn)');
    expect(text).toContain(`10/04/2024: ${seeded.progressNote}`);
    expect(text).toContain(`20/09/2024: ${seeded.closingNote}`);
    expect(text).toContain('UPR IV 45.12');
    expect(text).not.toContain(seeded.sampleText);
    expect(text).not.toContain(seeded.otherProvinceText);
    // IV. The conference's limitation and the item not carried out, with its reason.
    expect(text).toContain(seeded.limitation);
    expect(text).toContain(`Lý do: ${seeded.notDoneReason}`);
    // V. The open items carried over with their due dates.
    expect(text).toContain('Tiếp tục chỉ đạo thực hiện 2 việc chưa hoàn thành');
    expect(text).toContain('chủ trì: Sở Tư pháp tỉnh Gia Lai; hạn 30/06/2024, đã quá hạn');
    // Nobody's name: the participant is never in a report.
    expect(text).not.toContain(seeded.participantName);
  });

  it('writes the first six months, and says so where a part has nothing to report', async () => {
    const res = await get(`/api/provincial-reports/${GIA_LAI}.docx?period=2024-YTD06`, secretariat);
    expect(res.statusCode).toBe(200);
    const { text } = documentText(res.rawPayload);
    expect(text).toContain('Kết quả công tác nhân quyền 6 tháng đầu năm 2024');
    expect(text).toContain('từ ngày 01/01/2024 đến ngày 30/06/2024');
    // No approved figure for the half year; the item closed in September is still open on 30/06 per status, but the limitation stays.
    expect(text).toContain('Trong kỳ không có số liệu chỉ tiêu đã được phê duyệt.');
    const empty = await get(`/api/provincial-reports/${GIA_LAI}.docx?year=2021`, secretariat);
    const none = documentText(empty.rawPayload).text;
    for (const s of [
      'Trong kỳ không có hội nghị tập huấn nào được tổ chức.',
      'Trong kỳ không có số liệu chỉ tiêu đã được phê duyệt.',
      'Trong kỳ không có chỉ đạo, kiến nghị nào cần theo dõi thực hiện.',
      'Trong kỳ không có hạn chế, khó khăn được ghi nhận.',
      'Trong kỳ không có việc chưa hoàn thành chuyển sang kỳ sau.',
    ]) {
      expect(none).toContain(s);
    }
  });

  it('previews the counts the document will hold', async () => {
    const res = await get(`/api/provincial-reports/${GIA_LAI}/preview?year=2024`, secretariat);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      provinceCode: GIA_LAI,
      provinceName: 'Gia Lai',
      periodLabel: 'Năm 2024',
      trainings: { conferences: 1, participants: 1234, connectionPoints: 2, testedConferences: 1 },
      indicators: 1,
      items: { total: 4, done: 1, inProgress: 2, notStarted: 0, notDone: 1, overdue: 2 },
      limitations: 2,
      carriedOver: 2,
    });
  });

  it('tells each item’s status as it stood at the period’s end, not as it stands today', async () => {
    // On 30/06/2024 the item closed on 20/09 was in progress and the one given up on 01/08 not started.
    const half = await get(`/api/provincial-reports/${GIA_LAI}/preview?period=2024-YTD06`, secretariat);
    expect(half.statusCode, half.body).toBe(200);
    expect(half.json()).toMatchObject({ items: { total: 4, done: 0, inProgress: 3, notStarted: 1, notDone: 0, overdue: 0 }, carriedOver: 4 });
    const { text } = documentText((await get(`/api/provincial-reports/${GIA_LAI}.docx?period=2024-YTD06`, secretariat)).rawPayload);
    expect(text).toContain(seeded.doneText);
    expect(text).not.toContain(seeded.closingNote);
    expect(text).not.toContain(seeded.notDoneReason);
    expect(text).toContain('theo dõi thực hiện 4 việc (trạng thái tính đến ngày 30/06/2024): đã hoàn thành 0, đang thực hiện 3, chưa thực hiện 1');
    // The national synthesis of the half year rolls the copy up as it stood then too.
    const national = await get('/api/provincial-reports/national/preview?period=2024-YTD06', admin);
    expect(national.statusCode, national.body).toBe(200);
    expect(national.json()).toMatchObject({ items: { done: 0, notDone: 0 } });
  });

  it('gives the Standing Office a national synthesis with a row per province and the national items’ roll-up', async () => {
    const res = await get('/api/provincial-reports/national.docx?year=2024', officer);
    expect(res.statusCode).toBe(200);
    const { text } = documentText(res.rawPayload);
    for (const s of ['BAN CHỈ ĐẠO VỀ NHÂN QUYỀN', 'CỦA CHÍNH PHỦ', 'VĂN PHÒNG THƯỜNG TRỰC', 'Hà Nội, ngày …… tháng …… năm', 'CHÁNH VĂN PHÒNG', 'Tổng cộng']) {
      expect(text).toContain(s);
    }
    // 34 provinces, each with its row: Gia Lai 1 training, 1.234 delegates, 1 of 4 items done, 2 overdue.
    expect(text).toMatch(/Gia Lai\n1\n1\.234\n1\/4\n2\n/);
    expect(text).toMatch(/Cao Bằng\n1\n77\n0\/1\n0\n/);
    expect(text).toContain('Cà Mau');
    // The national UPR item, assigned to one province, still in progress there.
    expect(text).toMatch(/UPR IV 45\.12: Nâng cao nhận thức về quyền của trẻ em \(việc cấp quốc gia\)\n30\/11\/2024\nChưa thực hiện \(quá hạn\)\n0\/1\n1/);
    expect(text).not.toContain(seeded.sampleText);
    expect(text).not.toContain('98.765');
  });

  it('keeps a province’s report to its own accounts and the synthesis to national roles', async () => {
    expect((await get(`/api/provincial-reports/${GIA_LAI}.docx?year=2024`, viewerElsewhere)).statusCode).toBe(404);
    expect((await get(`/api/provincial-reports/${GIA_LAI}/preview?year=2024`, viewerElsewhere)).statusCode).toBe(404);
    expect((await get(`/api/provincial-reports/${OTHER}.docx?year=2024`, viewerElsewhere)).statusCode).toBe(200);
    expect((await get('/api/provincial-reports/national.docx?year=2024', secretariat)).statusCode).toBe(403);
    expect((await get('/api/provincial-reports/national/preview?year=2024', secretariat)).statusCode).toBe(403);
    expect((await get(`/api/provincial-reports/${OTHER}.docx?year=2024`, admin)).statusCode).toBe(200);
  });

  it('refuses a missing or malformed period and an unknown province in Vietnamese', async () => {
    const none = await get(`/api/provincial-reports/${GIA_LAI}.docx`, admin);
    expect(none.statusCode).toBe(400);
    expect(none.json().detail).toContain('Chọn kỳ báo cáo');
    const bad = await get(`/api/provincial-reports/${GIA_LAI}.docx?period=2024-H1`, admin);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].message).toContain('Kỳ báo cáo không hợp lệ');
    expect((await get(`/api/provincial-reports/${GIA_LAI}.docx?year=1800`, admin)).statusCode).toBe(400);
    expect((await get('/api/provincial-reports/99.docx?year=2024', admin)).statusCode).toBe(404);
  });
});
