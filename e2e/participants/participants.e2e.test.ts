import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, skipBrowserTests } from '../support/browser';
import { startServer, type RunningServer } from '../support/server';
import { signInAsAdmin } from '../support/sign-in';

const screenshots = 'test-results';
const headers = ['Họ và tên', 'Cơ quan, đơn vị', 'Chức vụ', 'Điểm cầu', 'Liên hệ (không bắt buộc)'];
const MAIN = 'Điểm cầu chính - Hội trường UBND tỉnh';
const HOA_AN = 'Điểm cầu xã Hòa An';

async function xlsx(rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách đại biểu');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Signs in over HTTP and creates a hybrid conference with two points; returns its id. */
async function createConference(server: RunningServer): Promise<string> {
  const login = await fetch(`${server.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: server.admin.email, password: server.admin.password }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const res = await fetch(`${server.baseUrl}/api/conferences`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({
      title: 'Hội nghị tập huấn công tác nhân quyền năm 2024',
      level: 'provincial',
      provinceCode: '04',
      startDate: '2024-06-13',
      format: 'hybrid',
      status: 'held',
      connectionPoints: [
        { name: MAIN, level: 'province', provinceCode: '04', isMain: true },
        { name: HOA_AN, level: 'commune', provinceCode: '04', actualAttendance: 25, hasInternet: false },
      ],
    }),
  });
  if (res.status !== 201) throw new Error(`conference not created: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { id: string }).id;
}

describe.skipIf(skipBrowserTests())('participants: import a list, check in, see the totals', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let conferenceId: string;

  beforeAll(async () => {
    server = await startServer();
    conferenceId = await createConference(server);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(10_000);
    fs.mkdirSync(screenshots, { recursive: true });
    await signInAsAdmin(page, server);
    await page.getByRole('heading', { name: `Xin chào, ${server.admin.fullName}!` }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const chooseFile = async (name: string, buffer: Buffer) => {
    await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
  };

  it('opens the participants of a conference, empty at first', async () => {
    await page.goto(`${server.baseUrl}/training/${conferenceId}/participants`);
    await page.getByRole('heading', { name: 'Đại biểu và điểm danh' }).waitFor();
    await page.getByText('Chưa có đại biểu nào').waitFor();
    // Nobody checked in yet; the offline point reported 25 people, which is what the roll-up shows.
    await page.getByRole('heading', { name: '25 đại biểu tại 2 điểm cầu' }).waitFor();
  });

  it('imports a template-shaped Excel list and shows every row with its diacritics', async () => {
    await page.getByRole('button', { name: 'Nhập danh sách' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Nhập danh sách đại biểu' });
    await dialog.waitFor();
    await chooseFile(
      'danh-sach-dai-bieu.xlsx',
      await xlsx([
        headers,
        ['Nguyễn Thị Hoà', 'Sở Tư pháp', 'Phó Giám đốc', MAIN, '0912 345 678'],
        ['Đặng Văn Hưởng', 'UBND xã Hòa An', 'Chủ tịch', 'xa hoa an', ''],
        ['Nông Thị Ỷ', 'Hội Liên hiệp Phụ nữ tỉnh', 'Ủy viên', '', ''],
      ]),
    );
    await dialog.getByText('có 3 dòng dữ liệu').waitFor();
    await dialog.getByRole('cell', { name: 'Đặng Văn Hưởng' }).waitFor();
    await dialog.getByRole('button', { name: 'Nhập 3 người' }).click();
    await dialog.getByText('Đã thêm 3 người.').waitFor();
    await dialog.getByRole('button', { name: 'Đóng' }).click();

    const table = page.getByRole('table', { name: 'Đại biểu' });
    for (const name of ['Nguyễn Thị Hoà', 'Đặng Văn Hưởng', 'Nông Thị Ỷ']) await table.getByRole('cell', { name, exact: true }).waitFor();
    await table.getByRole('cell', { name: HOA_AN, exact: true }).waitFor();
    await page.screenshot({ path: `${screenshots}/participants-imported.png`, fullPage: true });
  });

  it('checks a person in and counts them in the total, once', async () => {
    await page.getByRole('button', { name: 'Điểm danh Nguyễn Thị Hoà' }).click();
    await page.getByRole('button', { name: 'Hủy điểm danh Nguyễn Thị Hoà' }).waitFor();
    // 1 checked in at the main point + 25 reported by the offline point.
    await page.getByRole('heading', { name: '26 đại biểu tại 2 điểm cầu' }).waitFor();
  });

  it('finds a person typed without diacritics', async () => {
    await page.getByLabel('Tìm đại biểu').fill('huong');
    await page.waitForFunction(() => document.querySelectorAll('table[aria-label="Đại biểu"] tbody tr').length === 1);
    await page.getByRole('table', { name: 'Đại biểu' }).getByRole('cell', { name: 'Đặng Văn Hưởng', exact: true }).waitFor();
    await page.getByLabel('Tìm đại biểu').fill('');
  });

  it('refuses a list with a bad row and lists the row as Excel numbers it', async () => {
    await page.getByRole('button', { name: 'Nhập danh sách' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Nhập danh sách đại biểu' });
    await chooseFile('danh-sach-loi.xlsx', await xlsx([headers, ['Lý Văn Tài', 'Sở Nội vụ', '', '', ''], ['', 'Công an tỉnh', 'Cán bộ', '', '']]));
    await dialog.getByRole('button', { name: 'Nhập 2 người' }).click();
    await dialog.getByText('Chưa nhập người nào').waitFor();
    const errors = dialog.getByRole('table', { name: 'Các dòng lỗi' });
    await errors.getByRole('cell', { name: 'Dòng 3' }).waitFor();
    await errors.getByRole('cell', { name: 'Họ và tên trống.' }).waitFor();
    await page.screenshot({ path: `${screenshots}/participants-import-errors.png` });
    await dialog.getByRole('button', { name: 'Đóng' }).click();
    expect(await page.getByRole('table', { name: 'Đại biểu' }).getByRole('cell', { name: 'Lý Văn Tài' }).count()).toBe(0);
  });
});
