import { asc, eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCodes } from '../../src/server/features/awareness/codes';
import { issueCheckInLink } from '../../src/server/features/awareness/check-in-service';
import { setPhase, setPlanQuestions } from '../../src/server/features/awareness/plan-service';
import { awarenessQuestions } from '../../src/server/features/awareness/tables';
import { users } from '../../src/server/features/accounts/tables';
import { connectionPoints, conferences } from '../../src/server/features/conferences/tables';
import { seedDemo } from '../../src/server/features/demo/seed-demo';
import { followupItems } from '../../src/server/features/followup/tables';
import { indicatorReports } from '../../src/server/features/indicators/tables';
import { insertIntakeDocument } from '../../src/server/features/intake/testing';
import { organisations } from '../../src/server/features/organisations/tables';
import { createParticipant } from '../../src/server/features/participants/service';
import { workingVisits } from '../../src/server/features/working-visits/tables';
import { seriousViolations, waitForPage } from '../support/accessibility';
import { launchChromium, skipBrowserTests } from '../support/browser';
import { startServer, type RunningServer } from '../support/server';

/*
 * Every page of the web app (the routes of src/web/app/router.tsx) over the demo data, checked with
 * axe for WCAG 2.1 AA: no serious or critical violation, one h1, and a tab title of its own. The
 * signed-in pages are reached inside one loaded app (as a person clicks through it), so the whole
 * walk stays well under a minute.
 */

type Ids = { conference: string; followup: string; visit: string; report: string; organisation: string; account: string; intake: string; testToken: string; checkInToken: string };

/**
 * Findings tolerated by page and rule while someone fixes them (none today): the test fails once
 * one is gone, so the list only shrinks. Everything else must have no serious or critical violation.
 */
const knownFindings: Record<string, string[]> = {};

const desktop = { width: 1366, height: 800 };
const phone = { width: 390, height: 844 };

const shellPages = (id: Ids): string[] => [
  '/',
  '/training',
  '/training/new',
  '/training/statistics',
  '/training/questions',
  `/training/${id.conference}`,
  `/training/${id.conference}/awareness`,
  `/training/${id.conference}/participants`,
  `/training/${id.conference}/edit`,
  '/indicators',
  `/indicators/reports/${id.report}`,
  '/indicators/completeness',
  '/indicators/dashboard',
  '/indicators/import',
  '/indicators/catalogue',
  '/indicators/forms',
  '/follow-up',
  '/follow-up/new',
  '/follow-up/map',
  `/follow-up/items/${id.followup}`,
  `/follow-up/items/${id.followup}/edit`,
  '/follow-up/visits',
  '/follow-up/visits/new',
  `/follow-up/visits/${id.visit}`,
  `/follow-up/visits/${id.visit}/edit`,
  '/follow-up/import',
  '/follow-up/report',
  '/follow-up/public',
  '/intake',
  `/intake/${id.intake}`,
  '/provinces',
  '/provinces/04',
  '/help',
  '/admin',
  '/admin/accounts',
  '/admin/accounts/new',
  `/admin/accounts/${id.account}`,
  '/admin/organisations',
  '/admin/organisations/new',
  `/admin/organisations/${id.organisation}`,
  '/admin/audit',
  '/khong-co-trang-nay',
];

/** Pages opened on their own (outside the app shell, or read on a phone). */
const standalonePages = (id: Ids): Array<{ path: string; viewport: typeof desktop }> => [
  { path: `/training/${id.conference}/awareness/codes`, viewport: desktop },
  { path: '/change-password', viewport: desktop },
  { path: '/public', viewport: desktop },
  { path: '/public/04', viewport: desktop },
  { path: `/k/${id.testToken}`, viewport: phone },
  { path: `/d/${id.checkInToken}`, viewport: phone },
  { path: '/', viewport: phone },
  { path: '/training', viewport: phone },
  { path: `/training/${id.conference}`, viewport: phone },
  { path: '/follow-up/map', viewport: phone },
];

describe.skipIf(skipBrowserTests())('accessibility of every page (axe, WCAG 2.1 AA)', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const ids = {} as Ids;
  const titles = new Map<string, string>();

  beforeAll(async () => {
    server = await startServer({
      prepare: async ({ db }, admin) => {
        await seedDemo(db, admin);
        // Cao Bằng's conference: the one with connection points, given a roster, a test and a check-in link.
        const [c] = await db.select({ id: conferences.id }).from(conferences).where(eq(conferences.provinceCode, '04'));
        ids.conference = c!.id;
        const [point] = await db.select({ id: connectionPoints.id }).from(connectionPoints).where(eq(connectionPoints.conferenceId, c!.id)).orderBy(asc(connectionPoints.position));
        for (const fullName of ['Nông Thị Hoa', 'Hoàng Văn Bình', 'Lục Văn Cường']) {
          await createParticipant(db, admin, c!.id, { fullName, agency: 'Sở Tư pháp tỉnh Cao Bằng', position: 'Chuyên viên', connectionPointId: point?.id ?? null });
        }
        const questions = await db.select({ id: awarenessQuestions.id }).from(awarenessQuestions).orderBy(asc(awarenessQuestions.createdAt)).limit(3);
        const plan = await setPlanQuestions(db, admin, c!.id, { questionIds: questions.map((q) => q.id), version: 0 });
        await setPhase(db, admin, c!.id, { phase: 'pre', open: true });
        await generateCodes(db, admin, c!.id, { count: 6 });
        ids.testToken = plan.publicToken!;
        ids.checkInToken = (await issueCheckInLink(db, admin, c!.id, point!.id)).items.find((l) => l.token)!.token!;
        const first = async (table: typeof followupItems | typeof workingVisits | typeof indicatorReports | typeof organisations | typeof users) =>
          ((await db.select().from(table).limit(1)) as Array<{ id: string }>)[0]!.id;
        ids.followup = await first(followupItems);
        ids.visit = await first(workingVisits);
        ids.report = await first(indicatorReports);
        ids.organisation = await first(organisations);
        ids.account = admin.id;
        ids.intake = (await insertIntakeDocument(db, { provinceCode: '04', createdBy: admin.id })).id;
      },
    });
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: desktop })).newPage();
    page.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Axe's findings, the h1 count and the tab title of the page now shown. */
  async function check(label: string): Promise<string[]> {
    await waitForPage(page);
    // Read before axe runs: its run leaves the document's title as the page was first served.
    const title = await page.evaluate(() => document.title);
    const known = knownFindings[label] ?? [];
    const found = await seriousViolations(page);
    const problems = found.filter((f) => !known.some((rule) => f.startsWith(`${rule} `)));
    for (const rule of known) if (!found.some((f) => f.startsWith(`${rule} `))) problems.push(`${rule} is fixed: remove it from knownFindings`);
    const h1 = await page.locator('h1').count();
    if (h1 !== 1) problems.push(`${h1} h1 elements`);
    if (!title || title === 'rights-desk') problems.push(`tab title "${title}"`);
    titles.set(label, title);
    return problems.map((p) => `${label}: ${p}`);
  }

  it('the sign-in page', async () => {
    await page.goto(`${server.baseUrl}/sign-in`);
    const problems = await check('/sign-in');
    await page.getByLabel(/^Email/).fill(server.admin.email);
    await page.getByLabel(/^Mật khẩu/).fill(server.admin.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('navigation', { name: 'Chức năng chính' }).waitFor();
    expect(problems).toEqual([]);
  });

  // One test per area keeps each under the browser tests' time limit on a busy machine.
  const areas = ['/training', '/indicators', '/follow-up', '/intake', '/provinces', '/admin', ''];
  const areaOf = (path: string) => areas.find((a) => a && (path === a || path.startsWith(`${a}/`))) ?? '';
  it.each(areas.map((area) => [area || 'the home, help and account pages', area]))('every page of %s inside the app, at 1366×800', async (_name, area) => {
    const problems: string[] = [];
    for (const path of shellPages(ids).filter((p) => areaOf(p) === area)) {
      // Mark the heading shown now, then move as the app's own links do, and wait for the next page's.
      await page.evaluate((to) => {
        if (window.location.pathname === to) return;
        document.querySelectorAll('h1').forEach((h) => h.setAttribute('data-left', ''));
        window.history.pushState(null, '', to);
        window.dispatchEvent(new PopStateEvent('popstate'));
      }, path);
      await page.locator('h1:not([data-left])').first().waitFor({ timeout: 15_000 });
      problems.push(...(await check(path)));
    }
    expect(problems).toEqual([]);
  });

  it('pages opened on their own, and the most used ones on a 390×844 phone', async () => {
    const problems: string[] = [];
    for (const { path, viewport } of standalonePages(ids)) {
      await page.setViewportSize(viewport);
      await page.goto(`${server.baseUrl}${path}`);
      problems.push(...(await check(`${path} @${viewport.width}`)));
    }
    await page.setViewportSize(desktop);
    expect(problems).toEqual([]);
  });

  it('takes the single match of a list when one types and presses Enter', async () => {
    await page.goto(`${server.baseUrl}/training`);
    const province = page.getByRole('combobox', { name: 'Tỉnh, thành phố', exact: true });
    await province.click();
    await province.pressSequentially('cao bang');
    await page.keyboard.press('Enter');
    await expect.poll(() => province.inputValue()).toBe('Cao Bằng');
    await page.waitForURL(/province=04/);
  });

  it('names each page in its own tab title', () => {
    const shell = shellPages(ids).filter((p) => !p.includes('khong-co'));
    const distinct = new Set(shell.map((p) => titles.get(p)));
    expect(distinct.size).toBe(shell.length);
  });
});
