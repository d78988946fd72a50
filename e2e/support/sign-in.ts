import type { Page } from 'playwright-core';
import type { RunningServer } from './server';

/** Signs the test server's first administrator in through the sign-in form, as a person would (what to wait for next is the caller's). */
export async function signInAsAdmin(page: Page, server: RunningServer): Promise<void> {
  await page.goto(`${server.baseUrl}/sign-in`);
  await page.getByLabel(/^Email/).fill(server.admin.email);
  await page.getByLabel(/^Mật khẩu/).fill(server.admin.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}
