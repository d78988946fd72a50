import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose } from '../conferences/helpers';
import { launchChromium, skipBrowserTests } from '../support/browser';
import { startServer, type RunningServer } from '../support/server';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// The Công an Bình Định article of 04/05/2023 on the training of 20/04/2023.
const seed = path.join(root, 'fixtures/corpus/seeds/001_37f80b64868d9e50.txt');
const screenshots = '/tmp';

describe.skipIf(skipBrowserTests())('intake: upload an article, review its draft, save the conference', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let title = '';

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    page.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('signs in and opens Nhập tài liệu, with an empty queue', async () => {
    await page.goto(`${server.baseUrl}/sign-in`);
    await page.getByLabel(/^Email/).fill(server.admin.email);
    await page.getByLabel(/^Mật khẩu/).fill(server.admin.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Nhập tài liệu', exact: true }).click();
    await page.getByRole('heading', { name: 'Nhập tài liệu', exact: true }).waitFor();
    await page.getByText('Chưa có tài liệu nào trong hàng đợi.').waitFor();
  });

  it('uploads a seed article and lists it, ready for review', async () => {
    await page.getByTestId('intake-files').setInputFiles(seed);
    const results = page.getByRole('table', { name: 'Kết quả đọc tệp' });
    await results.getByText('Sẵn sàng').waitFor({ timeout: 45_000 });
    await page.getByText('Đã xong: 1 tệp sẵn sàng để xem xét, 0 tệp không đọc được, 0 tệp bỏ qua.').waitFor();
    const queue = page.getByRole('table', { name: 'Hàng đợi tài liệu' });
    await queue.getByRole('link', { name: path.basename(seed) }).waitFor();
    expect(await queue.innerText()).toContain('20/04/2023');
    await page.screenshot({ path: `${screenshots}/intake-upload.png` });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${screenshots}/intake-upload-narrow.png`, fullPage: true });
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  it('shows the document with its evidence marked beside the proposed fields', async () => {
    await page.getByRole('table', { name: 'Kết quả đọc tệp' }).getByRole('link', { name: /^Xem xét/ }).click();
    await page.getByRole('heading', { name: 'Văn bản tài liệu', exact: true }).waitFor();
    const marks = page.locator('.intake-document-text mark');
    await marks.first().waitFor();
    expect(await marks.count()).toBeGreaterThan(3);
    // The date's row shows its words in the text: they blink.
    const dateRow = page.getByRole('listitem').filter({ hasText: 'Ngày tổ chức' });
    expect(await dateRow.innerText()).toContain('20/04/2023');
    await dateRow.getByRole('button', { name: /Xem dẫn chứng/ }).click();
    await page.locator('.intake-document-text mark[data-flash]').first().waitFor();
    expect(await page.locator('.intake-document-text mark[data-flash]').first().innerText()).toMatch(/20\/4\/2023/);
    await page.screenshot({ path: `${screenshots}/intake-review.png` });
    // On a phone the two panes stack: the document first, then the fields.
    await page.setViewportSize({ width: 390, height: 844 });
    // Let the navigation column finish sliding away.
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${screenshots}/intake-review-narrow.png` });
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  it('goes on to the conference form filled with the draft, and saves it', async () => {
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    const general = page.locator('#conference-general');
    const titleInput = general.getByLabel('Tên hội nghị');
    await titleInput.waitFor();
    title = (await titleInput.inputValue()).trim();
    if (title.length < 5) {
      title = 'Hội nghị tập huấn công tác nhân quyền năm 2023';
      await titleInput.fill(title);
    }
    expect(await general.getByLabel('Ngày bắt đầu').inputValue()).toBe('20/04/2023');
    if (!(await general.getByRole('combobox', { name: 'Cấp hội nghị', exact: true }).inputValue())) await choose(page, general, 'Cấp hội nghị', 'Cấp tỉnh');
    await page.screenshot({ path: `${screenshots}/intake-form.png` });
    await page.getByRole('button', { name: 'Lưu hội nghị từ tài liệu' }).click();
    await page.waitForURL(/\/training\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: title, exact: true }).waitFor();
    await page.getByText('Đã ghi nhận hội nghị từ tài liệu.').waitFor();
    // The article became the conference's source, with the uploaded file to download.
    const original = page.getByRole('main').getByRole('link', { name: 'Tải tài liệu gốc' });
    await original.waitFor();
    expect(await original.getAttribute('href')).toMatch(/^\/api\/files\/[0-9a-f-]{36}$/);
  });

  it('finds the new conference in the training list by a word of its title', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Tập huấn', exact: true }).click();
    const word = title.split(/\s+/).sort((a, b) => b.length - a.length)[0]!;
    await page.getByLabel('Tìm hội nghị').fill(word);
    await page.waitForFunction((q) => new URL(location.href).searchParams.get('q') === q, word);
    await page.getByRole('row', { name: new RegExp(title) }).waitFor();
  });

  it('recognises the same article sent again and adds it to the recorded conference instead', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Nhập tài liệu', exact: true }).click();
    await page.getByTestId('intake-files').setInputFiles({ name: 'ban-sao.txt', mimeType: 'text/plain', buffer: fs.readFileSync(seed) });
    const results = page.getByRole('table', { name: 'Kết quả đọc tệp' });
    await results.getByRole('link', { name: /^Xem xét/ }).click({ timeout: 45_000 });
    await page.getByText('Tài liệu này có vẻ nói về một hội nghị đã ghi nhận').waitFor();
    await page.getByRole('link', { name: title }).first().waitFor();
    await page.screenshot({ path: `${screenshots}/intake-review-matched.png` });
    await page.getByRole('button', { name: 'Thêm làm nguồn cho hội nghị đã có' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Thêm làm nguồn' }).click();
    await page.getByText('Đã thêm tài liệu làm nguồn cho hội nghị.').waitFor();
    await page.waitForURL(/\/training\/[0-9a-f-]{36}$/);
    // Both articles are now sources of the one conference, each with its original file.
    await expect.poll(() => page.getByRole('main').getByRole('link', { name: 'Tải tài liệu gốc' }).count()).toBe(2);
  });

  it('reads pasted text, and drops it from the queue after asking', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Nhập tài liệu', exact: true }).click();
    await page.getByRole('tab', { name: 'Dán văn bản' }).click();
    await page.getByLabel(/^Nội dung/).fill(fs.readFileSync(path.join(root, 'fixtures/corpus/seeds/002_defcc0a53455f20a.txt'), 'utf8'));
    await page.getByRole('button', { name: 'Đọc văn bản' }).click();
    await page.getByText('Đã đọc xong văn bản').waitFor({ timeout: 45_000 });
    await page.getByRole('status').getByRole('link', { name: /^Xem xét/ }).click();
    await page.getByRole('heading', { name: 'Văn bản tài liệu', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Bỏ qua tài liệu' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Bỏ qua tài liệu' }).click();
    await page.getByText('Đã bỏ qua tài liệu.').waitFor();
    const queue = page.getByRole('table', { name: 'Hàng đợi tài liệu' });
    await queue.waitFor();
    expect(await queue.getByText('Văn bản đã dán').count()).toBe(0);
    await choose(page, page.getByRole('main'), 'Trạng thái', 'Đã bỏ qua');
    await queue.getByText('Văn bản đã dán').waitFor();
  });

  it('explains in Vietnamese why an empty or a broken file cannot be read, and leaves the queue as it was', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Nhập tài liệu', exact: true }).click();
    const queue = page.getByRole('table', { name: 'Hàng đợi tài liệu' });
    // Counted from a fresh load, as after: a list cached by the previous test may still be refreshing.
    await page.reload();
    await queue.waitFor();
    const before = await queue.getByRole('row').count();

    await page.getByTestId('intake-files').setInputFiles([
      { name: 'trong.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
      { name: 'hong.pdf', mimeType: 'application/pdf', buffer: Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 37) % 256)) },
    ]);
    const results = page.getByRole('table', { name: 'Kết quả đọc tệp' });
    await page.getByText('Đã xong: 0 tệp sẵn sàng để xem xét, 2 tệp không đọc được, 0 tệp bỏ qua.').waitFor({ timeout: 45_000 });
    const emptyRow = results.getByRole('row').filter({ hasText: 'trong.txt' });
    expect(await emptyRow.innerText()).toContain('Tệp trống: không có nội dung để đọc.');
    const brokenRow = results.getByRole('row').filter({ hasText: 'hong.pdf' });
    expect(await brokenRow.innerText()).toMatch(/Lỗi\s+\S.*[àáảãạăâđèéêìíòóôơùúư]/);

    await page.reload();
    await queue.waitFor();
    expect(await queue.getByRole('row').count()).toBe(before);
  });
});
