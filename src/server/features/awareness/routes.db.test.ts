import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CODE_ALPHABET } from '../../../shared/api/awareness.js';
import { createTestApp, signedInAs, type TestApp } from '../../test-support/test-app.js';
import { docxText, readZipEntry } from '../conferences/export/testing.js';
import { conferenceWithPoints, POINT_HOA_AN, POINT_MAIN } from '../participants/testing.js';
import { awarenessActors, sampleQuestions, type Call } from './testing.js';

type Point = { id: string; name: string };

describe('awareness measurement: question bank, plan, codes, phone submissions, results', () => {
  let t: TestApp;
  let call: Call;
  let admin: string;
  let caoBang: string;
  let hanoi: string;
  let viewer: string;
  let officer: string;
  let nationalIds: string[];

  beforeAll(async () => {
    t = await createTestApp();
    ({ call, admin, caoBang, hanoi, officer } = await awarenessActors(t));
    viewer = (await signedInAs(t, 'viewer', '04')).cookie;
    nationalIds = [];
    for (const q of sampleQuestions()) {
      const res = await call(admin, 'POST', '/api/awareness/questions', q);
      expect(res.statusCode).toBe(201);
      nationalIds.push(res.json().id);
    }
  });
  afterAll(() => t.close());

  async function newConference() {
    const res = await call(caoBang, 'POST', '/api/conferences', conferenceWithPoints());
    expect(res.statusCode).toBe(201);
    const c = res.json();
    const point = (name: string) => (c.connectionPoints as Point[]).find((p) => p.name === name)!.id;
    return { id: c.id as string, main: point(POINT_MAIN), hoaAn: point(POINT_HOA_AN) };
  }
  async function codesOf(conferenceId: string, query = '') {
    const res = await call(caoBang, 'GET', `/api/conferences/${conferenceId}/awareness/codes?pageSize=200${query}`);
    expect(res.statusCode).toBe(200);
    return res.json().items.map((i: { code: string }) => i.code) as string[];
  }
  const open = (conferenceId: string, phase: string, isOpen = true) => call(caoBang, 'POST', `/api/conferences/${conferenceId}/awareness/phases`, { phase, open: isOpen });
  const submit = (token: string, payload: object) => call('', 'POST', `/api/public/awareness/${token}/responses`, payload);

  describe('question bank', () => {
    it('lets a province write its own questions, national admins the national bank, and everybody read', async () => {
      const own = await call(caoBang, 'POST', '/api/awareness/questions', { ...sampleQuestions()[2]!, text: 'Câu hỏi riêng của Cao Bằng về quyền trẻ em?' });
      expect(own.statusCode).toBe(201);
      expect(own.json()).toMatchObject({ province: { code: '04' }, canEdit: true, correct: [0] });

      const national = await call(caoBang, 'GET', `/api/awareness/questions/${nationalIds[0]}`);
      expect(national.json()).toMatchObject({ province: null, canEdit: false });
      const edit = await call(caoBang, 'PUT', `/api/awareness/questions/${nationalIds[0]}`, { ...sampleQuestions()[0]!, version: 1 });
      expect(edit.statusCode).toBe(403);
      expect(edit.json().detail).toContain('Ngân hàng câu hỏi quốc gia');

      // Hà Nội neither sees nor edits Cao Bằng's question; a national officer reads it.
      expect((await call(hanoi, 'GET', `/api/awareness/questions/${own.json().id}`)).statusCode).toBe(404);
      expect((await call(officer, 'GET', `/api/awareness/questions/${own.json().id}`)).statusCode).toBe(200);
      expect((await call(viewer, 'POST', '/api/awareness/questions', sampleQuestions()[0]!)).statusCode).toBe(403);
      const hanoiList = (await call(hanoi, 'GET', '/api/awareness/questions?pageSize=200')).json();
      expect(hanoiList.items.every((q: { province: unknown }) => q.province === null)).toBe(true);

      const updated = await call(caoBang, 'PUT', `/api/awareness/questions/${own.json().id}`, { ...sampleQuestions()[2]!, text: 'Câu hỏi đã sửa về quyền trẻ em?', provinceCode: '04', version: 1 });
      expect(updated.json()).toMatchObject({ text: 'Câu hỏi đã sửa về quyền trẻ em?', version: 2 });
      const stale = await call(caoBang, 'PUT', `/api/awareness/questions/${own.json().id}`, { ...sampleQuestions()[2]!, provinceCode: '04', version: 1 });
      expect(stale.statusCode).toBe(409);

      const found = (await call(viewer, 'GET', `/api/awareness/questions?q=${encodeURIComponent('tre em da sua')}`)).json();
      expect(found.items.map((q: { text: string }) => q.text)).toEqual(['Câu hỏi đã sửa về quyền trẻ em?']);
      expect((await call(caoBang, 'DELETE', `/api/awareness/questions/${own.json().id}`)).statusCode).toBe(204);
    });

    it('refuses a question whose right answer is not one of its options, in Vietnamese', async () => {
      const res = await call(admin, 'POST', '/api/awareness/questions', { ...sampleQuestions()[0]!, correct: [7] });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors).toContainEqual({ path: 'correct', message: 'Đáp án đúng phải là một trong các phương án' });
    });
  });

  describe('a conference tested before and after', () => {
    let c: Awaited<ReturnType<typeof newConference>>;
    let token: string;
    let codes: string[];

    beforeAll(async () => {
      c = await newConference();
      const plan = await call(caoBang, 'PUT', `/api/conferences/${c.id}/awareness/questions`, { questionIds: nationalIds, version: 0 });
      expect(plan.statusCode).toBe(200);
      token = plan.json().publicToken;
      expect(token).toMatch(/^[A-Za-z0-9_-]{24}$/);
      expect((await call(caoBang, 'POST', `/api/conferences/${c.id}/awareness/codes`, { count: 4, connectionPointId: c.main })).json()).toEqual({ batch: 1, created: 4 });
      expect((await call(caoBang, 'POST', `/api/conferences/${c.id}/awareness/codes`, { count: 2, connectionPointId: c.hoaAn })).json()).toEqual({ batch: 2, created: 2 });
      codes = await codesOf(c.id);
    });

    it('generates short, unambiguous codes linked to no participant, visible only to organisers', async () => {
      expect(codes).toHaveLength(6);
      for (const code of codes) expect(code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{8}$`));
      expect(new Set(codes).size).toBe(6);
      expect((await call(viewer, 'GET', `/api/conferences/${c.id}/awareness/codes`)).statusCode).toBe(403);
      expect(await codesOf(c.id, `&connectionPoint=${c.hoaAn}`)).toHaveLength(2);
    });

    it('refuses answers while a phase is closed, and tests cannot open without questions', async () => {
      const closed = await submit(token, { code: codes[0], phase: 'pre', answers: {} });
      expect(closed.statusCode).toBe(409);
      expect(closed.json().detail).toContain('chưa mở hoặc đã đóng bài kiểm tra đầu vào');
      const empty = await newConference();
      expect((await open(empty.id, 'pre')).statusCode).toBe(400);
    });

    it('takes each code once per phase, scores it, and says a second attempt is refused', async () => {
      expect((await open(c.id, 'pre')).json().phases).toEqual({ pre: true, post: false, survey: false });
      const [q1, q2, q3, q4] = nationalIds as [string, string, string, string];
      // Pre-test: code 0 gets 1/4 (25 %), code 1 gets 2/4 (50 %), code 4 (Hòa An) 0/4.
      const first = await submit(token, { code: codes[0]!.toLowerCase(), phase: 'pre', answers: { [q1]: [0], [q2]: [0, 1] } });
      expect(first.statusCode).toBe(201);
      expect(first.json()).toEqual({ phase: 'pre', score: 1, maxScore: 4 });
      expect((await submit(token, { code: codes[1], phase: 'pre', answers: { [q1]: [0], [q2]: [2, 1, 0] } })).json().score).toBe(2);
      expect((await submit(token, { code: codes[4], phase: 'pre', answers: { [q1]: [3] } })).json().score).toBe(0);

      const again = await submit(token, { code: codes[0], phase: 'pre', answers: { [q1]: [0] } });
      expect(again.statusCode).toBe(409);
      expect(again.json().detail).toBe('Mã phiếu này đã được dùng để nộp bài kiểm tra đầu vào. Mỗi mã chỉ nộp được một lần.');

      // The questions are frozen once anyone has answered.
      const plan = (await call(caoBang, 'GET', `/api/conferences/${c.id}/awareness`)).json();
      expect(plan).toMatchObject({ locked: true, codesIssued: 6, responses: { pre: 3, post: 0, survey: 0 } });
      expect((await call(caoBang, 'PUT', `/api/conferences/${c.id}/awareness/questions`, { questionIds: [q1], version: plan.version })).statusCode).toBe(409);

      await open(c.id, 'pre', false);
      await open(c.id, 'post');
      // Post-test: code 0 gets 3/4 (75 %), code 1 gets 4/4 (100 %), code 2 (no pre) 2/4.
      expect((await submit(token, { code: codes[0], phase: 'post', answers: { [q1]: [0], [q2]: [0, 1, 2], [q3]: [0] } })).json()).toEqual({ phase: 'post', score: 3, maxScore: 4 });
      await submit(token, { code: codes[1], phase: 'post', answers: { [q1]: [0], [q2]: [0, 1, 2], [q3]: [0], [q4]: [0] } });
      await submit(token, { code: codes[2], phase: 'post', answers: { [q1]: [0], [q4]: [0], 'not-a-question': [1] } });

      await open(c.id, 'survey');
      const incomplete = await submit(token, { code: codes[0], phase: 'survey', ratings: { content: 5 } });
      expect(incomplete.statusCode).toBe(400);
      const ratings = (v: number) => ({ content: v, speakers: v, organisation: v, usefulness: v, overall: v });
      expect((await submit(token, { code: codes[0], phase: 'survey', ratings: ratings(5), comment: 'Nên có thêm tình huống thực tế ở xã.' })).statusCode).toBe(201);
      await submit(token, { code: codes[1], phase: 'survey', ratings: { ...ratings(4), speakers: 5 } });
    });

    it('answers an unknown code with a Vietnamese 404, and slows down guessing', async () => {
      const res = await call('', 'POST', `/api/public/awareness/${token}/start`, { code: 'ZZZZ-ZZZZ' });
      expect(res.statusCode).toBe(404);
      expect(res.json().detail).toContain('Mã phiếu không đúng');
      const malformed = await call('', 'POST', `/api/public/awareness/${token}/start`, { code: 'O0' });
      expect(malformed.statusCode).toBe(400);
      expect((await call('', 'GET', '/api/public/awareness/khong-co-duong-dan-nay')).statusCode).toBe(404);

      const form = (await call('', 'POST', `/api/public/awareness/${token}/start`, { code: codes[0] })).json();
      expect(form.phases).toEqual([
        { phase: 'pre', open: false, submitted: true },
        { phase: 'post', open: true, submitted: true },
        { phase: 'survey', open: true, submitted: true },
      ]);
      expect(form.questions[1]).toEqual({ id: nationalIds[1], text: sampleQuestions()[1]!.text, options: sampleQuestions()[1]!.options, multiple: true });
      expect(JSON.stringify(form)).not.toContain('correct');

      // Another conference's link gets its own allowance: exhaust this one.
      for (let i = 0; i < 9; i++) await call('', 'POST', `/api/public/awareness/${token}/start`, { code: 'ZZZZZZZZ' });
      const locked = await call('', 'POST', `/api/public/awareness/${token}/start`, { code: codes[0] });
      expect(locked.statusCode).toBe(429);
      expect(locked.headers['retry-after']).toBeDefined();
    });

    it('reports means before and after, the paired gain, response rates, per point and per theme', async () => {
      const res = await call(viewer, 'GET', `/api/conferences/${c.id}/awareness/results`);
      expect(res.statusCode).toBe(200);
      const r = res.json();
      expect(r).toMatchObject({ questions: 4, codesIssued: 6, codesUsed: 4, responseRate: 4 / 6, attendance: 40 });
      // Before: 25, 50, 0 → 25. After: 75, 100, 50 → 75. Pairs: codes 0 (+50) and 1 (+50).
      expect(r.overall).toEqual({ preResponses: 3, postResponses: 3, meanBefore: 25, meanAfter: 75, pairs: 2, pairedGain: 50 });
      const main = r.byPoint.find((p: { name: string }) => p.name === POINT_MAIN);
      expect(main).toMatchObject({ codesIssued: 4, codesUsed: 3, preResponses: 2, postResponses: 3, meanBefore: 37.5, meanAfter: 75, pairs: 2, pairedGain: 50 });
      const hoaAn = r.byPoint.find((p: { name: string }) => p.name === POINT_HOA_AN);
      expect(hoaAn).toMatchObject({ codesIssued: 2, codesUsed: 1, preResponses: 1, postResponses: 0, meanBefore: 0, meanAfter: null, pairs: 0, pairedGain: null });
      // Theme "children" (q3, q4): before all 0; after 50, 100, 50.
      const children = r.byTheme.find((x: { theme: string }) => x.theme === 'children');
      expect(children).toMatchObject({ questions: 2, meanBefore: 0, meanAfter: 66.7, pairs: 2, pairedGain: 75 });
      expect(r.byQuestion[0]).toMatchObject({ correctBefore: 66.7, correctAfter: 100 });
      expect(r.survey.responses).toBe(2);
      expect(r.survey.ratings.find((d: { item: string }) => d.item === 'speakers')).toEqual({ item: 'speakers', counts: [0, 0, 0, 0, 2], mean: 5 });
      expect(r.survey.ratings.find((d: { item: string }) => d.item === 'content')).toEqual({ item: 'content', counts: [0, 0, 0, 1, 1], mean: 4.5 });
      expect(r.survey.commentCount).toBe(1);
      expect(r.survey.latestComments).toEqual([
        { text: 'Nên có thêm tình huống thực tế ở xã.', at: expect.any(String), connectionPointId: c.main, connectionPointName: POINT_MAIN },
      ]);
      // Another province cannot see it.
      expect((await call(hanoi, 'GET', `/api/conferences/${c.id}/awareness/results`)).statusCode).toBe(404);
    });

    it('rolls the scores up per province and year in the conference statistics', async () => {
      const s = (await call(viewer, 'GET', '/api/conference-stats?year=2024&province=04')).json();
      expect(s.testGains).toEqual([
        {
          label: 'Cao Bằng – 2024',
          provinceCode: '04',
          year: 2024,
          tests: 1,
          responsesBefore: 3,
          responsesAfter: 3,
          averageBefore: 25,
          averageAfter: 75,
          pairs: 2,
          pairedGain: 50,
        },
      ]);
      expect((await call(viewer, 'GET', '/api/conference-stats?year=2023')).json().testGains).toEqual([]);
    });

    it('exports the survey summary as a Word report and an Excel workbook', async () => {
      const docx = await call(viewer, 'GET', `/api/conferences/${c.id}/awareness/summary.docx`);
      expect(docx.statusCode).toBe(200);
      expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
      const text = docxText(readZipEntry(docx.rawPayload, 'word/document.xml')!);
      expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(text).toContain('Kết quả kiểm tra nhận thức và khảo sát ý kiến đại biểu Hội nghị tập huấn công tác nhân quyền năm 2024');
      expect(text).toContain('trước tập huấn 25%, sau tập huấn 75%');
      expect(text).toContain('Nên có thêm tình huống thực tế ở xã.');

      const xlsx = await call(viewer, 'GET', `/api/conferences/${c.id}/awareness/summary.xlsx`);
      expect(xlsx.statusCode).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      expect(workbook.worksheets.map((w) => w.name)).toEqual(['Điểm kiểm tra', 'Theo câu hỏi', 'Khảo sát', 'Ý kiến']);
      const scores = workbook.getWorksheet('Điểm kiểm tra')!;
      expect(scores.getRow(3).values).toEqual([undefined, 'Toàn hội nghị', 3, 3, 25, 75, 2, 50]);
      expect(workbook.getWorksheet('Khảo sát')!.getRow(4).values).toEqual([undefined, 'Báo cáo viên', 0, 0, 0, 0, 2, 5]);
      expect(workbook.getWorksheet('Ý kiến')!.getCell('B3').value).toBe('Nên có thêm tình huống thực tế ở xã.');

      const sheet = await call(caoBang, 'GET', `/api/conferences/${c.id}/awareness/codes.xlsx`);
      expect(sheet.statusCode).toBe(200);
      const codesBook = new ExcelJS.Workbook();
      await codesBook.xlsx.load(sheet.rawPayload as unknown as ArrayBuffer);
      const rows: unknown[][] = [];
      codesBook.worksheets[0]!.eachRow((row, i) => i > 3 && rows.push((row.values as unknown[]).slice(1)));
      expect(rows).toHaveLength(6);
      expect(String(rows[0]![4])).toMatch(new RegExp(`/k/${token}\\?c=${rows[0]![1]}$`));
    });
  });
});
