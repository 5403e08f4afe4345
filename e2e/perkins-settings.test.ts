/**
 * The Perkins V report's settings form and the back button, in a real browser: after Back the
 * form shows the settings of the report Back returned to, even when Back comes before the
 * submitted report is drawn (React Router renders both address changes as one transition, and
 * the form's own edit must not outlive it beside a report of other settings).
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { currentSchoolYear } from '../src/web/perkins/perkins-api.ts';
import { open, signInDemoStaff, skipBrowserTests, useBrowserApp } from './helpers.ts';

describe.skipIf(skipBrowserTests())('the Perkins V settings form and Back', () => {
  const suite = useBrowserApp();
  let page: Page;
  const year = currentSchoolYear(new Date());

  beforeAll(async () => {
    page = suite.page;
    await signInDemoStaff(page, suite.app.url, 'district@demo.wayfinder.test');
  });

  it('shows the settings Back returned to when Back and the submit are drawn together', async () => {
    const federal = `year=${year}&profile=federal`;
    await open(page, suite.url(`/reports/perkins?${federal}`));
    await page.locator('.perkins-scope').waitFor();
    const profile = page.locator('#perkins-profile');
    await profile.selectOption('nebraska-like');
    expect(await profile.inputValue()).toBe('nebraska-like');
    // Apply the edit, then go Back within the same task, so that React draws both address
    // changes at once (as it may when a person presses Back quickly): the pushed entry is put
    // back to the one before and the browser's popstate is sent, as Back does.
    await page.evaluate(() => {
      const before = { state: window.history.state as unknown, href: window.location.href };
      document.querySelector<HTMLFormElement>('form.perkins-settings')!.requestSubmit();
      if (window.location.href === before.href) throw new Error('the submit changed no address');
      window.history.replaceState(before.state, '', before.href);
      window.dispatchEvent(new PopStateEvent('popstate', { state: before.state }));
    });
    expect(await page.evaluate(() => window.location.search)).toBe(`?${federal}`);
    // Until the transition is drawn the select still shows the edit; then the settings applied.
    await expect.poll(() => profile.inputValue()).toBe('federal');
    expect(await page.getByTestId('perkins-download').getAttribute('href')).toBe(
      `/api/v1/perkins/export?${federal}`,
    );

    // An ordinary submit still shows what was submitted, and Back then the settings before it.
    await profile.selectOption('texas-like');
    await page.locator('.perkins-settings button[type="submit"]').click();
    await page.waitForURL(/profile=texas-like/);
    await expect
      .poll(() => page.getByTestId('perkins-download').getAttribute('href'))
      .toBe(`/api/v1/perkins/export?year=${year}&profile=texas-like`);
    expect(await profile.inputValue()).toBe('texas-like');
    await page.goBack();
    await expect.poll(() => profile.inputValue()).toBe('federal');
  });
});
