import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, skipBrowserTests } from './support/browser';
import { startServer, type RunningServer } from './support/server';

describe.skipIf(skipBrowserTests())('indicator reports: the entry grid', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let reportId: string;

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
    const opened = await context.request.post(`${base}/api/indicator-reports`, { data: { formId: (await form.json()).id, unitKind: 'province', unitCode: '01', period: String(new Date().getUTCFullYear() - 1) } });
    expect(opened.status(), await opened.text()).toBe(201);
    reportId = (await opened.json()).id;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('takes a block pasted from Excel, computes % of target live, saves it and submits', async () => {
    await page.goto(`${server.baseUrl}/indicators/reports/${reportId}`);
    const target = page.getByRole('textbox', { name: 'Số lao động được giải quyết việc làm — Chỉ tiêu/kế hoạch' });
    await target.focus();
    // Target and actual of the total, then the actual of nữ and nam (parts have no target: skipped).
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', '15.000\t17.670\r\n\t9.000\r\n\t8.670\r\n');
      document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    const male = page.getByRole('textbox', { name: 'Số lao động được giải quyết việc làm (Nam) — Thực hiện' });
    await expect.poll(() => male.inputValue()).toBe('8.670');
    await page.getByTestId('pct-E2E_JOBS|').getByText('117,8%').waitFor();
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
      ['sex:female', 9000, null],
      ['sex:male', 8670, null],
    ]);

    await page.getByRole('button', { name: 'Nộp báo cáo' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Nộp báo cáo' }).click();
    await page.getByText('Đã nộp', { exact: true }).first().waitFor();
    const after = await (await context.request.get(`${server.baseUrl}/api/indicator-reports/${reportId}`)).json();
    expect(after.status).toBe('submitted');
    // Submitted: the grid is read only.
    expect(await train.getAttribute('readonly')).not.toBeNull();
  });
});
