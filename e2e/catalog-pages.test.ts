/**
 * Course, credential and CIP field-of-study pages in a real browser: from a search result to the
 * page and on to its program of study (demo region), a CIP page over an extract of the real NCES files with
 * its occupations, English and Spanish, WCAG checks with axe, phone width and the keyboard.
 */
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TCipDetail, TCourseDetail, TCredentialDetail } from '../src/contracts/catalog.ts';
import type { TSearchType } from '../src/contracts/search.ts';
import { fixture } from '../test/shared-data.ts';
import { loadPlan } from '../src/importers/load-plan.ts';
import { runImport } from '../src/services/occupations/run-import.ts';
import {
  axeViolations,
  expectNoSideScroll,
  getJson,
  open,
  screenshot,
  skipBrowserTests,
  useBrowserApp,
} from './helpers.ts';

/** An extract of the NCES files (test/fixtures/README.md). */
const NCES = fixture('nces-cip-2020');
const COURSE = 'cvhs-welding-2';
const CREDENTIAL = 'aws-certified-welder';
/** The CIP code of the demo region's welding program. */
const CIP = '48.0508';
const PROGRAM = 'riverside-welding-technology';

const heading = (page: Page) => page.locator('main h1').innerText();

/** Searches from the search page's own form, as a student would. */
async function searchFromPage(page: Page, words: string): Promise<void> {
  const box = page.locator('#search-page-q');
  await box.fill(words);
  await box.press('Enter');
  await expect
    .poll(() => page.locator('.search-summary').innerText())
    .toMatch(/results? for|resultados? para/);
}

describe.skipIf(skipBrowserTests())('course, credential and CIP pages in a browser', () => {
  const suite = useBrowserApp();
  const { url, cspErrors } = suite;
  let browser: BrowserContext;
  let page: Page;
  let course: TCourseDetail;
  let courseEs: TCourseDetail;
  let credential: TCredentialDetail;
  let cip: TCipDetail;
  let cipEs: TCipDetail;
  beforeAll(async () => {
    ({ browser, page } = suite);
    const { runtime } = suite.app;
    await runtime.seedDemoRegion();
    for (const [kind, file] of [
      ['cip', 'CIPCode2020.csv'],
      ['cip-soc', 'CIP2020_SOC2018_Crosswalk.csv'],
    ] as const) {
      const plan = await loadPlan({
        kind,
        path: path.join(NCES, file),
        frameworkId: 'nccf-16',
        pathways: () => runtime.occupations.pathwayNames('nccf-16'),
      });
      await runImport(runtime.occupations.imports, plan);
    }
    runtime.occupations.search.invalidate();
    course = await getJson<TCourseDetail>(url(`/api/v1/courses/${COURSE}?lang=en`));
    courseEs = await getJson<TCourseDetail>(url(`/api/v1/courses/${COURSE}?lang=es`));
    credential = await getJson<TCredentialDetail>(url(`/api/v1/credentials/${CREDENTIAL}`));
    cip = await getJson<TCipDetail>(url(`/api/v1/cip/${CIP}?lang=en`));
    cipEs = await getJson<TCipDetail>(url(`/api/v1/cip/${CIP}?lang=es`));
  });

  it('opens a course from the search page and follows it to its program of study', async () => {
    expect(course.programs.map((p) => p.id)).toContain(PROGRAM);
    await open(page, url('/search'));
    await searchFromPage(page, course.title);
    await page
      .locator('section[aria-labelledby="results-course"]')
      .getByRole('link', { name: course.title, exact: true })
      .click();
    await page.waitForURL(url(`/courses/${COURSE}`));
    await expect.poll(() => heading(page)).toBe(course.title);
    // The title is set just after the new page is drawn (an effect): wait for it.
    await expect.poll(() => page.title()).toContain(course.title);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    const main = page.locator('main');
    expect(await main.locator('.eyebrow').innerText()).toContain(course.code);
    expect(await main.locator('.lead').innerText()).toContain(course.institution.name);
    expect(await main.locator('.facts dt').allInnerTexts()).toContain('Credit');
    const early = main.locator('section[aria-labelledby="course-early-credit"]');
    expect(await early.innerText()).toMatch(/Dual credit: earns 4 college credits for WLD 111/);

    const programs = main.locator('section[aria-labelledby="course-programs"]');
    const program = course.programs.find((p) => p.id === PROGRAM)!;
    await programs.getByRole('link', { name: program.title, exact: true }).click();
    await page.waitForURL(url(`/programs/${PROGRAM}`));
    await expect.poll(() => heading(page)).toBe(program.title);

    // Back on the course page, the early-credit course is a page too.
    await page.goBack();
    await page.waitForURL(url(`/courses/${COURSE}`));
    await early.getByRole('link').first().click();
    await page.waitForURL(url(`/courses/${course.creditAgreements[0]!.course.id}`));
    await expect.poll(() => heading(page)).toBe(course.creditAgreements[0]!.course.title);
  });

  it('opens a credential from the search page and follows it to its program of study', async () => {
    await open(page, url('/search'));
    await searchFromPage(page, credential.title);
    await page
      .locator('section[aria-labelledby="results-credential"]')
      .getByRole('link', { name: credential.title, exact: true })
      .click();
    await page.waitForURL(url(`/credentials/${CREDENTIAL}`));
    await expect.poll(() => heading(page)).toBe(credential.title);
    const main = page.locator('main');
    expect(await main.locator('.lead').innerText()).toContain('American Welding Society');
    const occupations = main.locator('section[aria-labelledby="credential-occupations"]');
    expect(await occupations.getByRole('link').allInnerTexts()).toContain(
      credential.occupations[0]!.title,
    );
    expect(await main.locator('.sources .attribution').first().innerText()).toContain('O*NET');
    const program = credential.programs.find((p) => p.id === PROGRAM)!;
    await main
      .locator('section[aria-labelledby="credential-programs"]')
      .getByRole('link', { name: program.title, exact: true })
      .click();
    await page.waitForURL(url(`/programs/${PROGRAM}`));
    await expect.poll(() => heading(page)).toBe(program.title);
  });

  it('shows a CIP field of study with its occupations by entry level, from the NCES files', async () => {
    expect(cip.title).toBe('Welding Technology/Welder');
    expect(cip.occupations.length).toBeGreaterThan(0);
    await open(page, url('/search'));
    await searchFromPage(page, CIP);
    await page
      .locator('section[aria-labelledby="results-cip"]')
      .getByRole('link', { name: cip.title!, exact: true })
      .click();
    await page.waitForURL(url(`/cip/${CIP}`));
    await expect.poll(() => heading(page)).toBe(cip.title);
    const main = page.locator('main');
    expect(await main.locator('.lead').innerText()).toContain(cip.definition!.slice(0, 60));
    const section = main.locator('section[aria-labelledby="cip-occupations"]');
    expect(await section.locator('.occupation-item').count()).toBe(cip.occupations.length);
    for (const level of await section.locator('.entry-level-heading').allInnerTexts())
      expect(level).toMatch(/skilled|not known/);
    const attribution = (await main.locator('.sources .attribution').allInnerTexts()).join('\n');
    expect(attribution).toContain('National Center for Education Statistics');
    expect(attribution).toContain('O*NET');
    expect(
      await main
        .locator('section[aria-labelledby="cip-programs"]')
        .getByRole('link')
        .allInnerTexts(),
    ).toContain(cip.programs.find((p) => p.id === PROGRAM)!.title);

    const first = cip.occupations[0]!;
    await section.getByRole('link', { name: first.title, exact: true }).click();
    await page.waitForURL(url(`/occupations/${first.code}`));
    await expect.poll(() => heading(page)).toBe(first.title);

    // And back: the occupation page links the fields of study that lead to it.
    await page
      .locator('section[aria-labelledby="occupation-cip"]')
      .getByRole('link', { name: new RegExp(`^${CIP.replace('.', '\\.')}`) })
      .click();
    await page.waitForURL(url(`/cip/${CIP}`));
    await expect.poll(() => heading(page)).toBe(cip.title);
  });

  it('answers in Spanish under /es, keeping the English CIP texts marked as English', async () => {
    await open(page, url(`/es/courses/${COURSE}`));
    expect(await heading(page)).toBe(courseEs.title);
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    const program = courseEs.programs.find((p) => p.id === PROGRAM)!;
    await page
      .locator('section[aria-labelledby="course-programs"]')
      .getByRole('link', { name: program.title, exact: true })
      .click();
    await page.waitForURL(url(`/es/programs/${PROGRAM}`));
    await expect.poll(() => heading(page)).toBe(program.title);

    await open(page, url(`/es/cip/${CIP}`));
    expect(await heading(page)).toBe(cipEs.title);
    expect(await page.locator('main h1').getAttribute('lang')).toBe('en');
    expect(await page.locator('#cip-occupations').innerText()).toMatch(/^Ocupaciones/);
    expect(await page.locator('main .occupation-item a').allInnerTexts()).toEqual(
      expect.arrayContaining(cipEs.occupations.map((o) => o.title)),
    );

    await open(page, url(`/es/credentials/${CREDENTIAL}`));
    expect(await page.locator('#credential-programs').innerText()).toMatch(/^Programas de estudio/);
  });

  it('serves the pages on reload and says when nothing is there', async () => {
    for (const address of [`/courses/${COURSE}`, `/es/credentials/${CREDENTIAL}`, `/cip/${CIP}`]) {
      const response = await fetch(url(address), { headers: { accept: 'text/html' } });
      expect(response.status, address).toBe(200);
      expect(await response.text(), address).toContain(
        `<html lang="${address.startsWith('/es') ? 'es' : 'en'}"`,
      );
    }
    for (const address of [
      '/courses/no-such-course',
      '/credentials/no-such-credential',
      '/cip/99.1234',
      '/cip/not-a-code',
      '/es/courses/no-such-course',
    ]) {
      await open(page, url(address));
      expect(await heading(page), address).toMatch(/^(Page not found|Página no encontrada)$/);
    }
  });

  it('opens each kind of result by keyboard: Tab to the result, Enter to open it', async () => {
    const fresh = await browser.newPage();
    try {
      for (const [q, type] of [
        [course.title, 'course'],
        [credential.title, 'credential'],
        [CIP, 'cip'],
      ] as [string, TSearchType][]) {
        await open(fresh, url(`/search?q=${encodeURIComponent(q)}&type=${type}`));
        await expect.poll(() => fresh.locator('.search-results a').count()).toBeGreaterThan(0);
        let inResults = false;
        for (let i = 0; i < 40 && !inResults; i++) {
          await fresh.keyboard.press('Tab');
          inResults = await fresh.evaluate(
            () => document.activeElement?.closest('.search-results') != null,
          );
        }
        expect(inResults, `Tab never reached a ${type} result`).toBe(true);
        const name = await fresh.evaluate(() => document.activeElement?.textContent ?? '');
        await fresh.keyboard.press('Enter');
        await fresh.waitForURL(new RegExp(`/${type === 'cip' ? 'cip' : `${type}s`}/`));
        await expect.poll(() => heading(fresh)).toBe(name);
        await expect.poll(() => fresh.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      }
    } finally {
      await fresh.close();
    }
  });

  const checked = () => [
    `/courses/${COURSE}`,
    `/courses/${course.creditAgreements[0]!.course.id}`,
    `/credentials/${CREDENTIAL}`,
    `/credentials/rvcc-aas-welding`,
    `/cip/${CIP}`,
    '/cip/46.0000',
    `/search?q=${CIP}`,
  ];

  it('has no WCAG 2.1 A/AA violations (axe) in English and Spanish', async () => {
    const found: string[] = [];
    for (const address of [...checked(), ...checked().map((p) => `/es${p}`)]) {
      await open(page, url(address));
      if (address.includes('q=')) await page.locator('.search-summary:not(:empty)').waitFor();
      await expect.poll(() => page.locator('.status').count()).toBe(0);
      for (const violation of await axeViolations(page)) found.push(`${address}: ${violation}`);
    }
    expect(found, `axe violations:\n${found.join('\n')}`).toEqual([]);
  });

  it('fits a phone screen (390 px) without horizontal scrolling', async () => {
    await page.setViewportSize({ width: 390, height: 800 });
    try {
      for (const address of [...checked(), ...checked().map((p) => `/es${p}`)]) {
        await open(page, url(address));
        if (address.includes('q=')) await page.locator('.search-summary:not(:empty)').waitFor();
        await expectNoSideScroll(page, address);
      }
      await open(page, url(`/courses/${COURSE}`));
      await screenshot(page, 'course-phone');
      await open(page, url(`/cip/${CIP}`));
      await screenshot(page, 'cip-phone');
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
    await open(page, url(`/courses/${COURSE}`));
    await screenshot(page, 'course-desktop');
    await open(page, url(`/credentials/${CREDENTIAL}`));
    await screenshot(page, 'credential-desktop');
    await open(page, url(`/es/cip/${CIP}`));
    await screenshot(page, 'cip-desktop-es');
  });

  it('prints a course and a field of study without navigation or search, as a PDF', async () => {
    for (const address of [`/courses/${COURSE}`, `/es/cip/${CIP}`]) {
      await open(page, url(address));
      await page.emulateMedia({ media: 'print' });
      try {
        expect(await page.locator('.site-nav').isVisible(), address).toBe(false);
        expect(await page.locator('.site-search').isVisible(), address).toBe(false);
        expect(await page.locator('main h1').isVisible(), address).toBe(true);
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
