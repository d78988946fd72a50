import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
import type { Database } from '../../src/server/db/client';
import { createTestDatabase } from '../../src/server/db/testing';
import { insertFollowupOrganisation } from '../../src/server/features/followup/testing';
import { addIndicators, addProvinceForm, addProvinceReport } from '../../src/server/features/indicator-dashboards/testing';
import type { App } from '../../src/server/http/route-types';
import type { Role } from '../../src/shared/auth/permissions';
import { todayInVietnam } from '../../src/shared/text/calendar';
import { createUser, testPassword } from '../../src/server/test-support/test-app';
import { choose, screenshotWholePage } from '../conferences/helpers';
import { launchChromium, skipBrowserTests } from '../support/browser';
import { ensureWebBuild } from '../support/server';

const shots = '/tmp/followup-shots';
const DIRECTION = 'Tiếp tục tập huấn về quyền của người lao động cho cán bộ cấp xã';
const UPR = 'Tiếp tục thực hiện hiệu quả các chương trình giảm nghèo và tạo việc làm bền vững';

/*
 * Follow-up from end to end, each role in its own browser: Hà Nội's secretariat turns a
 * conference's direction into an item; the Standing Office's administrator records a UPR
 * recommendation and assigns it to two provinces; Hà Nội names its lead body, whose reporter
 * records progress linked to an approved figure; the secretariat closes it with a note; the map
 * shows Hà Nội's share change and Hà Nội's report holds the item; the list filters overdue items,
 * and the filter survives a reload.
 */
describe.skipIf(skipBrowserTests())('follow-up: from a conference direction and a UPR recommendation to closure, on the map', () => {
  let database: Database;
  let app: App;
  let base: string;
  let browser: Browser;
  const pages: Page[] = [];
  let secretariat: Page;
  let admin: Page;
  let reporter: Page;
  let conferenceId: string;
  let nationalId: string;
  let hanoiCopyId: string;

  async function signedIn(role: Role, provinceCode: string | null, organisationId: string | null = null): Promise<Page> {
    const user = await createUser(database, { role, provinceCode, organisationId, fullName: role === 'agency_reporter' ? 'Lê Thị Hoa' : 'Phạm Minh Đức' });
    const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, acceptDownloads: true, locale: 'vi-VN' });
    const login = await context.request.post(`${base}/api/auth/login`, { data: { email: user.email, password: testPassword } });
    expect(login.status()).toBe(200);
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    pages.push(page);
    return page;
  }

  const mapRow = async (page: Page, code: string) => (await page.getByTestId(`map-row-${code}`).innerText()).replace(/\s+/g, ' ');

  beforeAll(async () => {
    ensureWebBuild();
    database = await createTestDatabase();
    app = await buildApp({ config: loadConfig({ DATA_DIR: '/nonexistent', LOG_LEVEL: 'silent', NODE_ENV: 'test', HOST: '127.0.0.1', PORT: '0' }), database, logger: false });
    await app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const db = database.db;
    const labour = await insertFollowupOrganisation(db, 'Sở Nội vụ thành phố Hà Nội', '01');
    await addIndicators(db, [{ code: 'E2E_JOBS', nameVi: 'Số lao động được giải quyết việc làm', unit: 'người', domain: 'work' }]);
    const form = await addProvinceForm(db);
    await addProvinceReport(db, { formId: form, provinceCode: '01', period: '2024', status: 'approved', values: [{ code: 'E2E_JOBS', value: 17_670, target: 15_000 }] });
    await addProvinceReport(db, { formId: form, provinceCode: '01', period: '2023', status: 'approved', values: [{ code: 'E2E_JOBS', value: 16_000, target: 15_000 }] });

    browser = await launchChromium();
    secretariat = await signedIn('provincial_secretariat', '01');
    admin = await signedIn('national_admin', null);
    reporter = await signedIn('agency_reporter', '01', labour);

    const created = await secretariat.context().request.post(`${base}/api/conferences`, {
      data: {
        title: 'Hội nghị tập huấn công tác nhân quyền năm 2026',
        level: 'provincial',
        provinceCode: '01',
        startDate: '2026-03-12',
        status: 'held',
        outcomes: [{ kind: 'direction', text: DIRECTION, responsibleOrganisationId: labour, dueDate: '2027-12-31' }],
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    conferenceId = (await created.json()).id;
  });

  afterAll(async () => {
    for (const page of pages) await page.context().close();
    await browser?.close();
    await app?.close();
    await database?.close();
  });

  it("turns a conference's direction into a follow-up item, and the conference then links to it", async () => {
    await secretariat.goto(`${base}/training/${conferenceId}`);
    await secretariat.getByRole('button', { name: 'Theo dõi thực hiện' }).click();
    const dialog = secretariat.getByRole('dialog');
    await dialog.getByRole('checkbox', { name: new RegExp(DIRECTION) }).waitFor();
    await dialog.getByRole('button', { name: 'Theo dõi 1 nội dung' }).click();
    await dialog.getByText('Đã tạo 1 việc theo dõi.').waitFor();
    await dialog.getByRole('link', { name: 'Xem việc theo dõi của hội nghị' }).click();

    await secretariat.waitForURL(/\/follow-up\?conferenceId=/);
    await secretariat.getByText('Đang xem các việc theo dõi của một hội nghị.').waitFor();
    const row = secretariat.getByTestId('followup-row');
    await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1);
    expect(await row.innerText()).toContain(DIRECTION);
    expect(await row.innerText()).toContain('Hội nghị, tập huấn');
    expect(await row.innerText()).toContain('31/12/2027');

    await secretariat.goto(`${base}/training/${conferenceId}`);
    await secretariat.getByRole('link', { name: 'Đang theo dõi thực hiện →' }).waitFor();
    expect(await secretariat.getByRole('button', { name: 'Theo dõi thực hiện' }).count()).toBe(0);
    await screenshotWholePage(secretariat, `${shots}/conference.png`);
  });

  it('lets the Standing Office record a UPR recommendation, refusing a due date before the date given, and assign it to two provinces', async () => {
    await admin.goto(`${base}/follow-up/new`);
    await choose(admin, admin, /Loại việc/, 'Khuyến nghị UPR');
    await choose(admin, admin, /Chu kỳ UPR/, 'Chu kỳ 4');
    await admin.getByRole('textbox', { name: 'Số hiệu' }).fill('41.12');
    await choose(admin, admin, /Lập trường/, 'Chấp thuận');
    const states = admin.getByRole('combobox', { name: 'Quốc gia khuyến nghị' });
    await states.fill('Ai Cập');
    await states.press('Enter');
    await admin.getByRole('textbox', { name: /Nội dung việc cần theo dõi/ }).fill(UPR);
    const itemDate = admin.getByRole('textbox', { name: /Ngày giao việc/ });
    await itemDate.fill('15/09/2024');
    await itemDate.blur();
    const due = admin.getByRole('textbox', { name: 'Hạn hoàn thành' });
    await due.fill('30/06/2024');
    await due.blur();
    await admin.getByRole('button', { name: 'Thêm việc' }).click();
    // The shared rule, before any request: the due date may not come before the date given.
    await admin.getByText('Hạn hoàn thành không được trước ngày giao việc.').waitFor();
    expect(admin.url()).toContain('/follow-up/new');

    await due.fill('30/06/2025');
    await due.blur();
    await screenshotWholePage(admin, `${shots}/form.png`);
    await admin.getByRole('button', { name: 'Thêm việc' }).click();
    await admin.waitForURL(/\/follow-up\/items\/[0-9a-f-]{36}$/);
    nationalId = admin.url().split('/').pop()!;
    await admin.getByRole('heading', { name: '41.12' }).waitFor();
    await admin.getByText('Quá hạn', { exact: true }).first().waitFor();
    await admin.getByText('Ai Cập').waitFor();

    await admin.getByRole('button', { name: 'Giao cho các tỉnh' }).click();
    const dialog = admin.getByRole('dialog');
    await choose(admin, dialog, 'Tỉnh, thành phố', 'Hà Nội', 'ha noi');
    await choose(admin, dialog, 'Tỉnh, thành phố', 'Hồ Chí Minh', 'ho chi minh');
    await admin.keyboard.press('Escape');
    await dialog.getByRole('button', { name: 'Giao cho 2 tỉnh' }).click();
    await admin.getByText('Giao cho 2 tỉnh', { exact: true }).waitFor();
    await admin.getByText('0/2 tỉnh hoàn thành').waitFor();
    const item = await (await admin.context().request.get(`${base}/api/followup-items/${nationalId}`)).json();
    expect(item.copies.map((c: { provinceCode: string }) => c.provinceCode).sort()).toEqual(['01', '79']);
    hanoiCopyId = item.copies.find((c: { provinceCode: string }) => c.provinceCode === '01').id;

    await admin.goto(`${base}/follow-up/map`);
    // Hà Nội: the conference's direction and its copy of the recommendation, neither done.
    await expect.poll(() => mapRow(admin, '01'), { timeout: 15_000 }).toMatch(/^Hà Nội 2 0 0 2 0 1 0%$/);
  });

  it("lets Hà Nội name the lead body of its copy, whose reporter records progress linked to the approved figure", async () => {
    await secretariat.goto(`${base}/follow-up/items/${hanoiCopyId}/edit`);
    await choose(secretariat, secretariat, 'Cơ quan chủ trì', 'Sở Nội vụ thành phố Hà Nội', 'noi vu');
    await secretariat.getByRole('button', { name: 'Lưu' }).click();
    await secretariat.waitForURL(new RegExp(`/follow-up/items/${hanoiCopyId}$`));
    await secretariat.getByText('Sở Nội vụ thành phố Hà Nội').first().waitFor();

    await reporter.goto(`${base}/follow-up/items/${hanoiCopyId}`);
    await reporter.getByRole('button', { name: 'Cập nhật tiến độ' }).click();
    const dialog = reporter.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Lưu tiến độ' }).click();
    await dialog.getByText('Nhập nội dung tiến độ').waitFor();
    await dialog.getByRole('textbox', { name: /Kết quả thực hiện/ }).fill('Tổ chức 12 phiên giao dịch việc làm; giải quyết việc làm cho 17.670 lao động.');
    await dialog.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
    await choose(reporter, dialog, 'Chỉ tiêu', 'Số lao động được giải quyết việc làm (E2E_JOBS)', 'viec lam');
    await dialog.getByRole('textbox', { name: 'Kỳ' }).fill('2024');
    await reporter.screenshot({ path: `${shots}/progress-dialog.png` });
    await dialog.getByRole('button', { name: 'Lưu tiến độ' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const figure = reporter.getByTestId('linked-figure');
    await figure.waitFor();
    const text = (await figure.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('Số lao động được giải quyết việc làm');
    expect(text).toContain('Thực hiện: 17.670 người');
    expect(text).toContain('Kế hoạch: 15.000 người');
    expect(text).toContain('Đạt 117,8% kế hoạch');
    expect(text).toContain('So với cùng kỳ năm trước: +1.670 người');
    // The reporter may record progress but not edit the item.
    expect(await reporter.getByRole('link', { name: 'Sửa' }).count()).toBe(0);

    // "Việc của tôi" on the home page: the item waits for the reporter's body, overdue.
    await reporter.goto(`${base}/`);
    const work = reporter.getByTestId('home-followup');
    // The conference's direction waits for the same body.
    await work.getByText('Việc theo dõi chờ bạn (2)').waitFor();
    await work.getByRole('link', { name: /41\.12 — Tiếp tục thực hiện hiệu quả/ }).waitFor();
    await work.getByText('Quá hạn').waitFor();
    await reporter.screenshot({ path: `${shots}/home.png` });
  });

  it('closes the item only with a closing note, and the map shows Hà Nội half done', async () => {
    await secretariat.goto(`${base}/follow-up/items/${hanoiCopyId}`);
    await secretariat.getByRole('button', { name: 'Đổi tình trạng' }).click();
    const dialog = secretariat.getByRole('dialog');
    await choose(secretariat, dialog, 'Chuyển sang', 'Đã hoàn thành');
    await dialog.getByText('Đóng việc cần ghi chú: kết quả cuối cùng, văn bản, số liệu.').waitFor();
    await dialog.getByRole('button', { name: 'Lưu tình trạng' }).click();
    await dialog.getByText('Nhập ghi chú khi đóng việc.').waitFor();
    await dialog.getByRole('textbox', { name: /Ghi chú khi đóng việc/ }).fill('Đã hoàn thành chỉ tiêu năm 2024, vượt 17,8% kế hoạch.');
    await dialog.getByRole('button', { name: 'Lưu tình trạng' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await secretariat.getByTestId('timeline-closed').waitFor();
    await secretariat.getByText('Đã hoàn thành chỉ tiêu năm 2024, vượt 17,8% kế hoạch.').first().waitFor();
    await screenshotWholePage(secretariat, `${shots}/detail.png`);

    await admin.goto(`${base}/follow-up/map`);
    await expect.poll(() => mapRow(admin, '01'), { timeout: 15_000 }).toMatch(/^Hà Nội 2 1 0 1 0 0 50%$/);
    await admin.getByRole('img', { name: 'Tỷ lệ việc đã hoàn thành' }).locator('canvas').waitFor();
    await admin.waitForTimeout(1000);
    await screenshotWholePage(admin, `${shots}/map.png`);
    // A province opens the list of its items.
    await admin.getByTestId('map-row-01').getByRole('link', { name: 'Hà Nội' }).click();
    await admin.waitForURL(/\/follow-up\?provinceCode=01$/);
    await expect.poll(() => admin.getByTestId('followup-row').count(), { timeout: 15_000 }).toBe(2);

    await admin.goto(`${base}/follow-up/items/${nationalId}`);
    await admin.getByText('1/2 tỉnh hoàn thành').waitFor();
  });

  it("puts the closed item, with its closing note, in Hà Nội's report for the year", async () => {
    const year = todayInVietnam().slice(0, 4);
    await secretariat.goto(`${base}/follow-up/report`);
    await secretariat.getByLabel('Năm', { exact: true }).first().click();
    await secretariat.getByRole('option', { name: year, exact: true }).click();
    await secretariat.getByText(`Báo cáo sẽ gồm — Hà Nội, Năm ${year}`).waitFor();
    // Hà Nội's copy (done) and the conference's direction (not started).
    await secretariat.getByText(/III\. Theo dõi thực hiện: 2 việc — đã hoàn thành 1/).waitFor();
    const [download] = await Promise.all([
      secretariat.waitForEvent('download'),
      secretariat.getByRole('link', { name: 'Tải báo cáo của tỉnh (Word)' }).click(),
    ]);
    const xml = strFromU8(unzipSync(new Uint8Array(fs.readFileSync(await download.path())))['word/document.xml']!);
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain(UPR);
    expect(text).toContain(DIRECTION);
    expect(text).toContain('Đã hoàn thành chỉ tiêu năm 2024, vượt 17,8% kế hoạch.');
  });

  it('filters the list by overdue items, keeping the filter in the address bar', async () => {
    await admin.goto(`${base}/follow-up`);
    const rows = admin.getByTestId('followup-row');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(4);
    await admin.getByText('Quá hạn', { exact: true }).first().click();
    await admin.waitForURL(/overdue=true/);
    // The recommendation and Hồ Chí Minh's copy are overdue; Hà Nội's copy is done, the direction not yet due.
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(2);
    const listed = await rows.allInnerTexts();
    expect(listed.every((r) => r.includes(UPR))).toBe(true);
    expect(listed.some((r) => r.includes('Hồ Chí Minh'))).toBe(true);
    await admin.reload();
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(2);
    await screenshotWholePage(admin, `${shots}/list.png`);
  });
});
