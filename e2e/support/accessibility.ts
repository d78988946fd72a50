import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.0 and 2.1, levels A and AA: what the Vietnamese public-sector accessibility rules ask. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * The serious and critical axe violations of the page as it is now, one line per rule with the
 * first few elements it found, so a failing test says what to fix and where.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Legacy mode runs axe inside the page itself instead of finishing in a second, blank page, and
  // asking for violations only skips collecting every passing node: together about 3× faster.
  const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).options({ resultTypes: ['violations'] }).setLegacyMode(true).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => {
      const where = v.nodes.slice(0, 3).map((n) => {
        const why = n.failureSummary ? ` (${n.failureSummary.split('\n').slice(1, 2).join('').trim()})` : '';
        return `${n.html.slice(0, 140)}${why}`;
      });
      return `${v.id} [${v.impact}] ×${v.nodes.length}: ${where.join(' | ')}`;
    });
}

/** Waits until the page shows its heading and no loader spins (lazy chunks and queries settled). */
export async function waitForPage(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor({ timeout: 15_000 });
  await page.waitForFunction(() => !document.querySelector('.mantine-Loader-root, [aria-busy="true"]'), undefined, { timeout: 15_000 }).catch(() => {});
}
