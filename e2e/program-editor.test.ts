/**
 * The program-of-study editor in a real browser, on the demo region's software program: its pages
 * at phone width and under axe, editing by keyboard with the live findings, saving anonymous (a
 * sign-in notice), then saving, submitting and creating a program as a signed-in educator, and
 * a college course's clock hours: by keyboard, wrong then right, at 320 px, in both languages.
 * (A step's choices of credentials: program-editor-credentials.test.ts.)
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TProgramDetail } from '../src/contracts/program-api.ts';
import {
  axeViolations,
  expectNoSideScroll,
  getJson,
  open,
  skipBrowserTests,
  type TestApp,
  useBrowserApp,
} from './helpers.ts';
import { NURSING, SOFTWARE, activeId, signInAsState } from './program-pages.ts';

describe.skipIf(skipBrowserTests())('the program-of-study editor in a browser', () => {
  let app: TestApp;
  let page: Page;
  let software: TProgramDetail;
  const suite = useBrowserApp();
  const cspErrors = suite.cspErrors;
  const url = (address: string) => `${app.url}${address}`;

  beforeAll(async () => {
    ({ app, page } = suite);
    software = await getJson<TProgramDetail>(url(`/api/v1/programs/${SOFTWARE}?lang=en`));
  });

  it('fits a phone screen and has no WCAG 2.1 A/AA violations (axe), anonymous, in English and Spanish', async () => {
    const pages = [`/programs/${SOFTWARE}/edit`, '/programs/new'];
    await page.setViewportSize({ width: 375, height: 740 });
    try {
      for (const address of [`/programs/${SOFTWARE}/edit`]) {
        await open(page, url(address));
        await expectNoSideScroll(page, address);
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
    const found: string[] = [];
    for (const address of [...pages, ...pages.map((p) => `/es${p}`)]) {
      await open(page, url(address));
      await page.waitForLoadState('networkidle');
      for (const violation of await axeViolations(page)) found.push(`${address}: ${violation}`);
    }
    expect(found, `axe violations:\n${found.join('\n')}`).toEqual([]);
  });

  it('edits by keyboard: adds a course, shows the live finding and goes to it; saving asks to sign in', async () => {
    await open(page, url(`/programs/${SOFTWARE}/edit`));
    await expect
      .poll(() => page.locator('.notice--sign-in').innerText())
      .toContain('Sign in as an educator');
    expect(await page.getByLabel('Title in English').inputValue()).toBe(software.title);

    // Tab from the step's term to its add-course select, choose with the arrow key, Tab to Add, Enter.
    await page.locator('#edit-step-0-term').focus();
    for (let i = 0; i < 15 && (await activeId(page)) !== 'edit-step-0-add-course'; i++)
      await page.keyboard.press('Tab');
    expect(await activeId(page)).toBe('edit-step-0-add-course');
    await page.keyboard.press('ArrowDown');
    const chosen = await page.locator('#edit-step-0-add-course').inputValue();
    expect(chosen).not.toBe('');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Add course to Grade 9',
    );
    await page.keyboard.press('Enter');
    const added = page.locator('#edit-step-0-course-4');
    await added.waitFor();
    expect(await page.locator('.editor__form [role="status"]').last().innerText()).toContain(
      'added to Grade 9',
    );
    expect(software.steps.slice(1).some((s) => s.courses.some((c) => c.id === chosen))).toBe(true);

    // The course is listed twice now: a live finding names the rule and goes to the course.
    const finding = page.locator('.finding', { hasText: 'pos.no-duplicate-course' }).first();
    await finding.waitFor();
    expect(await page.locator('.findings__source').innerText()).toBe('Checked as you edit.');
    await finding.locator('button').focus();
    await page.keyboard.press('Enter');
    expect(await activeId(page)).toMatch(/^edit-step-\d+-course-\d+$/);

    await page.getByRole('button', { name: 'Save', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.editor__outcome--error').innerText())
      .toContain('Sign in as an educator');
  });

  it('saves and submits as a signed-in educator, and creates a new program', async () => {
    await signInAsState(suite.browser, url(''));

    await open(page, url(`/programs/${SOFTWARE}`));
    await page.getByRole('link', { name: 'Edit this program' }).click();
    await page.waitForURL(url(`/programs/${SOFTWARE}/edit`));
    // The stored findings: one warning, the help-desk job outside the software pathway (on purpose).
    await expect
      .poll(() => page.locator('.findings__count').innerText())
      .toBe('0 errors, 1 warning');
    expect(await page.locator('.findings .finding--warning').innerText()).toContain('15-1232');
    expect(await page.locator('.notice--sign-in').count()).toBe(0);
    await page.getByLabel('Title in Spanish').fill('Desarrollo de software (revisado)');
    // Checked in the page now, with the stored occupations' pathways: the same warning.
    expect(await page.locator('.findings__source').innerText()).toBe('Checked as you edit.');
    expect(await page.locator('.findings__count').innerText()).toBe('0 errors, 1 warning');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(() => page.locator('.editor__outcome--ok').innerText())
      .toContain('Saved as version 2 (Draft)');
    await page.getByRole('button', { name: 'Submit for approval' }).click();
    await expect
      .poll(() => page.locator('.editor__outcome--ok').innerText())
      .toBe('Submitted for approval.');
    for (const violation of await axeViolations(page))
      expect.fail(`edit page, signed in: ${violation}`);

    await open(page, url('/programs/new'));
    await page.getByLabel('Title in English').fill('Cloud Support Pathway');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForURL(url('/programs/cloud-support-pathway/edit'));
    await expect
      .poll(() => page.locator('.editor__outcome--ok').innerText())
      .toContain('Saved as version 1 (Draft)');
    expect(await page.locator('.finding--error').count()).toBeGreaterThan(0);
  });

  it("edits a college course's clock hours by keyboard: names a bad value, saves a good one", async () => {
    // Signed in as the state admin by the test above (a second sign-in would need its CSRF token).
    const edit = `/programs/${NURSING}/edit`;
    await open(page, url(edit));
    const field = page.locator('input[id$="-clock-hours"]').first();
    await field.waitFor();
    const id = (await field.getAttribute('id'))!;
    const row = id.replace(/-clock-hours$/, '');
    const label = await page.locator(`label[for="${id}"]`).innerText();
    expect(label).toMatch(/^Clock hours of \S+ \S+$/);
    expect(await page.locator(`#${id}-hint`).innerText()).toContain(
      'a whole number from 1 to 10000',
    );

    // From the course's Remove button, Tab reaches the field; a wrong value is named at it.
    await page.locator(`#${row} button`).focus();
    await page.keyboard.press('Tab');
    expect(await activeId(page)).toBe(id);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('12.5');
    const error = page.locator(`#${id}-error`);
    await expect.poll(() => error.innerText()).toContain(`${label}: write a whole number of hours`);
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect((await field.getAttribute('aria-describedby'))!.split(' ')).toEqual([
      `${id}-hint`,
      `${id}-error`,
    ]);
    expect(await page.locator('.finding', { hasText: label }).count()).toBeGreaterThan(0);
    for (const violation of await axeViolations(page))
      expect.fail(`clock hours with an error: ${violation}`);
    // Enter submits the form: refused before sending, focus back on the field.
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.editor__outcome--error').innerText())
      .toContain('Not saved: 1 field needs a fix');
    expect(await activeId(page)).toBe(id);

    await page.keyboard.press('Control+A');
    await page.keyboard.type('48');
    await expect.poll(() => error.count()).toBe(0);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.editor__outcome--ok').innerText())
      .toContain('Saved as version');
    // Stored in the catalog: the reloaded editor shows it.
    await open(page, url(edit));
    await expect.poll(() => page.locator(`#${id}`).inputValue()).toBe('48');

    await page.setViewportSize({ width: 320, height: 740 });
    try {
      await open(page, url(`/es${edit}`));
      const es = page.locator(`label[for="${id}"]`);
      await es.waitFor();
      expect(await es.innerText()).toMatch(/^Horas de instrucción de \S+ \S+$/);
      await page.locator(`#${id}`).fill('0');
      await expect
        .poll(() => page.locator(`#${id}-error`).innerText())
        .toContain('escribe un número entero de horas de 1 a 10000');
      await expectNoSideScroll(page, `/es${edit}`);
      for (const violation of await axeViolations(page))
        expect.fail(`clock hours in Spanish at 320 px: ${violation}`);
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('breaks no rule of the Content-Security-Policy on any page visited above', () => {
    expect(cspErrors).toEqual([]);
  });
});
