import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, skipBrowserTests } from '../support/browser';
import { startServer, type RunningServer } from '../support/server';
import { fillHybridConference } from './fill-conference';
import { choose, screenshotWholePage } from './helpers';
import { signInAsAdmin } from '../support/sign-in';

const screenshots = 'test-results';
// From the VOV article of 13/06/2024 (seed 004): a commune-level training in Hòa Bình, before the merger.
const title = 'Hội nghị tập huấn công tác nhân quyền cấp cơ sở năm 2024';

describe.skipIf(skipBrowserTests())('conferences: record, read, find, calendar', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let conferenceUrl = '';

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(10_000);
    fs.mkdirSync(screenshots, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('signs in and opens Tập huấn, empty at first', async () => {
    await signInAsAdmin(page, server);
    await page.getByRole('navigation').getByRole('link', { name: 'Tập huấn', exact: true }).click();
    await page.getByRole('heading', { name: 'Tập huấn', exact: true }).waitFor();
    await page.getByText('Chưa có hội nghị nào được ghi nhận.').waitFor();
  });

  it('records a hybrid conference with two connection points and two topics', async () => {
    await page.getByRole('link', { name: 'Thêm hội nghị' }).first().click();
    await page.getByRole('heading', { name: 'Ghi nhận hội nghị tập huấn' }).waitFor();

    await fillHybridConference(page, title);

    await screenshotWholePage(page, `${screenshots}/conferences-form.png`);
    await page.getByRole('button', { name: 'Lưu hội nghị' }).click();
    await page.getByRole('heading', { name: title }).waitFor();
    await page.getByText('Đã ghi nhận hội nghị.').waitFor();
  });

  it('shows the record like a report: both points, their total and the topics with themes', async () => {
    const main = page.getByRole('main');
    await main.getByText('Buổi sáng 13/06/2024').waitFor();
    await main.getByText('Phú Thọ (tỉnh cũ: Hòa Bình)').waitFor();
    await main.getByText('khoảng 120 đại biểu (dự kiến 1.500)').waitFor();
    // The participants panel below lists the points again; read the connection-points table itself.
    const points = main.getByRole('table', { name: 'Điểm cầu', exact: true });
    await points.getByRole('cell', { name: 'Điểm cầu UBND tỉnh Hòa Bình Điểm cầu chính' }).waitFor();
    await points.getByRole('cell', { name: 'Điểm cầu UBND huyện Lạc Sơn' }).waitFor();
    await points.getByRole('cell', { name: 'Các điểm cầu cấp xã 12 điểm cầu' }).waitFor();
    await main.getByText('Tổng cộng: 115 đại biểu tại 14 điểm cầu').filter({ visible: true }).waitFor();
    await main.getByText('Bảo đảm quyền tự do tín ngưỡng, tôn giáo').waitFor();
    await main.getByText('Quyền trên không gian mạng').first().waitFor();
    await main.getByText('Báo cáo viên: TS Lê Thị Liên, Viện trưởng Viện Nghiên cứu Chính sách tôn giáo').waitFor();
    await main.getByText('Hạn: 31/12/2024', { exact: false }).waitFor();
    const [word] = await Promise.all([page.waitForEvent('download'), main.getByRole('link', { name: 'Tải báo cáo Word' }).click()]);
    expect(word.suggestedFilename()).toMatch(/^B.o c.o H.i ngh.*\.docx$/);
    await main.getByRole('link', { name: 'Sửa' }).waitFor();
    await screenshotWholePage(page, `${screenshots}/conferences-detail.png`);
  });

  it('finds it in the list by words typed without tone marks', async () => {
    await page.getByRole('link', { name: 'Tập huấn', exact: true }).first().click();
    await page.getByLabel('Tìm hội nghị').fill('tap huan co so');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'tap huan co so');
    const row = page.getByRole('row', { name: new RegExp(title) });
    await row.waitFor();
    expect(await row.innerText()).toMatch(
      /13\/06\/2024[\s\S]*BCĐNQ tỉnh Hòa Bình[\s\S]*Phú Thọ[\s\S]*\(tỉnh cũ: Hòa Bình\)[\s\S]*Cấp tỉnh[\s\S]*Trực tiếp và trực tuyến[\s\S]*khoảng 120[\s\S]*14[\s\S]*Đã tổ chức/,
    );
    // The address bar changes first; the page follows in a transition.
    await expect.poll(() => page.getByRole('link', { name: 'Xuất Excel' }).getAttribute('href')).toBe('/api/conferences/export.xlsx?q=tap+huan+co+so');
    const [excel] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Xuất Excel' }).click()]);
    expect(excel.suggestedFilename()).toMatch(/\.xlsx$/);
    await screenshotWholePage(page, `${screenshots}/conferences-list.png`);

    await page.getByLabel('Tìm hội nghị').fill('tap huan khong co');
    await page.getByText('Không có hội nghị nào khớp với bộ lọc.').waitFor();
    await page.getByLabel('Tìm hội nghị').fill('');
    await page.getByRole('row', { name: new RegExp(title) }).waitFor();
  });

  it('shows it on the calendar of June 2024', async () => {
    await choose(page, page, 'Năm', '2024');
    await choose(page, page, 'Tháng', 'Tháng 7');
    await page.getByText('Lịch', { exact: true }).click();
    await page.getByRole('heading', { name: 'Tháng 7/2024' }).waitFor();
    await page.getByText('Không có hội nghị nào trong tháng này.').waitFor();
    await page.getByRole('button', { name: 'Tháng trước' }).click();
    await page.getByRole('heading', { name: 'Tháng 6/2024' }).waitFor();
    const columns = await page.getByRole('columnheader').allInnerTexts();
    expect(columns).toEqual(['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN']);
    const cell = page.getByRole('gridcell').filter({ has: page.getByRole('link', { name: title }) });
    expect(await cell.innerText()).toMatch(/^13\n/);
    expect(new URL(page.url()).search).toBe('?year=2024&month=6&view=calendar');
    await screenshotWholePage(page, `${screenshots}/conferences-calendar.png`);
  });

  it('keeps the edits and explains it when someone else saved first', async () => {
    await page.getByRole('link', { name: title }).first().click();
    await page.getByRole('heading', { name: title }).waitFor();
    conferenceUrl = page.url();
    await page.getByRole('link', { name: 'Sửa' }).click();
    await page.getByRole('heading', { name: 'Sửa hội nghị' }).waitFor();
    await page.getByLabel('Địa điểm').fill('Hội trường Công an tỉnh Hòa Bình');

    // A colleague saves the same conference from another tab.
    const id = conferenceUrl.split('/').pop()!;
    await page.evaluate(async (conferenceId) => {
      const c = await (await fetch(`/api/conferences/${conferenceId}`)).json();
      const body = {
        ...c,
        title: `${c.title} (đã bổ sung)`,
        provinceCode: c.province.code,
        legacyProvinceCode: c.legacyProvince.code,
        organisers: c.organisers.map((o: { id: string; role: string }) => ({ organisationId: o.id, role: o.role })),
      };
      const res = await fetch(`/api/conferences/${conferenceId}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      if (!res.ok) throw new Error(`colleague's save failed: ${res.status} ${await res.text()}`);
    }, id);

    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Hội nghị vừa được người khác cập nhật' });
    await alert.waitFor();
    expect(await page.getByLabel('Địa điểm').inputValue()).toBe('Hội trường Công an tỉnh Hòa Bình');
    const latest = alert.getByRole('link', { name: 'Mở bản mới nhất ở thẻ mới' });
    expect(await latest.getAttribute('href')).toBe(`/training/${id}`);
    expect(await latest.getAttribute('target')).toBe('_blank');
    await screenshotWholePage(page, `${screenshots}/conferences-conflict.png`);

    await alert.getByRole('button', { name: 'Tải lại bản mới nhất (bỏ phần tôi vừa nhập)' }).click();
    await expect.poll(() => page.getByLabel('Tên hội nghị').inputValue()).toBe(`${title} (đã bổ sung)`);
    expect(await page.getByLabel('Địa điểm').inputValue()).toBe('Hội trường UBND tỉnh Hòa Bình');

    // The server's own checks come back next to the field and in the summary at the top.
    await page.getByLabel('Ngày kết thúc').fill('12/06/2024');
    await page.getByLabel('Ngày kết thúc').press('Tab');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    const message = 'Ngày kết thúc phải trùng hoặc sau ngày bắt đầu.';
    await page.getByRole('alert').filter({ hasText: 'Chưa lưu được' }).getByText(message).waitFor();
    await page.locator('#conference-general').getByText(message).waitFor();
    await page.getByLabel('Ngày kết thúc').fill('');
    await page.getByLabel('Ngày kết thúc').press('Tab');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Đã lưu thay đổi.').waitFor();
    await page.getByRole('heading', { name: `${title} (đã bổ sung)` }).waitFor();
  });

  it('reads on a phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(conferenceUrl);
    await page.getByRole('heading', { name: title }).waitFor();
    await screenshotWholePage(page, `${screenshots}/conferences-detail-phone.png`);
    await page.goto(`${server.baseUrl}/training`);
    await page.getByRole('link', { name: title }).waitFor();
    await screenshotWholePage(page, `${screenshots}/conferences-list-phone.png`);
    await page.goto(`${server.baseUrl}/training/new`);
    await page.getByRole('heading', { name: 'Ghi nhận hội nghị tập huấn' }).waitFor();
    await page.screenshot({ path: `${screenshots}/conferences-form-phone.png` });
  });

  it('deletes it after asking', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(conferenceUrl);
    await page.getByRole('button', { name: 'Xóa hội nghị' }).click();
    const dialog = page.getByRole('dialog', { name: 'Xóa hội nghị?' });
    await dialog.getByText('cùng các điểm cầu, chuyên đề', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Xóa hội nghị' }).click();
    // The notice names the conference (as edited above) and offers the undo.
    await page.getByText(/^Đã xóa hội nghị “.+”\.$/).waitFor();
    await page.getByText('Chưa có hội nghị nào được ghi nhận.').waitFor();
    expect(new URL(page.url()).pathname).toBe('/training');
  });

  it('asks before "Hủy" drops what was typed, and leaves only when told to', async () => {
    await page.goto(`${server.baseUrl}/training/new`);
    await page.getByLabel('Tên hội nghị').fill('Hội nghị tập huấn chưa lưu');
    await page.getByRole('button', { name: 'Hủy' }).click();
    const dialog = page.getByRole('dialog', { name: 'Bỏ các thay đổi chưa lưu?' });
    await dialog.getByRole('button', { name: 'Ở lại để lưu' }).click();
    expect(await page.getByLabel('Tên hội nghị').inputValue()).toBe('Hội nghị tập huấn chưa lưu');
    await page.getByRole('button', { name: 'Hủy' }).click();
    await dialog.getByRole('button', { name: 'Bỏ thay đổi và rời trang' }).click();
    await page.waitForURL(`${server.baseUrl}/training`);
  });
});
