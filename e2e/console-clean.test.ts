/**
 * The normal journeys log nothing red in the browser's console: a visitor walks home → a cluster
 * → a pathway → the Interest Profiler, and the demo student, who has no learning plan yet, opens
 * /me and their plan page (in English and Spanish), and their counselor opens the student's page
 * in the caseload. Every console error, uncaught page error and
 * answer with an error status (4xx, 5xx) on the way fails the test, with what and where.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TPlanOptions } from '../src/contracts/plans.ts';
import { DEMO_PASSWORD } from '../src/services/accounts/seed-demo.ts';
import { watchConsole } from './console-watch.ts';
import { open, signInDemoStaff, skipBrowserTests, useBrowserApp } from './helpers.ts';

describe.skipIf(skipBrowserTests())('no console errors on the normal journeys', () => {
  const suite = useBrowserApp();
  let page: Page;
  let problems: string[];
  let studentId = '';
  const url = (address: string) => suite.url(address);

  beforeAll(async () => {
    page = await suite.browser.newPage();
    problems = watchConsole(page);
  });

  /** Follows the first link of `selector` in the main content and waits for the next page. */
  async function follow(selector: string) {
    const link = page.locator(`main ${selector}`).first();
    const href = await link.getAttribute('href');
    expect(href, selector).toBeTruthy();
    await link.click();
    await page.waitForURL((u) => u.pathname === href);
    await page.locator('main h1').waitFor();
    await page.waitForLoadState('networkidle');
  }

  it('a visitor: home → a cluster → a pathway → the Interest Profiler', async () => {
    for (const prefix of ['', '/es']) {
      await open(page, url(`${prefix}/`));
      await page.waitForLoadState('networkidle');
      expect(await page.getByRole('link', { name: /sign in|iniciar sesión/i }).count()).toBe(1);
      await follow('a[href*="/clusters/"]');
      await follow('a[href*="/pathways/"]');
      await open(page, url(`${prefix}/interest-profiler`));
      await page.locator('main input[type="radio"]').first().waitFor();
      await page.waitForLoadState('networkidle');
    }
    expect(problems).toEqual([]);
  });

  it('the demo student with no plan yet: /me and the plan page', async () => {
    const signIn = await page.request.post(url('/api/v1/auth/sign-in'), {
      data: { email: 'student@demo.wayfinder.test', password: DEMO_PASSWORD },
    });
    expect(signIn.status(), await signIn.text()).toBe(200);
    const { user } = (await signIn.json()) as { user: { id: string } };
    studentId = user.id;
    // The journey is the one without a plan: the test would prove nothing with one.
    const options = await page.request.get(url(`/api/v1/students/${user.id}/plan/options`));
    expect(((await options.json()) as TPlanOptions).currentVersion).toBeNull();

    for (const prefix of ['', '/es']) {
      await open(page, url(`${prefix}/me`));
      await page.locator('main .ip-home__body').waitFor();
      await page.waitForLoadState('networkidle');
      await follow(`a[href$="/students/${user.id}/plan"]`);
      // No plan: the page offers to start one.
      await page.locator('main form').first().waitFor();
      expect(await page.locator('main').innerText()).toMatch(
        /program of study|programa de estudio/i,
      );
    }
    expect(problems).toEqual([]);
  });

  it("their counselor: the student's page in the caseload", async () => {
    await page.context().clearCookies();
    await signInDemoStaff(page, suite.app.url, 'counselor@demo.wayfinder.test');
    const none = { '': 'No learning plan yet.', '/es': 'Aún no tiene un plan de aprendizaje.' };
    for (const [prefix, text] of Object.entries(none)) {
      await open(page, url(`${prefix}/caseload/students/${studentId}`));
      await page.locator('#summary-plan').waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.locator('section[aria-labelledby="summary-plan"]').innerText()).toContain(
        text,
      );
    }
    expect(problems).toEqual([]);
  });

  it('the API still refuses a visitor who asks for the signed-in user', async () => {
    await page.context().clearCookies();
    expect((await page.request.get(url('/api/v1/auth/me'))).status()).toBe(401);
    const visitor = await page.request.get(url('/api/v1/auth/session'));
    expect(visitor.status()).toBe(200);
    expect(await visitor.json()).toEqual({ user: null });
  });
});
