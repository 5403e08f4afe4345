/**
 * The caseload's pages in a real browser: the demo counselor's 25 students ten at a time, moved
 * through with the keyboard; the page kept in the address (Back from a student lands on the same
 * page and student), new filters start at page 1, a page past the last offers the first, the
 * sort by family name, Spanish, axe-clean, no sideways scroll at 320 px; and the filter to the
 * CTE concentrators, naming their programs.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DemoPerson } from '../src/data/demo/people.ts';
import { demoPeople } from '../src/services/accounts/seed-demo.ts';
import {
  axeViolations,
  expectNoSideScroll,
  open,
  signInDemoStaff,
  skipBrowserTests,
  type TestApp,
  useBrowserApp,
} from './helpers.ts';

/** The demo counselor's caseload (Riverside High's students), as the demo seeds it. */
const CASELOAD = demoPeople().filter((p) => p.role === 'student' && p.orgId === 'rhs');
/** Names in family-then-given order, by the caseload's collator rule. */
const byFamily = (people: DemoPerson[], lang: 'en' | 'es') => {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  return [...people]
    .sort(
      (a, b) =>
        collator.compare(a.familyName!, b.familyName!) ||
        collator.compare(a.givenName!, b.givenName!),
    )
    .map((p) => p.name);
};

describe.skipIf(skipBrowserTests())('the caseload in pages, in a browser', () => {
  const suite = useBrowserApp();
  let app: TestApp;
  let page: Page;
  const url = (address: string) => `${app.url}${address}`;
  const students = () => page.locator('.caseload-list > li');
  const shownNames = () => students().getByRole('link').allInnerTexts();

  beforeAll(async () => {
    ({ app, page } = suite);
    await signInDemoStaff(page, app.url, 'counselor@demo.wayfinder.test');
  });

  it('shows a long list a page at a time: keyboard pager, the page kept in the address', async () => {
    const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    const summary = () => page.locator('.caseload-summary').innerText();
    const pager = page.getByRole('navigation', { name: 'Pages of the list' });
    await open(page, url('/caseload?sort=name&pageSize=10'));
    await students().first().waitFor();
    expect(await students().count()).toBe(10);
    expect(await summary()).toMatch(/^Showing 1–10 of 25 \(25 in all\)/);
    const firstPage = await page.locator('.caseload-list').innerText();
    expect(await pager.locator('[aria-current="page"]').innerText()).toBe('1');
    expect(await axeViolations(page)).toEqual([]);

    await pager.getByRole('link', { name: 'Next' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/caseload\?sort=name&pageSize=10&page=2$/);
    await expect.poll(summary).toMatch(/^Showing 11–20 of 25/);
    await expect.poll(focusedText).toMatch(/^Showing 11–20/);
    expect(await pager.locator('[aria-current="page"]').innerText()).toBe('2');
    expect(await page.locator('.caseload-list').innerText()).not.toBe(firstPage);

    // Open a student on page 2 and come back: the same page, the focus on that student.
    const link = students().nth(7).getByRole('link');
    const name = await link.innerText();
    await link.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('main h1').innerText()).toBe(name);
    await page.goBack();
    await page.waitForURL(/page=2$/);
    await expect.poll(focusedText).toBe(name);

    await pager.getByRole('link', { name: 'Page 3' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(summary).toMatch(/^Showing 21–25 of 25/);
    expect(await students().count()).toBe(5);
    await page.setViewportSize({ width: 320, height: 800 });
    await expectNoSideScroll(page, '/caseload?sort=name&pageSize=10&page=3');
    await page.setViewportSize({ width: 1280, height: 900 });

    // New filters start again at page 1.
    await open(page, url('/caseload?sort=name&pageSize=10&page=3'));
    await students().first().waitFor();
    await page.locator('#caseload-grade').focus();
    await page.keyboard.press('ArrowDown');
    await page.locator('#caseload-q').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/grade=9/);
    expect(page.url()).not.toContain('page=');

    // Sorted by family name (then given name), from the same form.
    await page.locator('#caseload-sort').selectOption('family');
    await page.locator('#caseload-q').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/sort=family/);
    // The address changes before the new list is drawn (navigations render as transitions), and
    // the list is empty while it loads: wait for the sorted list itself.
    await expect.poll(shownNames).toEqual(
      byFamily(
        CASELOAD.filter((p) => p.grade === 9),
        'en',
      ),
    );
    expect(await summary()).toMatch(/^Showing 1–/);
    // The whole caseload, in Spanish too: family names first ("Robledal Ébano" with the R's).
    for (const lang of ['en', 'es'] as const) {
      await open(page, url(`${lang === 'es' ? '/es' : ''}/caseload?sort=family&pageSize=50`));
      await students().first().waitFor();
      expect(await shownNames()).toEqual(byFamily(CASELOAD, lang));
    }

    // Past the last page: a way back to the first.
    await open(page, url('/caseload?pageSize=10&page=9'));
    await page.getByRole('link', { name: 'Go to the first page' }).click();
    await expect.poll(summary).toMatch(/^Showing 1–10 of 25/);

    await open(page, url('/es/caseload?sort=name&pageSize=10&page=2'));
    await expect.poll(summary).toMatch(/^Mostrando 11–20 de 25 \(25 en total\)/);
    const nav = page.getByRole('navigation', { name: 'Páginas de la lista' });
    expect(await nav.getByRole('link', { name: 'Página 2' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(await axeViolations(page)).toEqual([]);
  });

  it('filters to the CTE concentrators, naming their programs, in English and Spanish', async () => {
    const shownOf = async (address: string) => {
      await open(page, url(address));
      await page.locator('.caseload-summary').waitFor();
      return students().allInnerTexts();
    };
    const yes = await shownOf('/caseload?concentrator=yes');
    expect(yes.length).toBeGreaterThan(0);
    for (const text of yes) expect(text).toMatch(/CTE concentrator in \S/);
    const option = await page.locator('#caseload-concentrator option[value="yes"]').innerText();
    expect(option).toBe(`Concentrators (${yes.length})`);
    expect(await axeViolations(page)).toEqual([]);
    const no = await shownOf('/caseload?concentrator=no');
    for (const text of no) expect(text).not.toContain('CTE concentrator');
    expect(yes.length + no.length).toBe(25);
    const es = await shownOf('/es/caseload?concentrator=yes');
    expect(es.length).toBe(yes.length);
    for (const text of es) expect(text).toMatch(/Concentrador de CTE en \S/);
    expect(await axeViolations(page)).toEqual([]);
  });
});
