import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
import type { Database } from '../../src/server/db/client';
import { createTestDatabase } from '../../src/server/db/testing';
import type { App } from '../../src/server/http/route-types';
import { addIndicators, addProvinceForm, addProvinceReport } from '../../src/server/features/indicator-dashboards/testing';
import { createUser, testPassword } from '../../src/server/test-support/test-app';
import { launchChromium, skipBrowserTests } from '../support/browser';
import { ensureWebBuild } from '../support/server';

/*
 * The indicator dashboard in Chromium over approved figures arranged in the database (the same
 * tables and aggregate refresh the workflow uses): the headline figure, the map, the Excel file.
 */
describe.skipIf(skipBrowserTests())('indicator dashboard: approved figures, the map and the Excel download', () => {
  let database: Database;
  let app: App;
  let baseUrl: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ensureWebBuild();
    database = await createTestDatabase();
    app = await buildApp({ config: loadConfig({ DATA_DIR: '/nonexistent', LOG_LEVEL: 'silent', NODE_ENV: 'test', HOST: '127.0.0.1', PORT: '0' }), database, logger: false });
    await app.listen({ host: '127.0.0.1', port: 0 });
    baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const db = database.db;
    await addIndicators(db, [
      { code: 'E2E_JOBS', nameVi: 'Số lao động được giải quyết việc làm', unit: 'người', domain: 'work' },
      { code: 'E2E_BHXH', nameVi: 'Tỷ lệ lao động tham gia BHXH bắt buộc', unit: '%', valueType: 'ratio', aggregation: 'ratio', decimals: 1, domain: 'social_security' },
    ]);
    const form = await addProvinceForm(db);
    const provinces = [['01', 17_670, 15_000, 900, 1000], ['79', 23_400, 20_000, 1800, 2000], ['48', 8_469, 6_500, 300, 500], ['19', 5_120, 6_000, 120, 400]] as const;
    for (const [code, jobs, target, num, den] of provinces) {
      await addProvinceReport(db, { formId: form, provinceCode: code, period: '2024', status: 'approved', values: [{ code: 'E2E_JOBS', value: jobs, target }, { code: 'E2E_BHXH', numerator: num, denominator: den }] });
      await addProvinceReport(db, { formId: form, provinceCode: code, period: '2023', status: 'approved', values: [{ code: 'E2E_JOBS', value: Math.round(jobs * 0.95), target: Math.round(target * 0.95) }] });
    }
    const admin = await createUser(database, { email: 'vptt@example.vn', fullName: 'Trần Văn Bình', role: 'national_officer' });

    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true, locale: 'vi-VN' });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
    const login = await context.request.post(`${baseUrl}/api/auth/login`, { data: { email: admin.email, password: testPassword } });
    expect(login.status()).toBe(200);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.close();
  });

  it('shows the approved national total in Vietnamese numbers', async () => {
    await page.goto(`${baseUrl}/indicators/dashboard?year=2024&frequency=year&indicator=E2E_JOBS`);
    // 17.670 + 23.400 + 8.469 + 5.120 = 54.659, against a target of 47.500.
    await page.getByTestId('kpi-value').getByText('54.659').waitFor();
    await page.getByTestId('kpi-target').getByText('47.500').waitFor();
    await page.getByTestId('kpi-attainment').getByText('115,1%').waitFor();
    // The national ratio is Σ numerators / Σ denominators = 3.120 / 3.900 = 80 %, not the average of the four rates.
    await page.getByTestId('attainment-table').getByRole('row', { name: /BHXH/ }).getByText('80', { exact: true }).waitFor();
  });

  it('draws the map of the 34 provinces', async () => {
    const map = page.getByRole('img', { name: 'Bản đồ 34 tỉnh, thành phố' });
    await map.locator('canvas').waitFor();
    await page.waitForTimeout(1200);
    const painted = await map.locator('canvas').first().evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let coloured = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 0 && !(data[i]! > 245 && data[i + 1]! > 245 && data[i + 2]! > 245)) coloured++;
      return coloured / (canvas.width * canvas.height);
    });
    expect(painted).toBeGreaterThan(0.04);
    await page.screenshot({ path: '/tmp/indicator-dashboard.png', fullPage: true });
    fs.mkdirSync('test-results', { recursive: true });
    fs.copyFileSync('/tmp/indicator-dashboard.png', 'test-results/indicator-dashboard.png');
  });

  it('downloads the overview as an Excel workbook that holds the figure', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-overview-xlsx').click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const rows: unknown[][] = [];
    workbook.worksheets[0]!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    const hanoi = rows.find((r) => r[0] === 'E2E_JOBS' && r[4] === 'Hà Nội');
    expect(hanoi?.[5]).toBe(17_670);
    expect(rows.find((r) => r[0] === 'E2E_JOBS' && r[4] === 'Toàn quốc')?.[5]).toBe(54_659);
  });
});
