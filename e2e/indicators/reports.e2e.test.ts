import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, skipBrowserTests } from '../support/browser';
import { startServer, type RunningServer } from '../support/server';

/**
 * A province's report from entry to the dashboard: the province's secretariat pastes its figures
 * from Excel and submits, the Standing Office returns it with a reason, the province corrects and
 * resubmits, the Standing Office approves, and the approved figure is on the dashboard, its map
 * and its Excel download.
 */
describe.skipIf(skipBrowserTests())('indicator reports: from the entry grid to the dashboard', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let officer: Page;
  let reportId: string;
  const year = new Date().getUTCFullYear() - 1;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const base = server.baseUrl;
    const login = await context.request.post(`${base}/api/auth/login`, { data: { email: server.admin.email, password: server.admin.password } });
    expect(login.status()).toBe(200);
    const indicator = (code: string, nameVi: string, extra: object = {}) =>
      context.request.post(`${base}/api/indicators`, { data: { code, nameVi, unit: 'người', valueType: 'count', domain: 'work', aggregation: 'sum', ...extra } });
    for (const res of [
      await indicator('E2E_JOBS', 'Số lao động được giải quyết việc làm', { disaggregations: ['sex'] }),
      await indicator('E2E_TRAIN', 'Số người được đào tạo nghề'),
      await indicator('E2E_BHXH', 'Tỷ lệ tham gia bảo hiểm xã hội', { unit: '%', valueType: 'ratio', aggregation: 'ratio', decimals: 2, numeratorLabel: 'Số người tham gia', denominatorLabel: 'Số người thuộc diện tham gia' }),
    ])
      expect(res.status(), await res.text()).toBe(201);
    const form = await context.request.post(`${base}/api/report-forms`, {
      data: { code: 'E2E_YEAR', name: 'Biểu chỉ tiêu năm cấp tỉnh', unitKind: 'province', frequency: 'year', deadlineDays: 15, indicators: [{ indicatorCode: 'E2E_JOBS', required: true }, { indicatorCode: 'E2E_TRAIN' }, { indicatorCode: 'E2E_BHXH' }] },
    });
    expect(form.status(), await form.text()).toBe(201);
    // From here the page is the province's: Hà Nội's secretariat opens and fills its report.
    const secretariat = await server.addUser('provincial_secretariat', '01');
    expect((await context.request.post(`${base}/api/auth/login`, { data: secretariat })).status()).toBe(200);
    const opened = await context.request.post(`${base}/api/indicator-reports`, { data: { formId: (await form.json()).id, unitKind: 'province', unitCode: '01', period: String(year) } });
    expect(opened.status(), await opened.text()).toBe(201);
    reportId = (await opened.json()).id;
  });

  afterAll(async () => {
    await officer?.context().close();
    await browser?.close();
    await server?.stop();
  });

  it('takes a block pasted from Excel, computes % of target live, saves it and submits', async () => {
    await page.goto(`${server.baseUrl}/indicators/reports/${reportId}`);
    const target = page.getByRole('textbox', { name: 'Số lao động được giải quyết việc làm — Chỉ tiêu/kế hoạch' });
    await target.focus();
    // Target and actual of the total, then of nữ and nam: each part has a target of its own.
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', '15.000\t17.670\r\n8.000\t9.000\r\n7.000\t8.670\r\n');
      document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    const male = page.getByRole('textbox', { name: 'Số lao động được giải quyết việc làm (Nam) — Thực hiện' });
    await expect.poll(() => male.inputValue()).toBe('8.670');
    await page.getByTestId('pct-E2E_JOBS|').getByText('117,8%').waitFor();
    await page.getByTestId('pct-E2E_JOBS|sex:female').getByText('112,5%').waitFor();
    expect(await target.inputValue()).toBe('15.000');
    await page.getByTestId('save-status').getByText(/Đã lưu lúc \d\d:\d\d/).waitFor();

    // An English-formatted figure is refused in its cell, not saved.
    const train = page.getByRole('textbox', { name: 'Số người được đào tạo nghề — Thực hiện' });
    await train.fill('8,469.5');
    await page.getByText('Số viết kiểu tiếng Anh?').waitFor();
    await train.fill('8.469');
    await page.getByRole('textbox', { name: 'Tỷ lệ tham gia bảo hiểm xã hội — Tử số' }).fill('970');
    await page.getByRole('textbox', { name: 'Tỷ lệ tham gia bảo hiểm xã hội — Mẫu số' }).fill('1.000');
    await page.getByLabel('Tỷ lệ tham gia bảo hiểm xã hội — Thực hiện').getByText('97').waitFor();
    await page.getByTestId('save-status').getByText(/Đã lưu lúc/).waitFor();
    await page.screenshot({ path: '/tmp/indicator-grid.png', fullPage: true });

    const saved = await (await context.request.get(`${server.baseUrl}/api/indicator-reports/${reportId}`)).json();
    const jobs = saved.rows.find((r: { indicator: { code: string } }) => r.indicator.code === 'E2E_JOBS');
    expect(jobs.values.map((v: { part: string; value: number; target: number | null }) => [v.part, v.value, v.target]).sort()).toEqual([
      ['', 17670, 15000],
      ['sex:female', 9000, 8000],
      ['sex:male', 8670, 7000],
    ]);

    await page.getByRole('button', { name: 'Nộp báo cáo' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Nộp báo cáo' }).click();
    await page.getByText('Đã nộp', { exact: true }).first().waitFor();
    const after = await (await context.request.get(`${server.baseUrl}/api/indicator-reports/${reportId}`)).json();
    expect(after.status).toBe('submitted');
    // Submitted: the grid is read only.
    expect(await train.getAttribute('readonly')).not.toBeNull();
  });
  it('is returned with a reason, corrected, resubmitted and approved, then shown on the dashboard, its map and in Excel', async () => {
    const officerContext = await browser.newContext({ viewport: { width: 1360, height: 900 }, acceptDownloads: true });
    const standingOffice = await server.addUser('national_officer');
    expect((await officerContext.request.post(`${server.baseUrl}/api/auth/login`, { data: standingOffice })).status()).toBe(200);
    officer = await officerContext.newPage();
    officer.setDefaultTimeout(15_000);

    await officer.goto(`${server.baseUrl}/indicators/reports/${reportId}`);
    await officer.getByRole('button', { name: 'Trả lại' }).click();
    await officer.getByRole('dialog').getByLabel('Lý do').fill('Số người được đào tạo nghề chưa khớp báo cáo của Sở Lao động');
    await officer.getByRole('dialog').getByRole('button', { name: 'Trả lại' }).click();
    await officer.getByText('Bị trả lại', { exact: true }).first().waitFor();

    // The province sees why, corrects the figure and submits again.
    await page.reload();
    await page.getByText('Số người được đào tạo nghề chưa khớp báo cáo của Sở Lao động').first().waitFor();
    const train = page.getByRole('textbox', { name: 'Số người được đào tạo nghề — Thực hiện' });
    await train.fill('8.470');
    await page.getByTestId('save-status').getByText(/Đã lưu lúc/).waitFor();
    await page.getByRole('button', { name: 'Nộp báo cáo' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Nộp báo cáo' }).click();
    await page.getByText('Đã nộp', { exact: true }).first().waitFor();

    await officer.reload();
    await officer.getByRole('button', { name: 'Phê duyệt' }).click();
    await officer.getByRole('dialog').getByRole('button', { name: 'Phê duyệt' }).click();
    await officer.getByText('Đã phê duyệt', { exact: true }).first().waitFor();
    const approved = await (await officerContext.request.get(`${server.baseUrl}/api/indicator-reports/${reportId}`)).json();
    expect(approved.status).toBe('approved');
    expect(approved.events.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['submitted', 'returned', 'approved']));
    // The history on the page names every step, newest first, with the reason of the return.
    await officer.reload();
    const history = officer.locator('.mantine-Timeline-itemTitle');
    await expect.poll(async () => (await history.allTextContents()).slice(0, 4)).toEqual(['Phê duyệt', 'Nộp báo cáo', 'Lưu số liệu', 'Trả lại']);
    await officer.getByText('Lý do: Số người được đào tạo nghề chưa khớp báo cáo của Sở Lao động').waitFor();
    expect(await history.allTextContents()).not.toContain('Thao tác khác');

    // On the dashboard at once: no job runs between the approval and this page.
    await officer.goto(`${server.baseUrl}/indicators/dashboard?year=${year}&frequency=year&indicator=E2E_JOBS`);
    await officer.getByTestId('kpi-value').getByText('17.670').waitFor();
    await officer.getByTestId('kpi-attainment').getByText('117,8%').waitFor();
    await officer.getByRole('img', { name: 'Bản đồ 34 tỉnh, thành phố' }).locator('canvas').waitFor();
    const [download] = await Promise.all([officer.waitForEvent('download'), officer.getByTestId('download-overview-xlsx').click()]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await download.path());
    const rows: unknown[][] = [];
    book.worksheets[0]!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    expect(rows.find((r) => r[0] === 'E2E_JOBS' && r[4] === 'Hà Nội')?.[5]).toBe(17_670);
  });
});
