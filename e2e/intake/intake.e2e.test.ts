import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose } from '../conferences/helpers';
import { launchChromium, skipBrowserTests } from '../support/browser';
import { startServer, type RunningServer } from '../support/server';
import { signInAsAdmin } from '../support/sign-in';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// The Công an Bình Định article of 04/05/2023 on the training of 20/04/2023.
const seed = path.join(root, 'fixtures/corpus/seeds/001_37f80b64868d9e50.txt');
const screenshots = '/tmp';

/** A few lines of a made-up training report; `n` keeps each one distinct. */
const shortArticle = (n: number) =>
  `Sáng ${(n % 27) + 1}/3/2024, Ban Chỉ đạo về Nhân quyền tỉnh Cao Bằng tổ chức Hội nghị tập huấn công tác nhân quyền lần thứ ${n} cho ${100 + n} đại biểu là cán bộ các sở, ngành.`;

/**
 * Holds the upload of `fileName` on its way to the server until `release`, then fails it, so a
 * test can act while that file is in flight. `done` releases and removes the hold.
 */
async function holdUpload(page: Page, fileName: string) {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const isUpload = (url: URL) => url.pathname === '/api/intake/documents';
  await page.route(isUpload, async (route) => {
    const name = decodeURIComponent(route.request().headers()['x-file-name'] ?? '');
    if (route.request().method() !== 'POST' || name !== fileName) return route.continue();
    await held;
    await route.abort().catch(() => {});
  });
  return {
    done: async () => {
      release();
      await page.unroute(isUpload);
    },
  };
}

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
    await signInAsAdmin(page, server);
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

  it('keeps what was typed in the form when going back to the review and on again', async () => {
    const general = page.locator('#conference-general');
    const startTime = general.getByLabel('Giờ bắt đầu');
    const startDate = general.getByLabel('Ngày bắt đầu');
    const back = page.getByRole('button', { name: 'Quay lại bước xem xét' });
    const fields = page.getByRole('list', { name: 'Các trường đề xuất' });
    const dateRow = fields.getByRole('listitem').filter({ hasText: 'Ngày tổ chức' });
    const staleNotice = page.getByText('Bạn đã sửa biểu mẫu nên các lựa chọn Nhận/Bỏ vừa đổi chưa được điền vào đây');

    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await startTime.fill('07:30');
    await back.click();
    await fields.waitFor();
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    expect(await startTime.inputValue()).toBe('07:30');

    // Ticks changed after an edit do not overwrite it; the page says so and offers to refill.
    await back.click();
    await dateRow.getByText('Bỏ', { exact: true }).click();
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await staleNotice.waitFor();
    expect(await startTime.inputValue()).toBe('07:30');
    expect(await startDate.inputValue()).toBe('20/04/2023');
    await page.screenshot({ path: `${screenshots}/intake-form-stale-ticks.png` });
    await page.getByRole('button', { name: 'Điền lại theo lựa chọn mới' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Điền lại theo lựa chọn mới' }).click();
    await expect.poll(() => startDate.inputValue()).toBe('');
    expect(await startTime.inputValue()).toBe('');
    expect(await staleNotice.count()).toBe(0);

    // An untouched form simply follows the ticks.
    await back.click();
    await dateRow.getByText('Nhận', { exact: true }).click();
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await expect.poll(() => startDate.inputValue()).toBe('20/04/2023');
    expect(await staleNotice.count()).toBe(0);
    await back.click();
    await fields.waitFor();
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

  it('lists uncertain fields first with their doubts beside them, and leaves an uncertain figure unticked', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Nhập tài liệu', exact: true }).click();
    await page.getByRole('tab', { name: 'Dán văn bản' }).click();
    await page.getByLabel(/^Nội dung/).fill([
      'Báo Yên Bái - 12/06/2025 10:00',
      'Sáng 11/6, Ban Chỉ đạo về nhân quyền tỉnh Yên Bái tổ chức hội nghị tập huấn công tác nhân quyền với 140 đại biểu tham dự.',
      'Tỉnh có 173 xã, phường với hơn 830.000 người. Năm 2024, tỉnh giải quyết việc làm cho 9.100 lao động; ngoài ra còn 35 lượt.',
      'Sáng 18/6/2025, Ban Chỉ đạo tiếp tục tổ chức hội nghị tập huấn tại huyện Lục Yên.',
    ].join('\n'));
    await page.getByRole('button', { name: 'Đọc văn bản' }).click();
    await page.getByText('Đã đọc xong văn bản').waitFor({ timeout: 45_000 });
    await page.getByRole('status').getByRole('link', { name: /^Xem xét/ }).click();
    await page.getByRole('heading', { name: 'Văn bản tài liệu', exact: true }).waitFor();
    const fields = page.getByRole('list', { name: 'Các trường đề xuất' }).getByRole('listitem');
    // Two dates compete: the date comes first, marked uncertain, with the reason beside it.
    const first = await fields.first().innerText();
    expect(first).toContain('Ngày tổ chức');
    expect(first).toContain('Chưa chắc chắn');
    expect(first).toContain('Hai ngày khác nhau trong bài (11/06/2025 và 18/06/2025)');
    expect(await fields.filter({ hasText: 'Cấp hội nghị' }).innerText()).toContain('Tin cậy cao');
    // The warning list above says it too, and the setting's figures are shown apart, not as indicators.
    await page.getByText('Ngày diễn ra: Hai ngày khác nhau trong bài').waitFor();
    const context = page.getByRole('region', { name: 'Số liệu bối cảnh' });
    expect(await context.innerText()).toContain('hơn 830.000 người');
    const figures = page.getByRole('table', { name: 'Số liệu báo cáo' });
    expect(await figures.innerText()).not.toContain('830.000');
    // The figure with no clear subject comes first and is not ticked; the clear one is.
    const rows = figures.getByRole('row');
    expect(await rows.nth(1).innerText()).toContain('35 lượt');
    expect(await rows.nth(1).getByRole('checkbox').isChecked()).toBe(false);
    expect(await rows.filter({ hasText: '9.100 lao động' }).getByRole('checkbox').isChecked()).toBe(true);
    await page.screenshot({ path: path.join(screenshots, 'intake-confidence.png'), fullPage: true });
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

  it('reads a dropped folder with its subfolders, each file shown with its path', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Nhập tài liệu', exact: true }).click();
    await page.getByTestId('intake-files').waitFor({ state: 'attached' });
    // Playwright cannot drag a real folder in, so the drop carries made-up directory entries
    // shaped like Chromium's (File and Directory Entries API), holding real files.
    await page.evaluate((texts) => {
      const file = (path: string, text: string) => {
        const name = path.split('/').pop()!;
        const f = new File([text], name, { type: 'text/plain' });
        return { isFile: true, isDirectory: false, name, fullPath: `/${path}`, file: (ok: (f: File) => void) => ok(f) };
      };
      const folder = (path: string, children: object[]) => ({
        isFile: false,
        isDirectory: true,
        name: path.split('/').pop()!,
        fullPath: `/${path}`,
        createReader: () => {
          let handedOut = 0;
          // One entry per call, as a reader does for a large folder, until an empty batch.
          return { readEntries: (ok: (entries: object[]) => void) => ok(children.slice(handedOut, ++handedOut)) };
        },
      });
      const tree = folder('Ho so', [
        file('Ho so/bai-1.txt', texts[0]!),
        folder('Ho so/2024', [file('Ho so/2024/bai-2.txt', texts[1]!)]),
        file('Ho so/anh.jpg', 'không phải văn bản'),
        file('Ho so/.DS_Store', ''),
        // Deleted since the drag began: the browser refuses to read it.
        { ...file('Ho so/da-xoa.txt', ''), file: (_ok: unknown, fail: (e: unknown) => void) => fail(new DOMException('gone', 'NotFoundError')) },
      ]);
      const drop = new Event('drop', { bubbles: true, cancelable: true });
      Object.defineProperty(drop, 'dataTransfer', { value: { items: [{ kind: 'file', getAsFile: () => null, webkitGetAsEntry: () => tree }], files: [] } });
      document.querySelector('[data-testid="intake-files"]')!.parentElement!.dispatchEvent(drop);
    }, [shortArticle(1), shortArticle(2)]);
    await page.getByText('Đã xong: 2 tệp sẵn sàng để xem xét, 0 tệp không đọc được, 1 tệp bỏ qua.').waitFor({ timeout: 45_000 });
    const results = page.getByRole('table', { name: 'Kết quả đọc tệp' });
    const names = await results.locator('tbody tr td:first-child').allInnerTexts();
    expect(names).toEqual(['Ho so/2024/bai-2.txt', 'Ho so/anh.jpg', 'Ho so/bai-1.txt']);
    await page.getByText('Không đọc được 1 mục đã thả (có thể đã bị di chuyển hoặc xóa): Ho so/da-xoa.txt. Các tệp khác vẫn được nhận.').waitFor();
    expect(await results.getByRole('row').filter({ hasText: 'Ho so/anh.jpg' }).innerText()).toContain('Không phải tệp .txt, .html, .htm, .docx hoặc .pdf nên không gửi lên.');

    // A plain file dropped the way Chromium hands it over still comes through.
    await page.evaluate((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'ban-le.txt', { type: 'text/plain' }));
      const drop = new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer });
      document.querySelector('[data-testid="intake-files"]')!.parentElement!.dispatchEvent(drop);
    }, shortArticle(3));
    await page.getByText('Đã xong: 1 tệp sẵn sàng để xem xét, 0 tệp không đọc được, 0 tệp bỏ qua.').waitFor({ timeout: 45_000 });
    await results.getByRole('row').filter({ hasText: 'ban-le.txt' }).waitFor();
  });

  it('stops a long batch: what was read stays, the rest is marked unsent, and a new batch can start', async () => {
    const results = page.getByRole('table', { name: 'Kết quả đọc tệp' });
    const queue = page.getByRole('table', { name: 'Hàng đợi tài liệu' });
    // The third file is held on its way to the server, so "Dừng" lands while it is in flight.
    const hold = await holdUpload(page, 'tep-03.txt');
    try {
      const files = Array.from({ length: 12 }, (_, i) => ({
        name: `tep-${String(i + 1).padStart(2, '0')}.txt`,
        mimeType: 'text/plain',
        buffer: Buffer.from(shortArticle(10 + i)),
      }));
      await page.getByTestId('intake-files').setInputFiles(files);
      await results.getByRole('row').filter({ hasText: 'tep-03.txt' }).getByText('Đang đọc').waitFor({ timeout: 45_000 });
      await page.getByRole('button', { name: 'Dừng', exact: true }).click();
      await page.getByText('Đã dừng sau 2/12 tệp: 2 tệp sẵn sàng để xem xét, 0 tệp không đọc được, 10 tệp chưa gửi, 0 tệp bỏ qua.').waitFor();
      expect(await page.getByRole('button', { name: 'Dừng', exact: true }).count()).toBe(0);
      for (const name of ['tep-01.txt', 'tep-02.txt']) {
        await results.getByRole('row').filter({ hasText: name }).getByRole('link', { name: /^Xem xét/ }).waitFor();
      }
      expect(await results.getByRole('row').filter({ hasText: 'tep-03.txt' }).innerText()).toContain('Dừng khi đang gửi');
      expect(await results.getByRole('row').filter({ hasText: 'Đã dừng – chưa gửi' }).count()).toBe(9);
      await page.screenshot({ path: `${screenshots}/intake-upload-stopped.png` });
      // The queue was refreshed with what the server read, and nothing else.
      await queue.getByRole('link', { name: 'tep-02.txt' }).waitFor();
      expect(await queue.getByRole('link', { name: /^tep-(0[3-9]|1[0-2])\.txt$/ }).count()).toBe(0);
    } finally {
      await hold.done();
    }

    // "Gửi tiếp" sends the nine never sent, in the same list; the interrupted one is left alone.
    await page.getByRole('button', { name: 'Gửi tiếp 9 tệp chưa gửi' }).click();
    await page.getByText('Đã xong: 11 tệp sẵn sàng để xem xét, 0 tệp không đọc được, 0 tệp bỏ qua.').waitFor({ timeout: 90_000 });
    expect(await results.getByRole('row').filter({ hasText: 'Dừng khi đang gửi' }).count()).toBe(1);
    await queue.getByRole('link', { name: 'tep-12.txt' }).waitFor();

    await page.getByTestId('intake-files').setInputFiles({ name: 'lan-sau.txt', mimeType: 'text/plain', buffer: Buffer.from(shortArticle(30)) });
    await page.getByText('Đã xong: 1 tệp sẵn sàng để xem xét, 0 tệp không đọc được, 0 tệp bỏ qua.').waitFor({ timeout: 45_000 });
  });

  it('asks before leaving the page while files are being sent, and stops the batch when the person goes', async () => {
    const results = page.getByRole('table', { name: 'Kết quả đọc tệp' });
    const hold = await holdUpload(page, 'roi-02.txt');
    try {
      const files = [1, 2, 3].map((i) => ({ name: `roi-0${i}.txt`, mimeType: 'text/plain', buffer: Buffer.from(shortArticle(40 + i)) }));
      await page.getByTestId('intake-files').setInputFiles(files);
      await results.getByRole('row').filter({ hasText: 'roi-02.txt' }).getByText('Đang đọc').waitFor({ timeout: 45_000 });
      const trainings = page.getByRole('navigation').getByRole('link', { name: 'Tập huấn', exact: true });
      await trainings.click();
      const ask = page.getByRole('dialog', { name: 'Đang gửi tệp' });
      await ask.getByText('các tệp chưa gửi sẽ không được gửi', { exact: false }).waitFor();
      await page.screenshot({ path: `${screenshots}/intake-leave-while-sending.png` });
      await ask.getByRole('button', { name: 'Ở lại trang' }).click();
      await ask.waitFor({ state: 'hidden' });
      expect(new URL(page.url()).pathname).toBe('/intake');
      await trainings.click();
      await ask.getByRole('button', { name: 'Dừng gửi và rời trang' }).click();
      await page.waitForURL((url) => url.pathname === '/training');
    } finally {
      await hold.done();
    }
    // What was read before leaving is in the queue; the file after the interrupted one was never sent.
    await page.getByRole('navigation').getByRole('link', { name: 'Nhập tài liệu', exact: true }).click();
    const queue = page.getByRole('table', { name: 'Hàng đợi tài liệu' });
    await queue.getByRole('link', { name: 'roi-01.txt' }).waitFor();
    expect(await queue.getByRole('link', { name: /^roi-0[23]\.txt$/ }).count()).toBe(0);
  });
});
