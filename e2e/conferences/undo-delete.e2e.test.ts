import fs from 'node:fs';
import { eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conferences } from '../../src/server/features/conferences/tables';
import { seedDemo } from '../../src/server/features/demo/seed-demo';
import { launchChromium, skipBrowserTests } from '../support/browser';
import { startServer, type RunningServer } from '../support/server';
import { signInAsAdmin } from '../support/sign-in';

const screenshots = 'test-results';

describe.skipIf(skipBrowserTests())('conferences: delete, then undo from the notice', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let id = '';
  let title = '';

  beforeAll(async () => {
    server = await startServer({
      prepare: async ({ db }, admin) => {
        await seedDemo(db, admin);
        // Bình Định's conference: its directions are follow-up items of the province.
        const [c] = await db.select({ id: conferences.id, title: conferences.title }).from(conferences).where(eq(conferences.provinceCode, '52'));
        id = c!.id;
        title = c!.title;
      },
    });
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1366, height: 800 } })).newPage();
    page.setDefaultTimeout(15_000);
    fs.mkdirSync(screenshots, { recursive: true });
    await signInAsAdmin(page, server);
    await page.getByRole('navigation', { name: 'Chức năng chính' }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const linkedItems = async () => {
    const res = await page.request.get(`${server.baseUrl}/api/followup-items?conferenceId=${id}&pageSize=100`);
    expect(res.status()).toBe(200);
    return ((await res.json()) as { items: Array<{ id: string }> }).items.map((i) => i.id).sort();
  };

  it('deletes the conference, says so with "Hoàn tác", and puts it back whole when pressed', async () => {
    const before = await linkedItems();
    expect(before.length).toBeGreaterThan(0);
    await page.goto(`${server.baseUrl}/training/${id}`);
    await page.getByRole('heading', { name: title }).waitFor();
    await page.getByRole('button', { name: 'Xóa hội nghị' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Xóa hội nghị' }).click();

    // Back on the list, without it, and the notice offers the undo.
    await page.getByRole('heading', { name: 'Tập huấn', exact: true }).waitFor();
    const notice = page.getByRole('status').filter({ hasText: `Đã xóa hội nghị “${title}”.` });
    await notice.waitFor();
    await page.screenshot({ path: `${screenshots}/conference-deleted-undo.png` });
    await expect.poll(() => page.locator(`main a[href="/training/${id}"]`).count()).toBe(0);
    expect(await linkedItems()).toEqual([]);

    await notice.getByRole('button', { name: 'Hoàn tác' }).click();
    await page.waitForURL(`**/training/${id}`);
    await page.getByRole('heading', { name: title }).waitFor();
    await page.getByText(`Đã khôi phục hội nghị “${title}” cùng mọi dữ liệu đi kèm.`).waitFor();
    // The follow-up items made from its directions point at it again.
    expect(await linkedItems()).toEqual(before);
  });

  it('lets the notice go after ten seconds; the conference stays deleted', async () => {
    await page.getByRole('button', { name: 'Xóa hội nghị' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Xóa hội nghị' }).click();
    const undo = page.getByRole('button', { name: 'Hoàn tác' });
    await undo.waitFor();
    await undo.waitFor({ state: 'detached', timeout: 13_000 });
    await page.goto(`${server.baseUrl}/training/${id}`);
    await page.getByRole('heading', { name: 'Không tìm thấy' }).or(page.getByText('Không tìm thấy')).first().waitFor();
  });
});
