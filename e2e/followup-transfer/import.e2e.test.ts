import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, skipBrowserTests } from '../support/browser';
import { startServer, type RunningServer } from '../support/server';

const sample = fileURLToPath(new URL('../../reference-data/followup/upr-sample.csv', import.meta.url));

describe.skipIf(skipBrowserTests())('follow-up import: the Standing Office imports a UPR matrix and finds the items in the list', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let context: BrowserContext;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const login = await context.request.post(`${server.baseUrl}/api/auth/login`, { data: { email: server.admin.email, password: server.admin.password } });
    expect(login.status()).toBe(200);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('reads the matrix, previews every row, imports them at once and links to the list', async () => {
    await page.goto(`${server.baseUrl}/follow-up/import`);
    await page.getByRole('tab', { name: 'Ma trận khuyến nghị UPR' }).click();
    await page.locator('input[type="file"]').first().setInputFiles(sample);
    const date = page.getByLabel('Ngày thông qua');
    await date.fill('26/09/2024');
    await date.blur();
    await page.getByRole('button', { name: 'Đọc tệp' }).click();
    const summary = page.getByText(/12 dòng: 12 sẵn sàng/);
    await expect.poll(() => summary.count()).toBe(1);
    expect(await page.getByRole('row').filter({ hasText: 'UPR IV 45.10' }).textContent()).toContain('Ghi nhận');
    await page.getByRole('button', { name: 'Nhập 12 dòng' }).click();
    const done = page.getByRole('status').filter({ hasText: 'Đã tạo 12 việc theo dõi' });
    await expect.poll(() => done.count()).toBe(1);
    expect(await done.getByRole('link', { name: 'Xem trong danh sách theo dõi' }).getAttribute('href')).toBe('/follow-up?kind=upr&uprCycle=4');
    const list = await context.request.get(`${server.baseUrl}/api/followup-items?kind=upr&uprCycle=4`);
    expect(list.status()).toBe(200);
    expect((await list.json()).total).toBe(12);
  });
});
