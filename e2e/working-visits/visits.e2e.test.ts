import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, skipBrowserTests } from '../support/browser';
import { startServer, type RunningServer } from '../support/server';
import { choose, screenshotWholePage } from '../conferences/helpers';

/*
 * The Standing Office records its working visit to the provincial police (Bình Định, now Gia Lai,
 * 20/04/2023) with a recommendation, and finds it in the list and on its page, the recommendation
 * tracked as a follow-up item.
 */
describe.skipIf(skipBrowserTests())('working visits: recording a visit and its recommendations', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const shots = process.env.E2E_SHOTS_DIR;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const login = await context.request.post(`${server.baseUrl}/api/auth/login`, { data: { email: server.admin.email, password: server.admin.password } });
    expect(login.status()).toBe(200);
    const org = await context.request.post(`${server.baseUrl}/api/organisations`, { data: { name: 'Công an tỉnh Gia Lai', kind: 'police', provinceCode: '52' } });
    expect(org.status(), await org.text()).toBe(201);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('starts from an empty list, refuses an end before the start, and saves the visit with its recommendation', async () => {
    await page.goto(`${server.baseUrl}/follow-up/visits`);
    await page.getByText('Chưa có đoàn công tác nào').waitFor();
    await page.getByRole('link', { name: 'Thêm đoàn công tác' }).first().click();
    await page.waitForURL(/\/follow-up\/visits\/new$/);

    await page.getByRole('textbox', { name: /Tên đoàn công tác/ }).fill('Đoàn công tác Văn phòng Thường trực khảo sát tại Công an tỉnh Bình Định');
    const start = page.getByRole('textbox', { name: /Ngày bắt đầu/ });
    await start.fill('20/04/2023');
    await start.blur();
    const end = page.getByRole('textbox', { name: /Ngày kết thúc/ });
    await end.fill('19/04/2023');
    await end.blur();
    await choose(page, page, /Tỉnh được khảo sát/, 'Gia Lai', 'gia lai');

    await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
    await choose(page, page.getByTestId('visited-unit'), /Đơn vị trong danh bạ/, 'Công an tỉnh Gia Lai', 'cong an');
    await page.getByRole('button', { name: 'Thêm thành viên' }).click();
    await page.getByTestId('visit-member').getByRole('textbox', { name: /Họ tên/ }).fill('Nguyễn Văn Kỷ');
    await page.getByTestId('visit-member').getByRole('textbox', { name: /Chức vụ/ }).fill('Phó Chánh Văn phòng Thường trực');
    await page.getByRole('button', { name: 'Thêm kiến nghị' }).click();
    await page.getByTestId('visit-recommendation').getByRole('textbox', { name: /Nội dung/ }).fill('Tăng cường phối hợp giữa Công an tỉnh và các sở, ngành trong công tác nhân quyền');

    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Ngày kết thúc không được trước ngày bắt đầu.').waitFor();
    expect(page.url()).toContain('/follow-up/visits/new');
    if (shots) await screenshotWholePage(page, `${shots}/working-visit-form.png`);

    await end.fill('21/04/2023');
    await end.blur();
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.waitForURL(/\/follow-up\/visits\/[0-9a-f-]{36}$/);

    await page.getByText('20/04/2023 – 21/04/2023').waitFor();
    const body = await page.locator('main').innerText();
    expect(body).toContain('Công an tỉnh Gia Lai');
    expect(body).toContain('Nguyễn Văn Kỷ, Phó Chánh Văn phòng Thường trực');
    const item = page.getByTestId('visit-item');
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.innerText()).toContain('Chưa thực hiện');
    expect(await item.getByRole('link').getAttribute('href')).toMatch(/^\/follow-up\/items\/[0-9a-f-]{36}$/);
    if (shots) await screenshotWholePage(page, `${shots}/working-visit.png`);
  });

  it('adds a finding on the visit’s page and finds the visit by a search without diacritics', async () => {
    await page.getByRole('button', { name: 'Thêm kiến nghị' }).click();
    const row = page.getByTestId('visit-recommendation');
    await row.getByText('Phát hiện', { exact: true }).click();
    await row.getByRole('textbox', { name: /Nội dung/ }).fill('Cán bộ theo dõi công tác nhân quyền ở cấp xã còn kiêm nhiệm');
    await page.getByRole('button', { name: 'Lưu các kiến nghị' }).click();
    await expect.poll(() => page.getByTestId('visit-item').count()).toBe(2);

    await page.goto(`${server.baseUrl}/follow-up/visits`);
    await page.getByRole('searchbox', { name: 'Tìm đoàn công tác' }).fill('cong an tinh binh dinh');
    await page.waitForURL(/q=cong/);
    const rows = page.getByTestId('visit-row');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.innerText()).toContain('2 việc, 2 chưa xong');
    if (shots) {
      await page.waitForLoadState('networkidle');
      await screenshotWholePage(page, `${shots}/working-visits-list.png`);
    }
    await page.getByRole('searchbox', { name: 'Tìm đoàn công tác' }).fill('ha giang');
    await page.getByText('Không có đoàn công tác nào khớp bộ lọc').waitFor();
  });

  it('names the visit of a finding typed in the follow-up form, picked by a search without diacritics', async () => {
    await page.goto(`${server.baseUrl}/follow-up/new`);
    await choose(page, page, 'Loại việc', 'Đoàn công tác');
    await choose(page, page, /^Đoàn công tác/, 'Đoàn công tác Văn phòng Thường trực khảo sát tại Công an tỉnh Bình Định (20/04/2023)', 'cong an binh dinh');
    await page.getByRole('textbox', { name: /Nội dung việc cần theo dõi/ }).fill('Công an tỉnh bố trí cán bộ đầu mối về công tác nhân quyền');
    const itemDate = page.getByRole('textbox', { name: /Ngày giao việc/ });
    await itemDate.fill('21/04/2023');
    await itemDate.blur();
    await page.getByRole('button', { name: 'Thêm việc' }).click();
    await page.waitForURL(/\/follow-up\/items\/[0-9a-f-]{36}$/);
    const link = page.getByRole('link', { name: 'Đoàn công tác Văn phòng Thường trực khảo sát tại Công an tỉnh Bình Định' });
    expect(await link.getAttribute('href')).toMatch(/^\/follow-up\/visits\/[0-9a-f-]{36}$/);
    // The visit's page lists the item typed by hand beside the two made on the visit.
    await link.click();
    await page.waitForURL(/\/follow-up\/visits\/[0-9a-f-]{36}$/);
    await page.getByTestId('visit-item').filter({ hasText: 'Công an tỉnh bố trí cán bộ đầu mối' }).waitFor();
    expect(await page.getByTestId('visit-item').count()).toBe(3);
  });
});
