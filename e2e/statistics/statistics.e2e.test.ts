import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConferenceInput } from '../../src/shared/api/conferences';
import { launchChromium, skipBrowserTests } from '../support/browser';
import { startServer, type RunningServer } from '../support/server';

const screenshots = 'test-results';
/** Today in Vietnam, the latest day a conference may be recorded as held (and in this year's figures). */
const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

describe.skipIf(skipBrowserTests())('statistics: figures, map and exports of training conferences', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  async function createConference(body: ConferenceInput) {
    const res = await context.request.post(`${server.baseUrl}/api/conferences`, { data: body });
    expect(res.status(), await res.text()).toBe(201);
  }

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1360, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    fs.mkdirSync(screenshots, { recursive: true });
    // The context's request client shares the browser's cookie jar: signing in here signs the page in.
    const login = await context.request.post(`${server.baseUrl}/api/auth/login`, { data: { email: server.admin.email, password: server.admin.password } });
    expect(login.status()).toBe(200);
    await createConference({
      title: 'Hội nghị tập huấn công tác nhân quyền tỉnh Thái Nguyên',
      level: 'provincial',
      provinceCode: '19',
      startDate: today,
      format: 'hybrid',
      status: 'held',
      participantsActual: 3000,
      connectionPoints: [
        { name: 'Điểm cầu xã Đức Xuân', level: 'commune', provinceCode: '19', communeCode: '01840', actualAttendance: 100 },
        { name: 'Điểm cầu phường Bắc Kạn', level: 'commune', provinceCode: '19', communeCode: '01843', actualAttendance: 200 },
      ],
      agenda: [
        { title: 'Quyền tự do tín ngưỡng, tôn giáo', themes: ['belief_religion'] },
        { title: 'Công tác nhân quyền trên không gian mạng', themes: ['cyberspace'] },
      ],
    });
    // No total recorded: its two points' 100 delegates count instead.
    await createConference({
      title: 'Hội nghị trực tuyến tập huấn về quyền trẻ em tỉnh Cao Bằng',
      level: 'provincial',
      provinceCode: '04',
      startDate: today,
      format: 'online',
      status: 'held',
      connectionPoints: [
        { name: 'Điểm cầu tỉnh', level: 'province', provinceCode: '04', isMain: true, actualAttendance: 70 },
        { name: 'Điểm cầu xã Thục Phán', level: 'commune', provinceCode: '04', communeCode: '01273', actualAttendance: 30 },
      ],
      agenda: [{ title: 'Bảo vệ quyền trẻ em', themes: ['children', 'belief_religion'] }],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('opens Thống kê tập huấn from the navigation and shows this year’s figures in Vietnamese numbers', async () => {
    await page.goto(`${server.baseUrl}/training`);
    await page.getByRole('navigation').getByRole('link', { name: 'Thống kê tập huấn' }).click();
    await page.getByRole('heading', { name: 'Thống kê tập huấn', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/training/statistics');
    await page.getByTestId('kpi-delegates').getByText('3.100', { exact: true }).waitFor();
    await page.getByTestId('kpi-conferences').getByText('2', { exact: true }).waitFor();
    await page.getByTestId('kpi-connection-points').getByText('4', { exact: true }).waitFor();
    await page.getByTestId('kpi-communes').getByText('3', { exact: true }).waitFor();
    const thaiNguyen = page.getByTestId('province-stats-table').getByRole('row', { name: /Thái Nguyên/ });
    expect(await thaiNguyen.innerText()).toMatch(/Thái Nguyên\s+1\s+3\.000\s+2\s+2\s+92\s+2,2%/);
  });

  it('draws the choropleth map of the provinces on its canvas', async () => {
    const map = page.getByRole('img', { name: 'Bản đồ 34 tỉnh, thành phố' });
    await map.locator('canvas').waitFor();
    // Let the entry animation finish before reading pixels.
    await page.waitForTimeout(1200);
    const painted = await map.locator('canvas').first().evaluate((canvas: HTMLCanvasElement) => {
      const ctx = canvas.getContext('2d')!;
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      let coloured = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 0 && !(data[i]! > 245 && data[i + 1]! > 245 && data[i + 2]! > 245)) coloured++;
      return coloured / (canvas.width * canvas.height);
    });
    // Vietnam is a thin S: its provinces cover about a tenth of the box; a blank or failed map is ~0.
    expect(painted).toBeGreaterThan(0.04);
    await page.getByText('Bản đồ: sapnhap.bando.com.vn qua thanglequoc/vietnamese-provinces-database (MIT)').waitFor();
    await page.screenshot({ path: `${screenshots}/statistics.png`, fullPage: true });
    await map.screenshot({ path: `${screenshots}/statistics-map.png` });
  });

  it('downloads a chart as PNG and the tables as an Excel workbook', async () => {
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải ảnh PNG' }).first().click()]);
    expect(png.suggestedFilename()).toMatch(/^Thống kê tập huấn - Bản đồ 34 tỉnh, thành phố - \d{4} - Toàn quốc\.png$/);
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Xuất Excel' }).click()]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    const size = fs.statSync(await xlsx.path()).size;
    expect(size).toBeGreaterThan(5000);
  });

  it('says so plainly when the chosen year has no conference, and offers the latest year that has one', async () => {
    await page.goto(`${server.baseUrl}/training/statistics?year=2016`);
    await page.getByText('Chưa có hội nghị đã tổ chức trong phạm vi này').waitFor();
    const latest = page.getByRole('button', { name: /^Xem năm \d{4}$/ });
    const year = (await latest.textContent())!.match(/\d{4}/)![0];
    await latest.click();
    await page.waitForURL(new RegExp(`year=${year}|statistics$`));
    await page.getByText('Chưa có hội nghị đã tổ chức trong phạm vi này').waitFor({ state: 'detached' });
  });
});
