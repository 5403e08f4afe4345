/**
 * A counselor's further schools set on /admin/users in a real browser: the demo district admin
 * opens Carmen Counselor's Schools panel by keyboard, checks the district's other schools, saves,
 * and sees "Also serves" on her row, still there after a reload; in Spanish unchecks one and
 * sees "También atiende" with only the other; a refusal by the server (a school of another
 * district slipped into the request) is shown in the panel with the focus on it and changes
 * nothing. axe in English and Spanish with the panel open, and 320 px.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { CEDAR_VALLEY_HS } from '../src/data/demo/institutions.ts';
import { LAKEVIEW_HS } from '../src/data/demo/people.ts';
import { CLI } from '../src/services/accounts/caller.ts';
import { createOrg } from '../src/services/accounts/manage-orgs.ts';
import {
  axeViolations,
  expectNoSideScroll,
  open,
  screenshot,
  signInDemoStaff,
  skipBrowserTests,
  type TestApp,
  useBrowserApp,
} from './helpers.ts';

const DANA = 'district@demo.wayfinder.test';
const CARMEN = { email: 'counselor@demo.wayfinder.test', name: 'Carmen Counselor' };
const MIDDLE = { id: 'rms', name: 'Riverside Middle School' };

describe.skipIf(skipBrowserTests())('a counselor’s further schools on the users page', () => {
  const suite = useBrowserApp();
  const cspErrors = suite.cspErrors;
  let app: TestApp;
  let page: Page;

  beforeAll(async () => {
    ({ app, page } = suite);
    // A third school of the demo district, so the panel has two schools to offer.
    await createOrg(app.runtime.accounts.deps, CLI, {
      id: MIDDLE.id,
      kind: 'school',
      name: MIDDLE.name,
      parentId: 'rusd',
    });
    await signInDemoStaff(page, app.url, DANA);
  });

  const url = (address: string) => `${app.url}${address}`;
  const row = (name: string) => page.locator('.admin-table tbody tr', { hasText: name });
  const panel = () => page.locator('.schools-panel');
  const focused = () =>
    page.evaluate(() => ({
      id: document.activeElement?.id ?? '',
      text: document.activeElement?.textContent ?? '',
      label: document.activeElement?.closest('label')?.textContent?.trim() ?? '',
    }));
  /** Carmen's further schools as the database keeps them. */
  const stored = async () => {
    const carmen = await app.runtime.accounts.deps.users.findByEmail(CARMEN.email);
    return app.runtime.accounts.deps.counselorSchools.list(carmen!.id);
  };

  async function openUsers(address: string) {
    await open(page, url(address));
    await page.locator('.admin-table').waitFor();
  }

  /** Opens Carmen's panel from her row's button, by keyboard; the heading takes the focus. */
  async function openPanel(button: string, title: string) {
    await page.getByRole('button', { name: `${button} ${CARMEN.name}`, exact: true }).focus();
    await page.keyboard.press('Enter');
    await panel().waitFor();
    await expect.poll(async () => (await focused()).text).toBe(title);
  }

  it('checks the district’s other schools by keyboard, saves, and keeps them after a reload', async () => {
    await openUsers('/admin/users');
    // Only a counselor's row has the button.
    expect(
      await row('Alex Student')
        .getByRole('button', { name: /^Schools/ })
        .count(),
    ).toBe(0);
    await openPanel('Schools for', `Schools ${CARMEN.name} serves`);
    expect(await panel().innerText()).toContain(`${CARMEN.name} belongs to Riverside High School.`);
    const boxes = panel().getByRole('checkbox');
    expect(await boxes.count()).toBe(2);

    await page.keyboard.press('Tab');
    expect((await focused()).label).toBe('Cedar Valley High School');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    expect((await focused()).label).toBe(MIDDLE.name);
    await page.keyboard.press('Space');
    expect(await axeViolations(page), 'the schools panel, in English').toEqual([]);
    await page.keyboard.press('Tab');
    expect((await focused()).text).toBe('Save schools');
    await page.keyboard.press('Enter');

    await expect
      .poll(() => page.locator('.form-success').innerText())
      .toBe(
        `${CARMEN.name} serves Riverside High School and also Cedar Valley High School, ${MIDDLE.name}.`,
      );
    expect(await panel().count()).toBe(0);
    const serves = `Also serves: Cedar Valley High School, ${MIDDLE.name}`;
    await expect.poll(() => row(CARMEN.name).innerText()).toContain(serves);
    expect(await stored()).toEqual([CEDAR_VALLEY_HS, MIDDLE.id].sort());

    await openUsers('/admin/users');
    expect(await row(CARMEN.name).innerText()).toContain(serves);
  });

  it('unchecks one in Spanish, at 320 px, and the other stays after a reload', async () => {
    await openUsers('/es/admin/users');
    await openPanel('Escuelas para', `Escuelas que atiende ${CARMEN.name}`);
    // What is served already is checked.
    const middle = panel().getByRole('checkbox', { name: MIDDLE.name });
    expect(await middle.isChecked()).toBe(true);
    expect(
      await panel().getByRole('checkbox', { name: 'Cedar Valley High School' }).isChecked(),
    ).toBe(true);
    expect(await axeViolations(page), 'the schools panel, in Spanish').toEqual([]);
    await page.setViewportSize({ width: 320, height: 740 });
    try {
      await expectNoSideScroll(page, '/es/admin/users with the schools panel at 320 px');
      await screenshot(page, 'es_admin_users_schools_320');
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }

    await middle.focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    expect((await focused()).text).toBe('Guardar las escuelas');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.form-success').innerText())
      .toBe(`${CARMEN.name} atiende Riverside High School y también Cedar Valley High School.`);
    await openUsers('/es/admin/users');
    const text = await row(CARMEN.name).innerText();
    expect(text).toContain('También atiende: Cedar Valley High School');
    expect(text).not.toContain(MIDDLE.name);
    expect(await stored()).toEqual([CEDAR_VALLEY_HS]);
    expect(await axeViolations(page), '/es/admin/users after saving').toEqual([]);
  });

  it('shows a refusal in the panel with the focus on it, and changes nothing', async () => {
    await openUsers('/es/admin/users');
    // The request as sent, with a school of another district added: the server refuses it.
    await page.route('**/api/v1/users/*/schools', (route) =>
      route.continue({
        postData: JSON.stringify({ schools: [CEDAR_VALLEY_HS, LAKEVIEW_HS] }),
      }),
    );
    try {
      const button = page.getByRole('button', {
        name: `Escuelas para ${CARMEN.name}`,
        exact: true,
      });
      await openPanel('Escuelas para', `Escuelas que atiende ${CARMEN.name}`);
      await panel().getByRole('button', { name: 'Guardar las escuelas' }).click();
      const error = page.locator('#schools-error');
      await expect
        .poll(() => error.innerText())
        .toBe(
          `Otras escuelas (schools): ${LAKEVIEW_HS} no es una escuela del distrito del consejero escolar.`,
        );
      await expect.poll(async () => (await focused()).id).toBe('schools-error');
      expect(await axeViolations(page), 'the schools panel with a refusal').toEqual([]);
      expect(await stored()).toEqual([CEDAR_VALLEY_HS]);

      // Escape closes the panel and gives the focus back to the button that opened it.
      await page.keyboard.press('Escape');
      expect(await panel().count()).toBe(0);
      await expect.poll(() => button.evaluate((b) => b === document.activeElement)).toBe(true);
    } finally {
      await page.unroute('**/api/v1/users/*/schools');
    }
    expect(cspErrors).toEqual([]);
  });
});
