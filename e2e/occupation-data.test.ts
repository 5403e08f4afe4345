/**
 * The occupation data Wayfinder ships, in a real browser on the embedded default (nothing
 * imported): an occupation page with wage, growth, interests and related occupations and the
 * sources credited; a pathway with at least five occupations; English stand-ins marked on a
 * Spanish page; a search by the everyday word for a job, saying which name matched.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { TOccupation } from '../src/contracts/occupation.ts';
import {
  axeViolations,
  expectNoSideScroll,
  getJson,
  open,
  skipBrowserTests,
  useBrowserApp,
} from './helpers.ts';

const heading = (page: Page) => page.locator('main h1').innerText();

/** The text of a fact on an occupation page, by its term. */
const fact = (page: Page, term: string) =>
  page.locator('.facts .fact', { has: page.locator('dt', { hasText: term }) }).locator('dd');

describe.skipIf(skipBrowserTests())('the shipped occupation data in a browser', () => {
  const suite = useBrowserApp();
  const { url } = suite;

  it('shows an occupation with wage, growth, interests and related occupations, crediting each source', async () => {
    const { page } = suite;
    const nurses = await getJson<TOccupation>(url('/api/v1/occupations/29-1141.00?lang=en'));
    await open(page, url('/occupations/29-1141.00'));
    await expect.poll(() => heading(page)).toBe('Registered Nurses');
    expect(await fact(page, 'Median annual wage').innerText()).toMatch(/^\$\d{2,3},\d{3}/);
    expect(await fact(page, 'Projected growth').innerText()).toMatch(/\d+(\.\d)?\s?%/);
    expect(await fact(page, 'Openings per year').innerText()).toMatch(/\d/);
    expect(await fact(page, 'Typical education').innerText()).toMatch(/Bachelor/);
    expect(await page.locator('.riasec__row').count()).toBe(6);
    expect(await page.locator('.interest-code').innerText()).toMatch(/^Interest code: [RIASEC]+$/);
    const related = page.locator('section[aria-labelledby="occupation-related"] li');
    expect(await related.count()).toBe(nurses.related.length);
    expect(nurses.related.length).toBeGreaterThan(5);
    const sources = await page.locator('.sources').innerText();
    expect(sources).toMatch(/O\*NET 27\.0 Database.*CC BY 4\.0/s);
    expect(sources).toContain('Wayfinder changes');
    expect(sources).toContain('Bureau of Labor Statistics');
    expect(sources).toMatch(/National Center for Education Statistics/);
    expect(await axeViolations(page)).toEqual([]);

    await related.first().getByRole('link').click();
    await page.waitForURL(url(`/occupations/${nurses.related[0]!.code}`));
    await expect.poll(() => heading(page)).toBe(nurses.related[0]!.title);
  });

  it('lists at least five occupations on every pathway O*NET leaves short, such as Programming & Software Development', async () => {
    const { page } = suite;
    for (const code of ['11-03', '03-01', '16-07']) {
      await open(page, url(`/pathways/${code}`));
      const items = page.locator('.occupations-section .occupation-item');
      await items.first().waitFor();
      expect(await items.count(), code).toBeGreaterThanOrEqual(5);
    }
    expect(
      (await page.locator('.occupations-section .attribution').allInnerTexts()).join('\n'),
    ).toContain('O*NET');
  });

  it('marks English texts on a Spanish page as English and says so once', async () => {
    const { page } = suite;
    // Acute Care Nurses: O*NET's English description; no Spanish one is written yet.
    const es = await getJson<TOccupation>(url('/api/v1/occupations/29-1141.01?lang=es'));
    expect(es.descriptionLang).toBe('en');
    await open(page, url('/es/occupations/29-1141.01'));
    await page.locator('main h1').waitFor();
    expect(await page.locator('main .lead').getAttribute('lang')).toBe('en');
    expect(await page.locator('main .untranslated-note').count()).toBe(1);
    expect(await page.locator('main .untranslated-note').innerText()).toMatch(/inglés/);
    expect(await axeViolations(page)).toEqual([]);
    // A page written in Spanish says nothing of the kind.
    await open(page, url('/es/occupations/29-1141.00'));
    await expect.poll(() => heading(page)).toBe('Enfermeros registrados (RN)');
    expect(await page.locator('main .lead').getAttribute('lang')).toBeNull();
  });

  it('finds an occupation by the everyday word for it and says which name matched', async () => {
    const { page } = suite;
    await open(page, url('/'));
    const box = page.getByRole('search').first().getByRole('searchbox');
    await box.fill('cop');
    await box.press('Enter');
    await page.waitForURL(url('/search?q=cop'));
    const group = page.locator('section[aria-labelledby="results-occupation"]');
    const first = group.locator('.search-result').first();
    await first.waitFor();
    expect(await first.locator('.search-result__title').innerText()).toBe(
      "Police and Sheriff's Patrol Officers",
    );
    expect(await first.locator('.search-result__also').innerText()).toBe('Also called Cop');

    await open(page, url('/es/search?q=EMT'));
    const nurse = page
      .locator('section[aria-labelledby="results-occupation"] .search-result')
      .filter({ hasText: 'Técnicos en emergencias médicas' });
    await nurse.waitFor();
    expect(await nurse.locator('.search-result__also').innerText()).toMatch(/^Otro nombre: .*EMT/);
    expect(await nurse.locator('.search-result__also [lang="en"]').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    await page.setViewportSize({ width: 320, height: 800 });
    await expectNoSideScroll(page, '/es/search?q=EMT');
    await page.setViewportSize({ width: 1280, height: 800 });
    await nurse.getByRole('link').click();
    await page.waitForURL(url('/es/occupations/29-2042.00'));
  });
});
