import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, skipBrowserTests } from '../support/browser';
import { startServer, type RunningServer } from '../support/server';
import { signInAsAdmin } from '../support/sign-in';

const screenshots = 'test-results';
const TITLE = 'Hội nghị tập huấn công tác nhân quyền năm 2024';

/** A small API client signed in as the server's administrator. */
async function apiAs(server: RunningServer) {
  const login = await fetch(`${server.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: server.admin.email, password: server.admin.password }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  return async <T>(method: string, path: string, body?: object): Promise<T> => {
    const res = await fetch(`${server.baseUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json', cookie, origin: server.baseUrl },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
}

describe.skipIf(skipBrowserTests())('awareness: the organiser opens the post-test, a participant answers it on a phone', () => {
  let server: RunningServer;
  let browser: Browser;
  let organiser: Page;
  let phone: BrowserContext;
  let conferenceId: string;
  let code: string;
  let pointId: string;
  let api: Awaited<ReturnType<typeof apiAs>>;

  beforeAll(async () => {
    server = await startServer();
    api = await apiAs(server);
    conferenceId = (
      await api<{ id: string }>('POST', '/api/conferences', {
        title: TITLE,
        level: 'provincial',
        provinceCode: '04',
        startDate: '2024-06-13',
        format: 'hybrid',
        status: 'held',
        connectionPoints: [{ name: 'Điểm cầu xã Hòa An', level: 'commune', provinceCode: '04', actualAttendance: 30 }],
      })
    ).id;
    const questions = [
      { theme: 'children', text: 'Theo Luật Trẻ em năm 2016, trẻ em là người dưới bao nhiêu tuổi?', options: ['15 tuổi', '16 tuổi', '18 tuổi'], correct: [1] },
      { theme: 'human_rights_general', text: 'Hiến pháp năm 2013 quy định quyền con người tại chương nào?', options: ['Chương I', 'Chương II', 'Chương III'], correct: [1] },
    ];
    const ids: string[] = [];
    for (const q of questions) ids.push((await api<{ id: string }>('POST', '/api/awareness/questions', q)).id);
    await api('PUT', `/api/conferences/${conferenceId}/awareness/questions`, { questionIds: ids, version: 0 });
    pointId = (await api<{ connectionPoints: Array<{ id: string }> }>('GET', `/api/conferences/${conferenceId}`)).connectionPoints[0]!.id;
    await api('POST', `/api/conferences/${conferenceId}/participants`, { fullName: 'Nguyễn Thị Hòa', agency: 'UBND xã Hòa An', connectionPointId: pointId });
    await api('POST', `/api/conferences/${conferenceId}/awareness/codes`, { count: 5 });
    code = (await api<{ items: Array<{ code: string }> }>('GET', `/api/conferences/${conferenceId}/awareness/codes`)).items[0]!.code;

    browser = await launchChromium();
    organiser = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    organiser.setDefaultTimeout(10_000);
    fs.mkdirSync(screenshots, { recursive: true });
    await signInAsAdmin(organiser, server);
    await organiser.getByRole('heading', { name: `Xin chào, ${server.admin.fullName}!` }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  let link: string;

  it('opens the post-test from the conference page', async () => {
    await organiser.goto(`${server.baseUrl}/training/${conferenceId}`);
    await organiser.getByRole('link', { name: 'Mở trang kiểm tra & khảo sát' }).click();
    await organiser.getByRole('heading', { name: 'Kiểm tra & khảo sát', level: 1 }).waitFor();
    const post = organiser.getByRole('switch', { name: 'Bài kiểm tra đầu ra' });
    expect(await post.isChecked()).toBe(false);
    // Mantine lays the switch's input over its track: clicking the switch is clicking the input.
    await post.click();
    await expect.poll(() => post.isChecked()).toBe(true);
    link = (await organiser.getByTestId('public-link').textContent())!;
    expect(link).toMatch(new RegExp(`^${server.baseUrl}/k/[A-Za-z0-9_-]{24}$`));
    await organiser.screenshot({ path: `${screenshots}/awareness-organiser.png`, fullPage: true });
  });

  it('lets a participant take the post-test on a phone-sized screen, and thanks them with their score', async () => {
    phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const page = await phone.newPage();
    page.setDefaultTimeout(10_000);
    // With the survey open too, the post-test's thanks offer it next.
    await api('POST', `/api/conferences/${conferenceId}/awareness/phases`, { phase: 'survey', open: true });
    await page.goto(link);
    await page.getByText(TITLE, { exact: false }).waitFor();
    await page.getByLabel('Mã phiếu').fill(code.toLowerCase());
    await page.getByRole('button', { name: 'Tiếp tục' }).tap();

    // Two tests open: the participant picks one.
    await page.getByText('Chọn bài cần làm').waitFor();
    await page.getByRole('button', { name: 'Bài kiểm tra đầu ra' }).tap();
    await page.getByRole('heading', { name: 'Bài kiểm tra đầu ra' }).waitFor();
    await page.getByText('Câu 1/2.').waitFor();
    // The page fits the phone: nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.getByRole('radio', { name: '16 tuổi', exact: true }).tap();
    await page.getByRole('radio', { name: 'Chương II', exact: true }).tap();
    await page.getByText('Đã trả lời 2/2 câu').waitFor();
    await page.screenshot({ path: `${screenshots}/awareness-phone-test.png`, fullPage: true });
    await page.getByRole('button', { name: 'Nộp bài' }).tap();

    await page.getByRole('heading', { name: 'Cảm ơn bạn!' }).waitFor();
    await page.getByText('Đúng 2/2 câu').waitFor();
    const next = page.getByRole('button', { name: 'Làm tiếp: Phiếu khảo sát ý kiến' });
    await next.waitFor();
    // Its label wraps on the phone instead of being cut off at the button's edge.
    expect(await next.evaluate((b) => [...b.querySelectorAll('span')].every((s) => s.scrollWidth <= s.clientWidth + 1))).toBe(true);
    await page.screenshot({ path: `${screenshots}/awareness-phone-thanks.png`, fullPage: true });
    await api('POST', `/api/conferences/${conferenceId}/awareness/phases`, { phase: 'survey', open: false });

    // The same code cannot answer the post-test twice.
    await page.goto(`${link}?c=${code}`);
    await page.getByText('Mã phiếu này đã nộp đủ các bài đang mở. Cảm ơn bạn!').waitFor();
  });

  it('shows the response in the organiser’s results', async () => {
    await organiser.reload();
    const table = organiser.getByTestId('awareness-score-table');
    await table.waitFor();
    const overall = table.getByRole('row').nth(1);
    await expect.poll(async () => (await overall.innerText()).replace(/\s+/g, ' ')).toBe('Toàn hội nghị 0 1 — 100% —');
    await organiser.getByText('1 bài đã nộp').waitFor();
    await organiser.screenshot({ path: `${screenshots}/awareness-results.png`, fullPage: true });
  });

  it('shows the newest comments, and every one a page at a time, anonymous and newest first', async () => {
    // 25 survey comments through the phone API: 20 from codes printed for the Hòa An point, 5 from codes for the whole conference.
    await api('POST', `/api/conferences/${conferenceId}/awareness/codes`, { count: 20, connectionPointId: pointId });
    const codes = (await api<{ items: Array<{ code: string; connectionPointId: string | null }> }>('GET', `/api/conferences/${conferenceId}/awareness/codes?pageSize=200`)).items;
    const token = (await api<{ publicToken: string }>('GET', `/api/conferences/${conferenceId}/awareness`)).publicToken;
    await api('POST', `/api/conferences/${conferenceId}/awareness/phases`, { phase: 'survey', open: true });
    const ratings = { content: 4, speakers: 5, organisation: 4, usefulness: 5, overall: 4 };
    const ordered = [...codes.filter((c) => c.connectionPointId), ...codes.filter((c) => !c.connectionPointId)];
    for (const [i, c] of ordered.entries()) {
      await api('POST', `/api/public/awareness/${token}/responses`, { code: c.code, phase: 'survey', ratings, comment: `Góp ý số ${i + 1}` });
    }

    await organiser.reload();
    await organiser.getByRole('heading', { name: 'Ý kiến góp ý (25)' }).waitFor();
    const latest = organiser.getByTestId('awareness-comments');
    await expect.poll(() => latest.getByRole('listitem').allInnerTexts()).toHaveLength(5);
    const first = (await latest.getByRole('listitem').first().innerText()).split('\n').filter(Boolean);
    // Newest first; a code for the whole conference names no point.
    expect(first).toEqual(['Góp ý số 25', expect.stringMatching(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/)]);

    await organiser.getByRole('button', { name: 'Xem tất cả 25 ý kiến' }).click();
    const dialog = organiser.getByRole('dialog', { name: 'Ý kiến góp ý của đại biểu' });
    await dialog.getByText('Hiển thị 1–20 trên tổng số 25').waitFor();
    expect(await dialog.getByRole('listitem').count()).toBe(20);
    await dialog.getByRole('button', { name: '2', exact: true }).click();
    await dialog.getByText('Hiển thị 21–25 trên tổng số 25').waitFor();
    const page2 = await dialog.getByRole('listitem').allInnerTexts();
    expect(page2.map((text) => text.split('\n')[0])).toEqual(['Góp ý số 5', 'Góp ý số 4', 'Góp ý số 3', 'Góp ý số 2', 'Góp ý số 1']);
    expect(page2[0]).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2} · Điểm cầu xã Hòa An$/);
    await organiser.screenshot({ path: `${screenshots}/awareness-comments.png`, fullPage: true });

    // Only the comments of codes for the whole conference.
    await dialog.getByLabel('Điểm cầu').click();
    await organiser.getByRole('option', { name: 'Chung cho hội nghị' }).click();
    await dialog.getByText('Hiển thị 1–5 trên tổng số 5').waitFor();
    await organiser.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('checks a participant in from the point’s QR on a phone, without showing the list', async () => {
    await organiser.getByRole('button', { name: 'Cấp mã QR điểm danh' }).click();
    const checkInLink = (await organiser.locator('a[href*="/d/"]').first().textContent())!;
    expect(checkInLink).toMatch(new RegExp(`^${server.baseUrl}/d/[A-Za-z0-9_-]{24}$`));
    const page = await phone.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(checkInLink);
    await page.getByText('Bạn đang điểm danh tại: Điểm cầu xã Hòa An').waitFor();
    await page.getByLabel('Họ và tên (có dấu)').fill('Nguyễn Văn Không Có');
    await page.getByRole('button', { name: 'Điểm danh' }).tap();
    await page.getByText(/^Không tìm thấy tên trong danh sách của điểm cầu này/).waitFor();
    await page.getByLabel('Họ và tên (có dấu)').fill('nguyễn thị hoà');
    await page.getByRole('button', { name: 'Điểm danh' }).tap();
    await page.getByText('Điểm danh thành công').waitFor();
    await page.screenshot({ path: `${screenshots}/awareness-phone-check-in.png`, fullPage: true });
  });

  it('lists the questions in the bank page of the Tập huấn menu', async () => {
    await organiser.getByRole('link', { name: 'Ngân hàng câu hỏi' }).first().click();
    await organiser.getByRole('heading', { name: 'Ngân hàng câu hỏi', level: 1 }).waitFor();
    await organiser.getByText('Theo Luật Trẻ em năm 2016, trẻ em là người dưới bao nhiêu tuổi?').waitFor();
    await organiser.getByText('Đáp án: 16 tuổi').waitFor();
  });

  it('lets a national administrator give a question to a province, and filter the bank by province', async () => {
    await organiser.getByRole('button', { name: 'Thêm câu hỏi' }).click();
    const dialog = organiser.getByRole('dialog', { name: 'Thêm câu hỏi' });
    const owner = dialog.getByRole('combobox', { name: 'Thuộc' });
    await expect.poll(() => owner.inputValue()).toBe('Toàn quốc (ngân hàng quốc gia)');
    await owner.click();
    await owner.fill('cao bang');
    await organiser.getByRole('option', { name: 'Cao Bằng', exact: true }).click();
    await dialog.getByRole('combobox', { name: /^Chủ đề/ }).click();
    await organiser.getByRole('option', { name: 'Trẻ em', exact: true }).click();
    await dialog.getByLabel(/^Câu hỏi/).fill('Trẻ em có quyền được bày tỏ ý kiến về việc liên quan đến mình không?');
    for (const [i, option] of ['Có', 'Không', 'Chỉ khi đủ 16 tuổi', 'Chỉ khi cha mẹ đồng ý'].entries()) {
      await dialog.getByLabel(`Phương án ${i + 1}`, { exact: true }).fill(option);
    }
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const row = organiser.getByRole('row', { name: /Trẻ em có quyền được bày tỏ ý kiến/ });
    await expect.poll(async () => (await row.innerText()).includes('Cao Bằng')).toBe(true);
    await organiser.getByRole('combobox', { name: 'Tỉnh, thành phố' }).click();
    await organiser.getByRole('option', { name: 'Cao Bằng', exact: true }).click();
    await expect.poll(() => organiser.getByRole('row').count()).toBe(2);
    await row.waitFor();
    await organiser.screenshot({ path: `${screenshots}/awareness-bank-province.png`, fullPage: true });
  });

  it('prints the slips, each code with its QR', async () => {
    await organiser.goto(`${server.baseUrl}/training/${conferenceId}/awareness/codes`);
    await organiser.getByRole('heading', { name: 'Phiếu mã kiểm tra nhận thức' }).waitFor();
    await organiser.getByText(code, { exact: true }).waitFor();
    await expect.poll(() => organiser.getByRole('img', { name: code }).count()).toBe(1);
    await organiser.screenshot({ path: `${screenshots}/awareness-slips.png`, fullPage: true });
  });
});
