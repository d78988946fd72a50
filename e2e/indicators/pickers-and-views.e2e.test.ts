import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, skipBrowserTests } from '../support/browser';
import { startServer, type RunningServer } from '../support/server';

/**
 * What a province's secretariat does without typing a code: picks the period and its unit for
 * the Excel template, finds a conference's figures by name and sends them into its draft; shares
 * a filtered list and completeness view by their address; sees a draft counted as "being
 * prepared", not "no report"; and sees which cells stopped a refused submission.
 */
describe.skipIf(skipBrowserTests())('indicators without typed codes, views in the address bar', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let admin: APIRequestContext;
  let formId: string;
  let reportId: string;
  const shots = '/tmp/rd-e2e-indicator-gaps';
  const conferenceTitle = 'Hội nghị tập huấn công tác nhân quyền năm 2024 tại Hà Nội';

  const post = async (request: APIRequestContext, url: string, data: unknown, status = 201) => {
    const res = await request.post(`${server.baseUrl}${url}`, { data });
    expect(res.status(), await res.text()).toBe(status);
    return res.json();
  };
  /** Opens a Mantine select by its test id and picks the option with this name. */
  const pick = async (testId: string, option: string | RegExp, search?: string) => {
    const input = page.getByTestId(testId);
    await input.click();
    if (search !== undefined) await input.fill(search);
    await page.getByRole('option', { name: option }).first().click();
  };

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    admin = (await browser.newContext()).request;
    expect((await admin.post(`${server.baseUrl}/api/auth/login`, { data: { email: server.admin.email, password: server.admin.password } })).status()).toBe(200);
    const indicator = (code: string, nameVi: string) => post(admin, '/api/indicators', { code, nameVi, unit: 'người', valueType: 'count', domain: 'work', aggregation: 'sum' });
    await indicator('E2E_VIECLAM', 'Số lao động được giải quyết việc làm');
    await indicator('E2E_HOCNGHE', 'Số người được đào tạo nghề');
    formId = (
      await post(admin, '/api/report-forms', {
        code: 'E2E_QUY',
        name: 'Biểu chỉ tiêu quý cấp tỉnh',
        unitKind: 'province',
        frequency: 'quarter',
        deadlineDays: 15,
        indicators: [{ indicatorCode: 'E2E_VIECLAM', required: true }, { indicatorCode: 'E2E_HOCNGHE' }],
      })
    ).id;
    // A conference of Hà Nội with two figures document intake read in its article.
    const conference = await post(admin, '/api/conferences', { title: conferenceTitle, level: 'provincial', provinceCode: '01', startDate: '2024-05-20', format: 'in_person', status: 'held' });
    const document = await post(admin, '/api/intake/paste', { text: 'Năm 2024, thành phố đã giải quyết việc làm cho 1.200 lao động và đào tạo nghề cho 800 người.' });
    const full = await (await admin.get(`${server.baseUrl}/api/intake/documents/${document.id}`)).json();
    await post(
      admin,
      `/api/intake/documents/${document.id}/confirm`,
      {
        mode: 'attach',
        version: full.version,
        conferenceId: conference.id,
        conferenceVersion: conference.version,
        figures: [
          { label: 'giải quyết việc làm cho lao động', value: 1200, unit: 'người', period: '2024' },
          { label: 'đào tạo nghề', value: 800, unit: 'người', period: '2024' },
        ],
      },
      200,
    );
    // Hà Nội's draft of the last quarter of 2025, one figure entered.
    const draft = await post(admin, '/api/indicator-reports', { formId, unitKind: 'province', unitCode: '01', period: '2025-Q4' });
    reportId = draft.id;
    await admin.put(`${server.baseUrl}/api/indicator-reports/${reportId}/values`, { data: { version: draft.version, values: [{ indicatorCode: 'E2E_VIECLAM', value: 900 }, { indicatorCode: 'E2E_HOCNGHE', value: 500 }] } });

    context = await browser.newContext({ viewport: { width: 1366, height: 800 }, acceptDownloads: true });
    const hanoi = await server.addUser('provincial_secretariat', '01');
    expect((await context.request.post(`${server.baseUrl}/api/auth/login`, { data: hanoi })).status()).toBe(200);
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('picks the template’s period by year and quarter and its unit among those the person reports for', async () => {
    await page.goto(`${server.baseUrl}/indicators/import`);
    await pick('form-select', /E2E_QUY/);
    await pick('template-period-year', '2024');
    await pick('template-period-which', 'Quý II/2024');
    await page.getByTestId('template-unit').click();
    // Hà Nội's secretariat reports for Hà Nội only — as the city, or as the old province the
    // quarter before the merger belongs to — never for the other provinces.
    const options = page.getByRole('option');
    await expect.poll(() => options.allTextContents()).toEqual(['Thành phố Hà Nội', 'Thành phố Hà Nội — Tỉnh cũ (trước 01/07/2025)']);
    await options.nth(1).click();
    const href = await page.getByTestId('template-download').getAttribute('href');
    expect(href).toContain('unitKind=legacy_province&unitCode=01');
    expect(href).toContain('period=2024-Q2');
    const template = await context.request.get(`${server.baseUrl}${href}`);
    expect([template.status(), template.headers()['content-type']]).toEqual([200, expect.stringContaining('spreadsheetml')]);
    await page.screenshot({ path: `${shots}-import.png`, fullPage: true });
  });

  it('finds a conference’s figures by its name, without tone marks, shows the unit of the period, and sends one into the draft', async () => {
    await pick('figure-source', new RegExp(conferenceTitle), 'tap huan ha noi');
    await page.getByText('giải quyết việc làm cho lao động').waitFor();
    await pick('figures-form', /E2E_QUY/);
    await pick('figures-period-year', '2024');
    await pick('figures-period-which', 'Quý II/2024');
    const row = page.getByRole('row', { name: /giải quyết việc làm cho lao động/ });
    await row.locator('input').first().click();
    await page.getByRole('option', { name: 'E2E_VIECLAM' }).click();
    // The panel says which report the figures go into: before 1 July 2025, the old province's.
    const target = page.getByTestId('figures-target');
    await expect.poll(() => target.textContent()).toBe('Gửi vào báo cáo của thành phố Hà Nội (cũ) kỳ quý II/2024');
    await pick('figures-period-year', '2025');
    await pick('figures-period-which', 'Quý III/2025');
    await expect.poll(() => target.textContent()).toBe('Gửi vào báo cáo của thành phố Hà Nội kỳ quý III/2025');
    await page.getByRole('button', { name: 'Đưa vào báo cáo đang soạn' }).click();
    await page.getByText(/Đã nhập 1 giá trị vào 1 báo cáo/).waitFor();
    const list = await (await context.request.get(`${server.baseUrl}/api/indicator-reports?formId=${formId}&period=2025-Q3`)).json();
    expect(list.items.map((r: { unitName: string; status: string }) => [r.unitName, r.status])).toEqual([['Thành phố Hà Nội', 'draft']]);
  });

  it('keeps the list’s filters, order and page in the address bar: Back undoes a choice, a shared link shows the same list', async () => {
    await page.goto(`${server.baseUrl}/indicators`);
    await pick('filter-status', 'Đang soạn');
    await expect.poll(() => new URL(page.url()).searchParams.get('status')).toBe('draft');
    await pick('filter-sort', 'Kỳ mới nhất trước');
    await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('period');
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBeNull();
    expect(new URL(page.url()).searchParams.get('status')).toBe('draft');
    await pick('filter-period-kind', 'Quý');
    await pick('filter-period-year', '2025');
    await pick('filter-period-which', 'Quý IV/2025');
    await expect.poll(() => new URL(page.url()).searchParams.get('period')).toBe('2025-Q4');
    // Someone else opens the link: the same filters are chosen and the same report listed.
    const other = await context.newPage();
    await other.goto(page.url());
    expect(await other.getByTestId('filter-status').inputValue()).toBe('Đang soạn');
    expect(await other.getByTestId('filter-period-which').inputValue()).toBe('Quý IV/2025');
    await other.getByRole('link', { name: /Hà Nội/ }).first().waitFor();
    await other.close();
  });

  it('counts a draft as "not submitted (being prepared)", apart from "no report", on the counters, the table and the map, from a shared link', async () => {
    await page.goto(`${server.baseUrl}/indicators/completeness`);
    await pick('completeness-form', 'Biểu chỉ tiêu quý cấp tỉnh');
    await pick('completeness-period-year', '2025');
    await pick('completeness-period-which', 'Quý IV/2025');
    await expect.poll(() => new URL(page.url()).searchParams.get('period')).toBe('2025-Q4');
    // Hà Nội's secretariat sees Hà Nội: its draft is being prepared, not missing.
    await expect.poll(() => page.getByTestId('count-inProgress').textContent()).toContain('1');
    expect(await page.getByTestId('count-missing').textContent()).toContain('0');
    expect(await page.getByTestId('completeness-table').getByRole('row', { name: /Hà Nội/ }).textContent()).toContain('Chưa nộp (đang soạn)');
    await page.getByRole('img', { name: 'Bản đồ tình hình nộp báo cáo' }).locator('canvas').waitFor();

    // The Standing Office opens the same address: all 34 provinces, 1 being prepared, 33 with no report.
    const office = await browser.newContext({ viewport: { width: 1366, height: 800 } });
    const officer = await server.addUser('national_officer');
    expect((await office.request.post(`${server.baseUrl}/api/auth/login`, { data: officer })).status()).toBe(200);
    const view = await office.newPage();
    await view.goto(page.url());
    await expect.poll(() => view.getByTestId('count-missing').textContent()).toContain('33');
    expect(await view.getByTestId('count-inProgress').textContent()).toContain('1');
    await view.getByTestId('completeness-state').click();
    await view.getByRole('option', { name: 'Chưa có báo cáo' }).click();
    await expect.poll(() => new URL(view.url()).searchParams.get('state')).toBe('missing');
    // 33 provinces and the heading row.
    await expect.poll(() => view.getByTestId('completeness-table').getByRole('row').count()).toBe(34);
    await view.getByRole('img', { name: 'Bản đồ tình hình nộp báo cáo' }).locator('canvas').waitFor();
    await view.waitForTimeout(500);
    await view.screenshot({ path: `${shots}-completeness.png`, fullPage: true });
    await view.goBack();
    await expect.poll(() => new URL(view.url()).searchParams.get('state')).toBeNull();

    // On a phone the map fills the card's width and is only as tall as itself and its legend beneath.
    await view.setViewportSize({ width: 390, height: 844 });
    const map = view.getByRole('img', { name: 'Bản đồ tình hình nộp báo cáo' });
    await expect.poll(async () => (await map.boundingBox())!.height).toBeLessThan(520);
    const box = (await map.boundingBox())!;
    expect(box.height).toBeGreaterThan(box.width);
    await map.screenshot({ path: `${shots}-completeness-map-phone.png` });
    await office.close();
  });

  it('names the cells a refused submission stopped at, in the grid', async () => {
    await page.goto(`${server.baseUrl}/indicators/reports/${reportId}`);
    const jobs = page.getByRole('textbox', { name: 'Số lao động được giải quyết việc làm — Thực hiện' });
    expect(await jobs.inputValue()).toBe('900');
    expect(await jobs.getAttribute('aria-invalid')).toBe('false');
    // Meanwhile the Standing Office adds a rule the figures break: the page does not know it yet.
    await post(admin, '/api/indicator-rules', { leftCode: 'E2E_HOCNGHE', operator: '>=', rightCode: 'E2E_VIECLAM', factor: 1, severity: 'error', message: 'Số người học nghề phải không ít hơn số lao động có việc làm' });
    await page.getByRole('button', { name: 'Nộp báo cáo' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Nộp báo cáo' }).click();
    const refused = page.getByTestId('submit-refused');
    await refused.waitFor();
    expect(await refused.textContent()).toContain('Báo cáo còn lỗi, chưa nộp được');
    expect(await refused.textContent()).toContain('1 ô cần sửa');
    const trained = page.getByRole('textbox', { name: 'Số người được đào tạo nghề — Thực hiện' });
    await expect.poll(() => trained.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('issues-summary').textContent()).toContain('Số người học nghề phải không ít hơn số lao động có việc làm');
    await page.screenshot({ path: `${shots}-refused.png`, fullPage: true });
    const report = await (await context.request.get(`${server.baseUrl}/api/indicator-reports/${reportId}`)).json();
    expect(report.status).toBe('draft');

    // Fixed and saved, the refusal has said its piece and the report goes in.
    await trained.fill('1.000');
    await page.getByTestId('save-status').getByText(/Đã lưu lúc/).waitFor();
    await expect.poll(() => refused.count()).toBe(0);
    await page.getByRole('button', { name: 'Nộp báo cáo' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Nộp báo cáo' }).click();
    await page.getByText('Đã nộp', { exact: true }).first().waitFor();
  });
});
