import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorInput } from '../src/shared/api/indicators';
import { launchChromium, skipBrowserTests } from './support/browser';
import { startServer, type RunningServer } from './support/server';

describe.skipIf(skipBrowserTests())('indicator catalogue: an administrator corrects an indicator', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    // The context's request client shares the browser's cookie jar: signing in here signs the page in.
    const login = await context.request.post(`${server.baseUrl}/api/auth/login`, { data: { email: server.admin.email, password: server.admin.password } });
    expect(login.status()).toBe(200);
    const indicators: IndicatorInput[] = [
      { code: 'VL_GQVL', nameVi: 'Số lao động được giải quyết việc làm', unit: 'người', valueType: 'count', domain: 'work', aggregation: 'sum' },
      { code: 'GN_HO_NGHEO_TL', nameVi: 'Tỷ lệ hộ nghèo', unit: '%', valueType: 'ratio', domain: 'poverty', aggregation: 'ratio', numeratorLabel: 'Số hộ nghèo', denominatorLabel: 'Tổng số hộ' },
    ];
    for (const data of indicators) {
      const res = await context.request.post(`${server.baseUrl}/api/indicators`, { data });
      expect(res.status(), await res.text()).toBe(201);
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('edits a name in the drawer, is told what is missing, and sees the new name in the list', async () => {
    await page.goto(`${server.baseUrl}/indicators/catalogue`);
    const row = page.locator('tr[data-code="VL_GQVL"]');
    await expect.poll(() => row.textContent()).toContain('Số lao động được giải quyết việc làm');
    await expect.poll(() => page.locator('th', { hasText: 'Giảm nghèo' }).count()).toBe(1);

    await page.getByRole('button', { name: 'Sửa VL_GQVL' }).click();
    const drawer = page.getByRole('dialog');
    const name = drawer.getByLabel('Tên chỉ tiêu (tiếng Việt)');
    await name.fill('');
    await drawer.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => drawer.getByText('Nhập tên chỉ tiêu (tiếng Việt)').count()).toBe(1);

    await name.fill('Số người được tạo việc làm mới');
    await drawer.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => row.textContent()).toContain('Số người được tạo việc làm mới');

    // Found again by a search typed without diacritics.
    await page.getByLabel(/Tìm theo mã/).fill('tao viec lam');
    await expect.poll(() => page.locator('tr[data-code]').count()).toBe(1);
  });
});
