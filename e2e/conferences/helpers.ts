import type { Locator, Page } from 'playwright-core';

/**
 * Picks an option in a Mantine Select or MultiSelect found by its label inside `scope`. The
 * options render in a portal at the end of the page, so they are looked up on the page.
 */
export async function choose(page: Page, scope: Page | Locator, label: string | RegExp, option: string, search?: string) {
  // By role: the open dropdown's listbox is labelled by the same label.
  const input = scope.getByRole('combobox', { name: label, exact: typeof label === 'string' });
  await input.click();
  if (search) await input.fill(search);
  await page.getByRole('option', { name: option, exact: true }).click();
}

/**
 * A whole-page screenshot without the fixed header and navigation drawn over the middle of it
 * (what `fullPage` does with the app shell): the window is made as tall as the page first.
 */
export async function screenshotWholePage(page: Page, path: string) {
  const viewport = page.viewportSize()!;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.max(height, viewport.height) });
  await page.screenshot({ path });
  await page.setViewportSize(viewport);
}
