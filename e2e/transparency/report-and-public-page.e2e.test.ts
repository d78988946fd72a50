import type { AddressInfo } from 'node:net';
import { unzipSync, strFromU8 } from 'fflate';
import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
import type { Database } from '../../src/server/db/client';
import { createTestDatabase } from '../../src/server/db/testing';
import type { App } from '../../src/server/http/route-types';
import { seeded, seedProvinceYear } from '../../src/server/features/provincial-reports/testing';
import { createUser, testPassword } from '../../src/server/test-support/test-app';
import { launchChromium, skipBrowserTests } from '../support/browser';
import { ensureWebBuild } from '../support/server';

/*
 * A province's secretariat previews and downloads its year's report, publishes its public page,
 * and a visitor without an account reads it on a phone; withdrawing hides it again.
 */
describe.skipIf(skipBrowserTests())('provincial report and public transparency page', () => {
  let database: Database;
  let app: App;
  let baseUrl: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const shot = (name: string) => {
    fs.mkdirSync('test-results', { recursive: true });
    return page.screenshot({ path: `test-results/${name}.png`, fullPage: true });
  };

  beforeAll(async () => {
    ensureWebBuild();
    database = await createTestDatabase();
    app = await buildApp({ config: loadConfig({ DATA_DIR: '/nonexistent', LOG_LEVEL: 'silent', NODE_ENV: 'test', HOST: '127.0.0.1', PORT: '0' }), database, logger: false });
    await app.listen({ host: '127.0.0.1', port: 0 });
    baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    await seedProvinceYear(database.db, '52', '04');
    const secretariat = await createUser(database, { email: 'bcd.gialai@example.vn', fullName: 'Phạm Thu Hà', role: 'provincial_secretariat', provinceCode: '52' });
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, locale: 'vi-VN' });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
    const login = await context.request.post(`${baseUrl}/api/auth/login`, { data: { email: secretariat.email, password: testPassword } });
    expect(login.status()).toBe(200);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.close();
  });

  it('shows what the report will hold, then downloads it as Word', async () => {
    await page.goto(`${baseUrl}/follow-up/report`);
    await page.getByRole('heading', { name: 'Báo cáo kết quả công tác nhân quyền' }).waitFor();
    await shot('provincial-report-start');
    await page.getByLabel('Năm', { exact: true }).first().click();
    await page.getByRole('option', { name: '2024' }).click();
    await page.getByText('Báo cáo sẽ gồm — Gia Lai, Năm 2024').waitFor();
    await page.getByText(/I\. Tập huấn: 1 hội nghị, 1\.234 lượt đại biểu, 2 điểm cầu/).waitFor();
    await page.getByText(/III\. Theo dõi thực hiện: 4 việc — đã hoàn thành 1/).waitFor();
    await shot('provincial-report');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tải báo cáo của tỉnh (Word)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/Gia Lai.*\.docx$/);
    const xml = strFromU8(unzipSync(new Uint8Array(fs.readFileSync(await download.path())))['word/document.xml']!);
    expect(xml).toContain('UBND TỈNH GIA LAI');
    expect(xml).toContain(seeded.openText);
    // A provincial account gets no national synthesis button.
    expect(await page.getByRole('link', { name: /tổng hợp toàn quốc/ }).count()).toBe(0);
  });

  it('publishes the public page, which a visitor reads on a phone without an account, and withdraws it', async () => {
    await page.goto(`${baseUrl}/follow-up/public`);
    await page.getByText('Không công khai').waitFor();
    await page.getByRole('switch', { name: 'Công khai trang của Gia Lai' }).click({ force: true });
    await page.getByText('Đang công khai').waitFor();
    await page.getByRole('link', { name: /\/public\/52$/ }).waitFor();
    await shot('transparency-settings');

    const visitor = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'vi-VN', isMobile: true });
    const phone = await visitor.newPage();
    await phone.goto(`${baseUrl}/public`);
    await phone.getByRole('link', { name: /Gia Lai/ }).click();
    await phone.getByRole('heading', { name: 'Gia Lai' }).waitFor();
    await phone.getByText('Số hộ nghèo được hỗ trợ nhà ở').waitFor();
    await phone.getByText('1.250').first().waitFor();
    await phone.getByText(seeded.openText).waitFor();
    const text = await phone.locator('body').innerText();
    for (const secret of [seeded.participantName, seeded.progressNote, seeded.closingNote, seeded.sampleText, '98.765']) expect(text).not.toContain(secret);
    expect((await visitor.cookies()).length).toBe(0);
    fs.mkdirSync('test-results', { recursive: true });
    await phone.screenshot({ path: 'test-results/public-province-phone.png', fullPage: true });

    await page.getByRole('switch', { name: 'Công khai trang của Gia Lai' }).click({ force: true });
    await page.getByText('Không công khai').waitFor();
    await phone.reload();
    await phone.getByText('Trang không tồn tại hoặc chưa được công khai').waitFor();
    await visitor.close();
  });
});
