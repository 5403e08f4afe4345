/**
 * One demo world in a real browser: the demo student (Riverside High, Riverside Unified) signs in
 * and their account page lists their district's programs of study, in English and Spanish, and
 * one opens; the Lakeview student, in the other district, sees none of Riverside's. axe-clean.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoPrograms } from '../src/data/demo/index.ts';
import { DEMO_PASSWORD } from '../src/services/accounts/seed-demo.ts';
import {
  axeViolations,
  expectNoSideScroll,
  open,
  skipBrowserTests,
  type TestApp,
  useBrowserApp,
} from './helpers.ts';

describe.skipIf(skipBrowserTests())('the demo world in a browser', () => {
  const suite = useBrowserApp();
  let app: TestApp;
  let page: Page;
  const url = (address: string) => `${app.url}${address}`;
  const section = () => page.locator('section.district-programs');

  beforeAll(() => {
    ({ app, page } = suite);
  });

  async function signInAs(email: string) {
    await page.context().clearCookies();
    const res = await page.request.post(url('/api/v1/auth/sign-in'), {
      data: { email, password: DEMO_PASSWORD },
    });
    expect(res.status(), await res.text()).toBe(200);
  }

  it("shows the demo student their district's programs, in English and Spanish", async () => {
    await signInAs('student@demo.wayfinder.test');
    await open(page, url('/account'));
    await section().locator('ul li').first().waitFor();
    expect(await section().locator('h2').innerText()).toBe('Programs of study in your district');
    expect(await section().locator('ul li').count()).toBe(demoPrograms.length);
    expect(await section().innerText()).toContain('Nursing');
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 800 });
    await expectNoSideScroll(page, '/account');
    await page.setViewportSize({ width: 1280, height: 900 });

    await open(page, url('/es/account'));
    await section().locator('ul li').first().waitFor();
    expect(await section().locator('h2').innerText()).toBe('Programas de estudio de tu distrito');
    expect(await section().innerText()).toContain('Enfermería');
    expect(await axeViolations(page)).toEqual([]);

    await section().getByRole('link', { name: 'Enfermería' }).click();
    await page.waitForURL(url('/es/programs/riverside-nursing'));
    await expect.poll(() => page.locator('main h1').innerText()).toBe('Enfermería');
  });

  it("shows the other district's student none of Riverside's programs", async () => {
    await signInAs('student2@demo.wayfinder.test');
    await open(page, url('/account'));
    await expect
      .poll(() => section().innerText())
      .toContain('Your district has no approved programs of study yet.');
  });
});
