import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
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
    await expect.poll(() => summary.count(), { timeout: 20_000 }).toBe(1);
    expect(await page.getByRole('row').filter({ hasText: 'UPR IV 45.10' }).textContent()).toContain('Ghi nhận');
    await page.getByRole('button', { name: 'Nhập 12 dòng' }).click();
    const done = page.getByRole('status').filter({ hasText: 'Đã tạo 12 việc theo dõi' });
    await expect.poll(() => done.count(), { timeout: 10_000 }).toBe(1);
    expect(await done.getByRole('link', { name: 'Xem trong danh sách theo dõi' }).getAttribute('href')).toBe('/follow-up?kind=upr&uprCycle=4');
    const list = await context.request.get(`${server.baseUrl}/api/followup-items?kind=upr&uprCycle=4`);
    expect(list.status()).toBe(200);
    expect((await list.json()).total).toBe(12);
  });

  it('imports a plan’s tasks after the person chooses the body the registry did not match', async () => {
    for (const name of ['Sở Tư pháp thành phố Hà Nội', 'Sở Văn hóa và Thể thao thành phố Hà Nội']) {
      const created = await context.request.post(`${server.baseUrl}/api/organisations`, { data: { name, kind: 'department', provinceCode: '01' } });
      expect(created.status(), await created.text()).toBe(201);
    }
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Nhiệm vụ');
    ws.addRow(['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành']);
    ws.addRow([1, 'Phổ biến các khuyến nghị UPR chu kỳ IV', 'Sở Tư pháp', '', 'Quý II/2025']);
    ws.addRow([2, 'Tổ chức hoạt động văn hóa cho đồng bào dân tộc thiểu số', 'Sở VHTT', '', 'Năm 2025']);
    const file = `${fs.mkdtempSync('/tmp/rd-e2e-')}/ke-hoach-123.xlsx`;
    fs.writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));

    await page.goto(`${server.baseUrl}/follow-up/import`);
    await page.getByRole('tab', { name: 'Kế hoạch thực hiện' }).click();
    await page.locator('input[type="file"]').first().setInputFiles(file);
    await page.getByLabel('Số, ký hiệu kế hoạch').fill('123/KH-UBND');
    const date = page.getByLabel('Ngày ban hành');
    await date.fill('01/03/2025');
    await date.blur();
    await page.getByRole('switch', { name: 'Cấp quốc gia' }).click({ force: true });
    await page.getByRole('combobox', { name: 'Tỉnh' }).click();
    await page.getByRole('option', { name: 'Hà Nội', exact: false }).first().click();
    await page.getByRole('button', { name: 'Đọc tệp' }).click();
    // The first .xlsx starts an upload worker: allow it time.
    await expect.poll(() => page.getByText(/2 dòng: 1 sẵn sàng, 1 có lỗi/).count(), { timeout: 20_000 }).toBe(1);
    expect(await page.getByRole('row').filter({ hasText: 'Phổ biến' }).textContent()).toContain('Chủ trì: Sở Tư pháp thành phố Hà Nội');

    await page.getByRole('combobox', { name: 'Chọn cơ quan chủ trì cho “Sở VHTT”' }).click();
    await page.getByRole('option', { name: /Văn hóa và Thể thao/ }).click();
    await page.getByRole('button', { name: 'Nhập 2 dòng' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Đã tạo 2 việc theo dõi' }).count(), { timeout: 10_000 }).toBe(1);
    const list = await context.request.get(`${server.baseUrl}/api/followup-items?kind=plan`);
    const items = (await list.json()).items as Array<{ text: string; dueDate: string | null }>;
    expect(items.map((i) => [i.text, i.dueDate]).sort()).toEqual([
      ['Phổ biến các khuyến nghị UPR chu kỳ IV', '2025-06-30'],
      ['Tổ chức hoạt động văn hóa cho đồng bào dân tộc thiểu số', '2025-12-31'],
    ]);
  });
});
