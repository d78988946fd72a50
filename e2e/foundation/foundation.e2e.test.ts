import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, skipBrowserTests } from '../support/browser';
import { startServer, type RunningServer } from '../support/server';

const screenshots = 'test-results';

describe.skipIf(skipBrowserTests())('foundation: sign in, language, provinces', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    // Fail within the test's own time limit, with the locator named, rather than hang.
    page.setDefaultTimeout(10_000);
    fs.mkdirSync(screenshots, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('sends a signed-out visitor to the sign-in page, in Vietnamese', async () => {
    await page.goto(`${server.baseUrl}/`);
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
  });

  it('explains a wrong password in Vietnamese', async () => {
    await page.getByLabel(/^Email/).fill(server.admin.email);
    await page.getByLabel(/^Mật khẩu/).fill('khong-dung-mat-khau');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('alert').getByText('Sai email hoặc mật khẩu').waitFor();
  });

  it('signs in and greets the user on the home page with the five areas', async () => {
    await page.getByLabel(/^Mật khẩu/).fill(server.admin.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: `Xin chào, ${server.admin.fullName}!` }).waitFor();
    const nav = page.getByRole('navigation');
    for (const area of ['Tập huấn', 'Chỉ tiêu', 'Theo dõi thực hiện', 'Nhập tài liệu', 'Quản trị']) {
      await nav.getByRole('link', { name: area, exact: true }).waitFor();
    }
    await page.getByRole('main').getByText('Quản trị viên quốc gia').waitFor();
    await page.screenshot({ path: `${screenshots}/foundation-home.png`, fullPage: true });
  });

  it('switches to English, remembers it across a reload, and back to Vietnamese', async () => {
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { name: `Hello, ${server.admin.fullName}!` }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');

    await page.reload();
    await page.getByRole('heading', { name: `Hello, ${server.admin.fullName}!` }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Follow-up', exact: true }).waitFor();

    await page.getByText('VI', { exact: true }).click();
    await page.getByRole('heading', { name: `Xin chào, ${server.admin.fullName}!` }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
  });

  it('finds Đắk Lắk among the provinces by typing without tone marks', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Địa bàn' }).click();
    await page.getByRole('heading', { name: 'Địa bàn' }).waitFor();
    await page.getByRole('link', { name: 'Hà Nội', exact: true }).waitFor();

    await page.getByLabel('Tìm tỉnh, thành phố').fill('dak lak');
    await page.getByRole('link', { name: 'Đắk Lắk', exact: true }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('main table tbody tr').length === 1);
    expect(new URL(page.url()).searchParams.get('q')).toBe('dak lak');
  });

  it('opens a province and lists its communes', async () => {
    await page.getByRole('link', { name: 'Đắk Lắk', exact: true }).click();
    await page.getByRole('heading', { name: 'Tỉnh Đắk Lắk' }).waitFor();
    await page.getByRole('heading', { name: 'Xã, phường, đặc khu' }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('main table tbody tr').length > 10);
    const firstRow = await page.locator('main table tbody tr').first().innerText();
    expect(firstRow).toMatch(/^\d{5}/);
    await page.screenshot({ path: `${screenshots}/foundation-province.png`, fullPage: false });
  });

  it('keeps the layout usable on a phone, with the menu behind the burger', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.baseUrl}/`);
    await page.getByRole('heading', { name: `Xin chào, ${server.admin.fullName}!` }).waitFor();
    await page.getByRole('button', { name: 'Mở danh mục chức năng' }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Địa bàn' }).waitFor();
    await page.screenshot({ path: `${screenshots}/foundation-phone-menu.png` });
  });
});
