import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorInput } from '../../src/shared/api/indicators';
import { launchChromium, skipBrowserTests } from '../support/browser';
import { startServer, type RunningServer } from '../support/server';

describe.skipIf(skipBrowserTests())('indicator catalogue: an administrator corrects an indicator', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let context: BrowserContext;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
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

  it('tells the administrator when someone else saved first, and reloads the list', async () => {
    await page.getByLabel(/Tìm theo mã/).fill('');
    await page.getByRole('button', { name: 'Sửa GN_HO_NGHEO_TL' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByLabel('Tên chỉ tiêu (tiếng Việt)').fill('Tỷ lệ hộ nghèo đa chiều');
    // Meanwhile another administrator corrects the same indicator.
    const current = await (await context.request.get(`${server.baseUrl}/api/indicators/GN_HO_NGHEO_TL`)).json();
    const { code: _c, updatedAt: _u, ...body } = current;
    const other = await context.request.put(`${server.baseUrl}/api/indicators/GN_HO_NGHEO_TL`, { data: { ...body, nameVi: 'Tỷ lệ hộ nghèo theo chuẩn đa chiều' } });
    expect(other.status()).toBe(200);

    await drawer.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => drawer.getByText('Người khác vừa sửa chỉ tiêu này', { exact: false }).count()).toBe(1);
    await drawer.getByRole('button', { name: 'Tải lại' }).click();
    await expect.poll(() => page.locator('tr[data-code="GN_HO_NGHEO_TL"]').textContent()).toContain('Tỷ lệ hộ nghèo theo chuẩn đa chiều');
  });
});
