import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedInAs, type TestApp } from '../../test-support/test-app.js';
import { docxText, readZipEntry } from '../conferences/export/testing.js';
import { conferenceWithPoints, POINT_HOA_AN } from '../participants/testing.js';
import { caller, sampleQuestions, type Call } from './testing.js';

type Comment = { text: string; at: string; connectionPointId: string | null; connectionPointName: string | null };
const ratings = { content: 4, speakers: 5, organisation: 4, usefulness: 5, overall: 4 };
const COMMENTS = 12;
/** The comments in the order they were sent: "Ý kiến số 1" first. */
const commentText = (n: number) => `Ý kiến số ${n}: nên có thêm tình huống thực tế ở xã.`;

describe('survey comments: a count and the newest few in the results, every one page by page', () => {
  let t: TestApp;
  let call: Call;
  let caoBang: string;
  let hanoi: string;
  let viewer: string;
  let officer: string;
  let conferenceId: string;
  let hoaAn: string;
  let codes: Array<{ code: string; connectionPointId: string | null }>;

  beforeAll(async () => {
    t = await createTestApp();
    call = caller(t);
    const admin = (await signedInAs(t, 'national_admin')).cookie;
    caoBang = (await signedInAs(t, 'provincial_secretariat', '04')).cookie;
    hanoi = (await signedInAs(t, 'provincial_secretariat', '01')).cookie;
    viewer = (await signedInAs(t, 'viewer', '04')).cookie;
    officer = (await signedInAs(t, 'national_officer')).cookie;
    const question = await call(admin, 'POST', '/api/awareness/questions', sampleQuestions()[0]!);

    const conference = (await call(caoBang, 'POST', '/api/conferences', conferenceWithPoints())).json();
    conferenceId = conference.id;
    hoaAn = (conference.connectionPoints as Array<{ id: string; name: string }>).find((p) => p.name === POINT_HOA_AN)!.id;
    const plan = await call(caoBang, 'PUT', `/api/conferences/${conferenceId}/awareness/questions`, { questionIds: [question.json().id], version: 0 });
    const token = plan.json().publicToken as string;
    // Codes 0–5 for the Hòa An point, 6–12 for the whole conference.
    await call(caoBang, 'POST', `/api/conferences/${conferenceId}/awareness/codes`, { count: 6, connectionPointId: hoaAn });
    await call(caoBang, 'POST', `/api/conferences/${conferenceId}/awareness/codes`, { count: 7 });
    codes = (await call(caoBang, 'GET', `/api/conferences/${conferenceId}/awareness/codes?pageSize=200`)).json().items;
    await call(caoBang, 'POST', `/api/conferences/${conferenceId}/awareness/phases`, { phase: 'survey', open: true });

    // Twelve comments, one at a time so that each is newer than the last, and one survey without a comment.
    for (let n = 1; n <= COMMENTS; n++) {
      const res = await call('', 'POST', `/api/public/awareness/${token}/responses`, { code: codes[n - 1]!.code, phase: 'survey', ratings, comment: commentText(n) });
      expect(res.statusCode).toBe(201);
    }
    expect((await call('', 'POST', `/api/public/awareness/${token}/responses`, { code: codes[12]!.code, phase: 'survey', ratings, comment: '  ' })).statusCode).toBe(201);
  });
  afterAll(() => t.close());

  const commentsUrl = (query = '') => `/api/conferences/${conferenceId}/awareness/comments${query}`;
  const numbers = (items: Comment[]) => items.map((c) => Number(/số (\d+)/.exec(c.text)![1]));

  it('gives the results only the number of comments and the five newest', async () => {
    const r = (await call(viewer, 'GET', `/api/conferences/${conferenceId}/awareness/results`)).json();
    expect(r.survey.responses).toBe(COMMENTS + 1);
    expect(r.survey.commentCount).toBe(COMMENTS);
    expect(numbers(r.survey.latestComments)).toEqual([12, 11, 10, 9, 8]);
    expect(r.survey).not.toHaveProperty('comments');
  });

  it('pages through every comment, newest first, with the point each code was printed for', async () => {
    const first = await call(viewer, 'GET', commentsUrl('?page=1&pageSize=5'));
    expect(first.statusCode).toBe(200);
    expect(first.json().total).toBe(COMMENTS);
    expect(numbers(first.json().items)).toEqual([12, 11, 10, 9, 8]);
    const second = (await call(viewer, 'GET', commentsUrl('?page=2&pageSize=5'))).json();
    expect(second.total).toBe(COMMENTS);
    expect(numbers(second.items)).toEqual([7, 6, 5, 4, 3]);
    expect(numbers((await call(viewer, 'GET', commentsUrl('?page=3&pageSize=5'))).json().items)).toEqual([2, 1]);
    expect((await call(viewer, 'GET', commentsUrl('?page=4&pageSize=5'))).json()).toEqual({ items: [], total: COMMENTS });

    // Comment 3 came from a Hòa An code, comment 7 from a code for the whole conference.
    const byNumber = new Map<number, Comment>(second.items.map((c: Comment) => [numbers([c])[0], c]));
    expect(byNumber.get(3)).toEqual({ text: commentText(3), at: expect.any(String), connectionPointId: hoaAn, connectionPointName: POINT_HOA_AN });
    expect(byNumber.get(7)).toMatchObject({ connectionPointId: null, connectionPointName: null });
    expect(new Date(byNumber.get(7)!.at).getTime()).toBeGreaterThanOrEqual(new Date(byNumber.get(3)!.at).getTime());
  });

  it('says nothing that could lead back to a code or a person', async () => {
    const body = (await call(viewer, 'GET', commentsUrl('?pageSize=100'))).json();
    expect(Object.keys(body.items[0]).sort()).toEqual(['at', 'connectionPointId', 'connectionPointName', 'text']);
    const json = JSON.stringify(body);
    for (const { code } of codes) expect(json).not.toContain(code);
  });

  it('filters by connection point, or by codes for the whole conference', async () => {
    const point = (await call(viewer, 'GET', commentsUrl(`?connectionPoint=${hoaAn}&pageSize=100`))).json();
    expect(point.total).toBe(6);
    expect(numbers(point.items)).toEqual([6, 5, 4, 3, 2, 1]);
    expect((await call(viewer, 'GET', commentsUrl('?connectionPoint=none'))).json().total).toBe(6);
    const stranger = await call(viewer, 'GET', commentsUrl('?connectionPoint=00000000-0000-4000-8000-000000000000'));
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().errors).toEqual([{ path: 'connectionPoint', message: 'Điểm cầu không thuộc hội nghị này.' }]);
  });

  it('limits a page to 100 comments, saying so in Vietnamese', async () => {
    const res = await call(viewer, 'GET', commentsUrl('?pageSize=101'));
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ path: 'pageSize', message: 'Mỗi trang tối đa 100 ý kiến' }]);
    expect(res.json().detail).toContain('Mỗi trang tối đa 100 ý kiến');
    expect((await call(viewer, 'GET', commentsUrl('?pageSize=0'))).json().errors).toEqual([{ path: 'pageSize', message: 'Mỗi trang có ít nhất 1 ý kiến' }]);
    expect((await call(viewer, 'GET', commentsUrl('?page=0'))).json().errors).toEqual([{ path: 'page', message: 'Trang bắt đầu từ 1' }]);
    expect((await call(viewer, 'GET', commentsUrl('?pageSize=100'))).json().items).toHaveLength(COMMENTS);
    const defaults = (await call(viewer, 'GET', commentsUrl())).json();
    expect(defaults.items).toHaveLength(COMMENTS);
  });

  it('shows the comments to whoever may read the results, and hides them from another province', async () => {
    expect((await call(officer, 'GET', commentsUrl())).statusCode).toBe(200);
    expect((await call(caoBang, 'GET', commentsUrl())).statusCode).toBe(200);
    const other = await call(hanoi, 'GET', commentsUrl());
    expect(other.statusCode).toBe(404);
    expect((await call(hanoi, 'GET', `/api/conferences/${conferenceId}/awareness/results`)).statusCode).toBe(404);
    expect((await call('', 'GET', commentsUrl())).statusCode).toBe(401);
    expect((await call(viewer, 'GET', '/api/conferences/00000000-0000-4000-8000-000000000000/awareness/comments')).statusCode).toBe(404);
  });

  it('keeps every comment in the Excel and Word summaries', async () => {
    const xlsx = await call(viewer, 'GET', `/api/conferences/${conferenceId}/awareness/summary.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Ý kiến')!;
    const rows: unknown[][] = [];
    sheet.eachRow((row, i) => i > 2 && rows.push((row.values as unknown[]).slice(1)));
    expect(rows).toHaveLength(COMMENTS);
    expect(rows[0]).toEqual([1, commentText(12), expect.stringMatching(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/), 'Chung cho hội nghị']);
    expect(rows[COMMENTS - 1]).toEqual([COMMENTS, commentText(1), expect.any(String), POINT_HOA_AN]);

    const docx = await call(viewer, 'GET', `/api/conferences/${conferenceId}/awareness/summary.docx`);
    const text = docxText(readZipEntry(docx.rawPayload, 'word/document.xml')!);
    for (let n = 1; n <= COMMENTS; n++) expect(text).toContain(commentText(n));
    // A comment whose code was printed for a point says which point, as the Excel sheet does.
    expect(text).toContain(`${commentText(1)} (${POINT_HOA_AN})`);
  });
});
