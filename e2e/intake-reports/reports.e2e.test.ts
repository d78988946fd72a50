import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bacNinhReport, uprList } from '../../src/server/features/intake-reports/sample-reports';
import { reportDocx } from '../../src/server/features/intake-reports/testing';
import { installStarterCatalogue } from '../../src/server/features/indicators/starter-catalogue';
import { launchChromium, skipBrowserTests } from '../support/browser';
import { startServer, type RunningServer } from '../support/server';

describe.skipIf(skipBrowserTests())('intake of a provincial report and of a recommendation list', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let context: BrowserContext;
  const dir = fs.mkdtempSync('/tmp/rd-e2e-reports-');

  beforeAll(async () => {
    // The report forms the figures go into, as `serve` installs them.
    server = await startServer({ prepare: async (database) => void (await installStarterCatalogue(database.db)) });
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    // Bắc Ninh's secretariat brings in its own report.
    const bacNinh = await server.addUser('provincial_secretariat', '24');
    const login = await context.request.post(`${server.baseUrl}/api/auth/login`, { data: bacNinh });
    expect(login.status()).toBe(200);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('uploads a six-month report, reviews its figures and follow-up proposals, and finds them in the draft report and the follow-up list', async () => {
    const file = `${dir}/bao-cao-so-ket-6-thang.docx`;
    fs.writeFileSync(file, await reportDocx(bacNinhReport));
    await page.goto(`${server.baseUrl}/intake/reports`);
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.waitForURL(/\/intake\/reports\/[0-9a-f-]{36}$/u, { timeout: 30_000 });
    await expect.poll(() => page.getByText(/^Nhận biết qua: tiêu đề “BÁO CÁO”; số hiệu báo cáo “47\/BC-BCĐ”/u).count()).toBe(1);
    expect(await page.locator('main .mantine-Badge-root', { hasText: 'Báo cáo của tỉnh' }).count()).toBe(1);
    expect(await page.getByText('6 tháng đầu năm 2026', { exact: true }).count()).toBe(1);
    // The uploaded file is kept and downloads as it was sent.
    const original = await page.getByRole('link', { name: 'Tải tệp gốc' }).getAttribute('href');
    const kept = await context.request.get(`${server.baseUrl}${original}`);
    expect(kept.status()).toBe(200);
    expect((await kept.body()).equals(fs.readFileSync(file))).toBe(true);

    // The jobs figure comes from the table's cell, proposed as the catalogue's indicator, ticked.
    const jobs = page.getByRole('row').filter({ hasText: 'Thực hiện 6 tháng: 7.215' });
    expect(await jobs.getByRole('checkbox').isChecked()).toBe(true);
    expect(await jobs.getByLabel('Chỉ tiêu').inputValue()).toContain('VL_GQVL');
    expect(await jobs.getByLabel('Kế hoạch').inputValue()).toBe('12.000');
    // The reviewer leaves out the last direction.
    const last = page.getByTestId('followup-p6');
    await last.getByRole('checkbox').uncheck();
    // A limitation is proposed as a review conference's; the reviewer files the first as a working visit's finding, due at the year's end.
    const first = page.getByTestId('followup-p1');
    const kind = first.getByRole('combobox', { name: 'Lưu thành loại việc' });
    expect(await kind.inputValue()).toBe('Hội nghị, tập huấn');
    expect(await page.getByTestId('followup-p3').getByRole('combobox', { name: 'Lưu thành loại việc' }).inputValue()).toBe('Nhiệm vụ kế hoạch');
    await kind.click();
    await page.getByRole('option', { name: 'Đoàn công tác', exact: true }).click();
    const due = first.getByRole('textbox', { name: 'Hạn hoàn thành' });
    // A due date before the period (which starts on 01/01/2026) is refused on the spot and holds the save.
    await due.fill('15/12/2025');
    await due.press('Enter');
    await expect.poll(() => first.getByText('Hạn hoàn thành 15/12/2025 trước ngày đầu kỳ báo cáo (01/01/2026).').count()).toBe(1);
    expect(await page.getByRole('button', { name: /^Lưu \d+ số liệu và 5 việc theo dõi$/u }).isDisabled()).toBe(true);
    await due.fill('31/12/2026');
    await due.press('Enter');
    await expect.poll(() => first.getByText(/trước ngày đầu kỳ/u).count()).toBe(0);
    const save = page.getByRole('button', { name: /^Lưu \d+ số liệu và 5 việc theo dõi$/u });
    const figures = Number((await save.textContent())!.match(/Lưu (\d+)/u)![1]);
    expect(figures).toBeGreaterThanOrEqual(3);
    await page.screenshot({ path: `${dir}/review.png`, fullPage: true });
    await save.click();
    await expect.poll(() => page.getByText(`${figures} số liệu đã vào báo cáo đang soạn; 5 việc theo dõi đã được tạo.`).count(), { timeout: 15_000 }).toBe(1);

    await page.getByRole('link', { name: 'Mở báo cáo chỉ tiêu' }).click();
    await page.waitForURL(/\/indicators\/reports\/[0-9a-f-]{36}$/u);
    const reportId = page.url().split('/').pop()!;
    const report = await (await context.request.get(`${server.baseUrl}/api/indicator-reports/${reportId}`)).json();
    expect(report).toMatchObject({ unitKind: 'province', unitCode: '24', period: '2026-YTD06', status: 'draft' });
    type Row = { indicator: { code: string }; values: { part: string; value: number | null; target: number | null }[] };
    const jobsValue = (report.rows as Row[]).find((r) => r.indicator.code === 'VL_GQVL')!.values.find((v) => v.part === '')!;
    expect([Number(jobsValue.value), Number(jobsValue.target)]).toEqual([7215, 12000]);

    const items = await (await context.request.get(`${server.baseUrl}/api/followup-items?provinceCode=24`)).json();
    expect(items.total).toBe(5);
    type Listed = { id: string; kind: string; text: string };
    const byKind = (kind: string) => (items.items as Listed[]).filter((i) => i.kind === kind).map((i) => i.text);
    expect(byKind('plan')).toHaveLength(3);
    expect(byKind('conference')).toEqual(['Việc cập nhật số liệu chỉ tiêu của một số sở, ngành còn chậm so với thời hạn quy định.']);
    const visit = (items.items as Listed[]).find((i) => i.kind === 'visit')!;
    expect(visit.text).toBe('Công tác tuyên truyền về quyền con người ở một số xã vùng sâu chưa thường xuyên, hình thức chưa phong phú.');
    // The saved item's page shows the kind and the due date the reviewer chose.
    await page.goto(`${server.baseUrl}/follow-up/items/${visit.id}`);
    await expect.poll(() => page.locator('main .mantine-Badge-root', { hasText: 'Đoàn công tác' }).count()).toBeGreaterThanOrEqual(1);
    await expect.poll(() => page.getByText('31/12/2026', { exact: true }).count()).toBe(1);
    expect(await page.getByText('Phát hiện', { exact: true }).count()).toBe(1);
  });

  it('uploads a list of recommendations and saves its paragraphs as items with their States', async () => {
    const file = `${dir}/khuyen-nghi-upr.docx`;
    fs.writeFileSync(file, await reportDocx(uprList));
    await page.goto(`${server.baseUrl}/intake/reports`);
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.waitForURL(/\/intake\/reports\/[0-9a-f-]{36}$/u, { timeout: 30_000 });
    await expect.poll(() => page.locator('main .mantine-Badge-root', { hasText: 'Danh sách khuyến nghị' }).count()).toBe(1);
    expect(await page.getByRole('row').filter({ hasText: '45.2' }).textContent()).toContain('Indonesia');
    expect(await page.getByRole('textbox', { name: 'Chu kỳ UPR' }).inputValue()).toBe('4');
    // Each paragraph keeps the kind proposed unless changed, and may get a due date.
    expect(await page.getByRole('combobox', { name: 'Loại việc của khuyến nghị 45.1' }).inputValue()).toBe('Khuyến nghị UPR');
    const due = page.getByRole('textbox', { name: 'Hạn hoàn thành của khuyến nghị 45.1' });
    await due.fill('31/12/2027');
    await due.press('Enter');
    await page.getByRole('button', { name: 'Lưu 4 khuyến nghị thành việc theo dõi' }).click();
    await expect.poll(() => page.getByText(/Đã tạo 4 việc theo dõi/u).count(), { timeout: 15_000 }).toBe(1);
    const items = await (await context.request.get(`${server.baseUrl}/api/followup-items?kind=upr&uprCycle=4&q=khuyet tat`)).json();
    expect(items.items.map((i: { reference: string }) => i.reference)).toEqual(['UPR IV 45.1']);
    const item = await (await context.request.get(`${server.baseUrl}/api/followup-items/${items.items[0].id}`)).json();
    expect(item).toMatchObject({ kind: 'upr', paragraph: '45.1', recommendingStates: ["Lao People's Democratic Republic"], dueDate: '2027-12-31' });
  });
});
