import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, skipBrowserTests } from '../support/browser';
import { startServer, type RunningServer } from '../support/server';

describe.skipIf(skipBrowserTests())('indicator import: a province fills the Excel template and sends it back', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let context: BrowserContext;
  let formCode: string;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1360, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const login = await context.request.post(`${server.baseUrl}/api/auth/login`, { data: { email: server.admin.email, password: server.admin.password } });
    expect(login.status()).toBe(200);
    const indicator = await context.request.post(`${server.baseUrl}/api/indicators`, {
      data: { code: 'E2E_GQVL', nameVi: 'Số lao động được giải quyết việc làm (thử)', unit: 'người', valueType: 'count', domain: 'work', aggregation: 'sum' },
    });
    expect(indicator.status(), await indicator.text()).toBe(201);
    formCode = 'E2E_TINH_QUY';
    const form = await context.request.post(`${server.baseUrl}/api/report-forms`, {
      data: { code: formCode, name: 'Biểu thử nhập tệp', unitKind: 'province', frequency: 'quarter', deadlineDays: 15, indicators: [{ indicatorCode: 'E2E_GQVL' }] },
    });
    expect(form.status(), await form.text()).toBe(201);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('downloads the template, fills a value in Excel, uploads it and sees the report it went into', async () => {
    await page.goto(`${server.baseUrl}/indicators/import`);
    await page.getByLabel('Biểu mẫu').first().click();
    await page.getByRole('option', { name: new RegExp(formCode) }).click();
    // The period by year and quarter, the unit by name: no code is typed.
    await page.getByTestId('template-period-year').click();
    await page.getByRole('option', { name: '2024' }).click();
    await page.getByTestId('template-period-which').click();
    await page.getByRole('option', { name: 'Quý II/2024' }).click();
    await page.getByTestId('template-unit').fill('ha noi');
    await page.getByRole('option', { name: 'Hà Nội' }).first().click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('template-download').click()]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(fs.readFileSync((await download.path())!) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Báo cáo')!;
    let row = 0;
    sheet.eachRow((r, n) => {
      if (r.getCell(1).value === 'E2E_GQVL') row = n;
    });
    sheet.getCell(row, 5).value = '17.670';
    const filled = `${fs.mkdtempSync('/tmp/rd-e2e-')}/bao-cao-quy-2.xlsx`;
    fs.writeFileSync(filled, Buffer.from(await workbook.xlsx.writeBuffer()));

    await page.locator('input[type="file"]').setInputFiles(filled);
    await page.getByTestId('import-send').click();
    const result = page.getByTestId('import-result');
    await expect.poll(() => result.textContent()).toContain('Đã nhập 1 giá trị vào 1 báo cáo');
    expect(await result.textContent()).toContain('Hà Nội');
    const href = await result.getByRole('link', { name: 'Mở báo cáo' }).getAttribute('href');
    const report = await context.request.get(`${server.baseUrl}/api/indicator-reports/${href!.split('/').pop()}`);
    expect(report.status()).toBe(200);
    expect(JSON.stringify(await report.json())).toContain('17670');
    // The report's grid says where the figure came from: the file, and the day it was imported.
    await result.getByRole('link', { name: 'Mở báo cáo' }).click();
    const today = new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
    await page.getByText(`Nguồn: tệp bao-cao-quy-2.xlsx, nhập ngày ${today}`).waitFor();
    await page.screenshot({ path: '/tmp/rd-e2e-import-source.png', fullPage: true });
  });
});
