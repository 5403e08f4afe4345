/**
 * Occupations and search in a real browser: a pathway's occupations to an occupation page and
 * back, the header search box ("nurs", "sofware", Spanish), the type filter, no results, WCAG
 * checks with axe, keyboard use, phone width, print, and the O*NET attribution.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TOccupation, TPathwayOccupations } from '../src/contracts/occupation.ts';
import type { TSearchItem, TSearchResult, TSearchType } from '../src/contracts/search.ts';
import {
  axeViolations,
  expectNoSideScroll,
  getJson,
  open,
  screenshot,
  skipBrowserTests,
  type TestApp,
  useBrowserApp,
} from './helpers.ts';

const heading = (page: Page) => page.locator('main h1').innerText();

/** Types the words into the header's search box and submits with Enter. */
async function searchFromHeader(page: Page, words: string): Promise<void> {
  const box = page.getByRole('search').first().getByRole('searchbox');
  await box.fill(words);
  await box.press('Enter');
}

/** The search page's polite summary once the results are in. */
async function summary(page: Page): Promise<string> {
  const status = page.locator('.search-summary');
  await expect.poll(() => status.innerText()).toMatch(/result|resultado/i);
  return status.innerText();
}

describe.skipIf(skipBrowserTests())('occupations and search in a browser', () => {
  let app: TestApp;
  let browser: BrowserContext;
  let page: Page;
  let pathwayOccupations: TPathwayOccupations;
  let occupation: TOccupation;
  let occupationEs: TOccupation;
  const suite = useBrowserApp();
  const cspErrors = suite.cspErrors;

  const url = (address: string) => `${app.url}${address}`;

  const firstOf = async (q: string, type: TSearchType, lang = 'en'): Promise<TSearchItem> => {
    const result = await getJson<TSearchResult>(
      url(`/api/v1/search?q=${encodeURIComponent(q)}&lang=${lang}`),
    );
    const item = result.groups.find((group) => group.type === type)?.items[0];
    if (!item) throw new Error(`searching "${q}" (${lang}) finds no ${type}`);
    return item;
  };

  beforeAll(async () => {
    ({ app, browser, page } = suite);
    pathwayOccupations = await getJson<TPathwayOccupations>(
      url('/api/v1/pathways/08-05/occupations?lang=en'),
    );
    const first = pathwayOccupations.items[0];
    if (!first) throw new Error('pathway 08-05 has no occupations');
    occupation = await getJson<TOccupation>(url(`/api/v1/occupations/${first.code}?lang=en`));
    occupationEs = await getJson<TOccupation>(url(`/api/v1/occupations/${first.code}?lang=es`));
  });

  it('lists a pathway’s occupations by entry level, opens one, and goes back', async () => {
    await open(page, url('/pathways/08-05'));
    const section = page.locator('.occupations-section');
    await section.locator('.occupation-list').first().waitFor();
    expect(await section.locator('.occupation-item').count()).toBe(pathwayOccupations.total);
    const levels = await section.locator('.entry-level-heading').allInnerTexts();
    expect(levels.length).toBeGreaterThan(0);
    for (const level of levels) expect(level).toMatch(/skilled|not known/);
    expect((await section.locator('.attribution').allInnerTexts()).join('\n')).toContain('O*NET');

    await section.getByRole('link', { name: occupation.title, exact: true }).click();
    await page.waitForURL(url(`/occupations/${occupation.code}`));
    await expect.poll(() => heading(page)).toBe(occupation.title);
    // The title is set just after the new page is drawn (an effect): wait for it.
    await expect.poll(() => page.title()).toContain(occupation.title);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await page.locator('main').innerText()).toContain(occupation.description);

    await page.goBack();
    await page.waitForURL(url('/pathways/08-05'));
    await expect.poll(() => heading(page)).toBe(pathwayOccupations.pathway.title);

    // And back again through the occupation page's list of pathways.
    await page.goForward();
    await page.waitForURL(url(`/occupations/${occupation.code}`));
    await page
      .locator('#occupation-pathways ~ ul, section[aria-labelledby="occupation-pathways"] ul')
      .first()
      .getByRole('link', { name: pathwayOccupations.pathway.title, exact: true })
      .click();
    await page.waitForURL(url('/pathways/08-05'));
    await expect.poll(() => heading(page)).toBe(pathwayOccupations.pathway.title);
  });

  it('shows the facts, the pathways and the O*NET attribution on an occupation page', async () => {
    await open(page, url(`/occupations/${occupation.code}`));
    const main = page.locator('main');
    expect(await main.locator('.eyebrow').innerText()).toContain(occupation.code);
    expect(await main.locator('.facts dt').allInnerTexts()).toContain('Entry level');
    const attribution = await main.locator('.sources .attribution').allInnerTexts();
    expect(attribution.join('\n')).toContain('O*NET');
    expect(attribution.join('\n')).toContain('CC BY 4.0');
    for (const source of occupation.sources)
      expect(attribution.join('\n')).toContain(source.attribution);

    await open(page, url(`/es/occupations/${occupation.code}`));
    expect(await heading(page)).toBe(occupationEs.title);
    expect(await main.locator('.facts dt').allInnerTexts()).toContain('Nivel de entrada');
    expect(await main.locator('.sources .attribution').first().innerText()).toContain('O*NET');

    await open(page, url('/occupations/99-9999.99'));
    expect(await heading(page)).toBe('Page not found');
  });

  it('shows the RIASEC interest scores from the O*NET data it ships', async () => {
    const nurses = '/occupations/29-1141.00';
    await open(page, url(nurses));
    await expect.poll(() => heading(page)).toBe('Registered Nurses');
    const imported = await getJson<TOccupation>(url('/api/v1/occupations/29-1141.00?lang=en'));
    expect(Object.keys(imported.riasec ?? {})).toHaveLength(6);
    await open(page, url(nurses));
    const rows = page.locator('.riasec__row');
    await expect.poll(() => rows.count()).toBe(6);
    const scores = (await page.locator('.riasec__score').allInnerTexts()).map((text) =>
      Number(/^([\d.]+) of 7$/.exec(text)?.[1]),
    );
    const expected = [...'RIASEC'].map((letter) => imported.riasec![letter]!);
    expect(scores).toEqual(expected.map((score) => Number(score.toFixed(1))));
    expect(await page.locator('.interest-code').innerText()).toBe(
      `Interest code: ${imported.interestCode ?? ''}`,
    );
    expect(await page.locator('.sources').innerText()).toContain('O*NET 27.0 Database');
  });

  it('finds an occupation with "nurs" from the header box', async () => {
    const nurse = await firstOf('nurs', 'occupation');
    await open(page, url('/clusters/08'));
    await searchFromHeader(page, 'nurs');
    await page.waitForURL(url('/search?q=nurs'));
    expect(await summary(page)).toMatch(/^\d+ results? for “nurs”$/);
    expect(await heading(page)).toBe('Search results for “nurs”');
    expect(await page.locator('.search-summary').getAttribute('aria-live')).toBe('polite');
    const group = page.locator('section[aria-labelledby="results-occupation"]');
    expect(await group.locator('h2').innerText()).toMatch(/^Occupations \(\d+\)$/);
    await group.getByRole('link', { name: nurse.title, exact: true }).click();
    await page.waitForURL(url(`/occupations/${nurse.id}`));
    await expect.poll(() => heading(page)).toBe(nurse.title);
  });

  it('finds a pathway with the misspelt "sofware", and filters by type', async () => {
    const pathway = await firstOf('sofware', 'pathway');
    await open(page, url('/'));
    await searchFromHeader(page, 'sofware');
    await page.waitForURL(url('/search?q=sofware'));
    await summary(page);
    // The box keeps the words searched.
    expect(await page.locator('#site-search-q').inputValue()).toBe('sofware');

    await page.locator('#search-page-type').selectOption('occupation');
    await page.locator('.search-form button[type="submit"]').click();
    await page.waitForURL(url('/search?q=sofware&type=occupation'));
    await summary(page);
    await expect
      .poll(() => page.locator('.search-group h2').allInnerTexts())
      .toEqual([expect.stringMatching(/^Occupations/)]);
    expect(await page.locator('.search-result a').first().innerText()).toMatch(/Software/);

    await page.locator('#search-page-type').selectOption('');
    await page.locator('.search-form button[type="submit"]').click();
    await page.waitForURL(url('/search?q=sofware'));
    await summary(page);
    await page
      .locator('section[aria-labelledby="results-pathway"]')
      .getByRole('link', { name: pathway.title, exact: true })
      .click();
    await page.waitForURL(url(`/pathways/${pathway.id}`));
    await expect.poll(() => heading(page)).toBe(pathway.title);
  });

  it('searches in Spanish and stays in Spanish', async () => {
    const nurse = await firstOf('enfermer', 'occupation', 'es');
    await open(page, url('/es'));
    await searchFromHeader(page, 'enfermer');
    await page.waitForURL(url('/es/search?q=enfermer'));
    expect(await summary(page)).toMatch(/^\d+ resultados? para «enfermer»$/);
    expect(await page.locator('#results-occupation').innerText()).toMatch(/^Ocupaciones/);
    await page
      .locator('section[aria-labelledby="results-occupation"]')
      .getByRole('link', { name: nurse.title, exact: true })
      .click();
    await page.waitForURL(url(`/es/occupations/${nurse.id}`));
    await expect.poll(() => heading(page)).toBe(nurse.title);
    expect(await page.getAttribute('html', 'lang')).toBe('es');
  });

  it('says clearly when nothing is found', async () => {
    await open(page, url('/search?q=zzqxjwv'));
    await expect
      .poll(() => page.locator('.search-summary').innerText())
      .toBe('No results for “zzqxjwv”.');
    expect(await page.locator('.search-group').count()).toBe(0);
    await open(page, url('/es/search?q=zzqxjwv'));
    await expect
      .poll(() => page.locator('.search-summary').innerText())
      .toBe('No hay resultados para «zzqxjwv».');
    await open(page, url('/search'));
    expect(await heading(page)).toBe('Search');
  });

  it('works by keyboard: header box, then a result', async () => {
    const fresh = await browser.newPage();
    try {
      await open(fresh, url('/'));
      let id: string | undefined;
      for (let i = 0; i < 10 && id !== 'site-search-q'; i++) {
        await fresh.keyboard.press('Tab');
        id = await fresh.evaluate(() => document.activeElement?.id);
      }
      expect(id, 'Tab never reached the search box').toBe('site-search-q');
      await fresh.keyboard.type('nurs');
      await fresh.keyboard.press('Enter');
      await fresh.waitForURL(url('/search?q=nurs'));
      await summary(fresh);
      // Focus moves to the heading just after the results are drawn (an effect): wait for it.
      await expect.poll(() => fresh.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      let inResults = false;
      for (let i = 0; i < 10 && !inResults; i++) {
        await fresh.keyboard.press('Tab');
        inResults = await fresh.evaluate(
          () => document.activeElement?.closest('.search-results') != null,
        );
      }
      expect(inResults, 'Tab never reached a result').toBe(true);
      const name = await fresh.evaluate(() => document.activeElement?.textContent ?? '');
      await fresh.keyboard.press('Enter');
      await expect.poll(() => heading(fresh)).toBe(name);
    } finally {
      await fresh.close();
    }
  });

  const checked = () => [
    `/occupations/${occupation.code}`,
    '/pathways/08-05',
    '/search?q=nurs',
    '/search?q=zzqxjwv',
    '/search',
  ];

  it('has no WCAG 2.1 A/AA violations (axe) in English and Spanish', async () => {
    const found: string[] = [];
    for (const address of [...checked(), ...checked().map((p) => `/es${p}`)]) {
      await open(page, url(address));
      if (address.includes('q=')) await page.locator('.search-summary:not(:empty)').waitFor();
      if (address.includes('pathways'))
        await page.locator('.occupations-section .occupation-list').first().waitFor();
      await expect.poll(() => page.locator('.status').count()).toBe(0);
      for (const violation of await axeViolations(page)) found.push(`${address}: ${violation}`);
    }
    expect(found, `axe violations:\n${found.join('\n')}`).toEqual([]);
  });

  it('fits a phone screen without horizontal scrolling', async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    try {
      for (const address of [
        ...checked(),
        `/es/occupations/${occupation.code}`,
        '/es/search?q=enfermer',
      ]) {
        await open(page, url(address));
        if (address.includes('q=')) await page.locator('.search-summary:not(:empty)').waitFor();
        await expectNoSideScroll(page, address);
        expect(await page.locator('#site-search-q').isVisible(), address).toBe(true);
      }
      await open(page, url('/search?q=nurs'));
      await summary(page);
      await screenshot(page, 'search-phone');
      await open(page, url(`/occupations/${occupation.code}`));
      await screenshot(page, 'occupation-phone');
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
    await open(page, url('/search?q=sofware'));
    await summary(page);
    await screenshot(page, 'search-desktop');
    await open(page, url('/pathways/08-05'));
    await page.locator('.occupations-section .occupation-list').first().waitFor();
    await screenshot(page, 'pathway-occupations-desktop');
    await open(page, url(`/occupations/${occupation.code}`));
    await screenshot(page, 'occupation-desktop');
  });

  it('prints search results and an occupation without the search forms', async () => {
    for (const address of ['/search?q=nurs', `/occupations/${occupation.code}`]) {
      await open(page, url(address));
      if (address.includes('q=')) await summary(page);
      await page.emulateMedia({ media: 'print' });
      try {
        expect(await page.locator('.site-search').isVisible()).toBe(false);
        expect(await page.locator('.search-form').isVisible()).toBe(false);
        expect(await page.locator('main h1').isVisible()).toBe(true);
        const pdf = await page.pdf({ format: 'Letter' });
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      } finally {
        await page.emulateMedia({ media: 'screen' });
      }
    }
  });

  it('breaks no rule of the Content-Security-Policy on any page visited above', () => {
    expect(cspErrors).toEqual([]);
  });
});
