/**
 * Browsing the framework in a real browser: wheel and cards to a cluster and a pathway, the
 * language switch, WCAG checks with axe, keyboard use, phone width and print.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TCluster, TClusterList, TPathway } from '../src/contracts/framework.ts';
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

describe.skipIf(skipBrowserTests())('browsing the Career Clusters in a browser', () => {
  let app: TestApp;
  let browser: BrowserContext;
  let page: Page;
  let cluster: TCluster;
  let pathway: TPathway;
  let pathwayEs: TPathway;
  const suite = useBrowserApp();
  const cspErrors = suite.cspErrors;

  beforeAll(async () => {
    ({ app, browser, page } = suite);
    const list = await getJson<TClusterList>(`${app.url}/api/v1/clusters?lang=en`);
    const chosen =
      list.items.find((item) => item.code === '08') ??
      list.items.find((item) => item.pathwayCount > 1);
    if (!chosen) throw new Error('the framework has no cluster with two pathways');
    cluster = await getJson<TCluster>(`${app.url}/api/v1/clusters/${chosen.code}?lang=en`);
    const first = cluster.pathways[0];
    if (!first) throw new Error(`cluster ${cluster.code} has no pathways`);
    pathway = await getJson<TPathway>(`${app.url}/api/v1/pathways/${first.code}?lang=en`);
    pathwayEs = await getJson<TPathway>(`${app.url}/api/v1/pathways/${first.code}?lang=es`);
  });

  const url = (address: string) => `${app.url}${address}`;

  it('goes from a wheel segment to a cluster, then to a pathway', async () => {
    await open(page, url('/'));
    expect(await page.locator('.wheel a').count()).toBe(16);
    await page.locator('.wheel').getByRole('link', { name: cluster.title, exact: true }).click();
    await page.waitForURL(url(`/clusters/${cluster.code}`));
    await expect.poll(() => heading(page)).toBe(cluster.title);
    // The title is set just after the new page is drawn (an effect): wait for it.
    await expect.poll(() => page.title()).toContain(cluster.title);
    // After an in-app navigation, focus lands on the new page's heading.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

    await page
      .locator('.pathway-list')
      .getByRole('link', { name: pathway.title, exact: true })
      .click();
    await page.waitForURL(url(`/pathways/${pathway.code}`));
    await expect.poll(() => heading(page)).toBe(pathway.title);
    const crumbs = await page.locator('.breadcrumb li').allInnerTexts();
    expect(crumbs.map((crumb) => crumb.replace('›', '').trim())).toEqual([
      'Home',
      cluster.title,
      pathway.title,
    ]);
    const siblings = await page.locator('.sibling-list a').allInnerTexts();
    expect(siblings).toEqual(
      pathway.siblings.filter((s) => s.code !== pathway.code).map((s) => s.title),
    );
  });

  it('goes from a cluster card to a cluster, and back with the pathway page link', async () => {
    await open(page, url('/'));
    await page
      .locator('.cluster-cards')
      .getByRole('link', { name: cluster.title, exact: true })
      .click();
    await page.waitForURL(url(`/clusters/${cluster.code}`));
    await expect.poll(() => heading(page)).toBe(cluster.title);
    expect(await page.locator('.pathway-list > li').count()).toBe(cluster.pathways.length);

    await open(page, url(`/pathways/${pathway.code}`));
    await page.locator('.part-of a').click();
    await page.waitForURL(url(`/clusters/${cluster.code}`));
    await expect.poll(() => heading(page)).toBe(cluster.title);
  });

  it('switches a pathway page to Spanish and back', async () => {
    await open(page, url(`/pathways/${pathway.code}`));
    const toSpanish = page.locator('.lang-switch');
    expect(await toSpanish.getAttribute('hreflang')).toBe('es');
    expect(await toSpanish.getAttribute('lang')).toBe('es');
    await toSpanish.click();
    await page.waitForURL(url(`/es/pathways/${pathway.code}`));
    await expect.poll(() => heading(page)).toBe(pathwayEs.title);
    // <html lang> follows the page just after it is drawn (an effect): wait for it.
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('es');
    expect(await page.locator('.skip-link').innerText()).toBe('Saltar al contenido principal');

    // A Spanish address loaded directly is Spanish before any script runs.
    await open(page, url(`/es/pathways/${pathway.code}`));
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    await expect.poll(() => heading(page)).toBe(pathwayEs.title);

    const toEnglish = page.locator('.lang-switch');
    expect(await toEnglish.getAttribute('hreflang')).toBe('en');
    await toEnglish.click();
    await page.waitForURL(url(`/pathways/${pathway.code}`));
    await expect.poll(() => heading(page)).toBe(pathway.title);
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
  });

  it('shows a not-found page for unknown clusters, pathways and addresses', async () => {
    for (const address of [
      '/clusters/99',
      '/pathways/08-99',
      '/pathways/nope',
      '/clusters/08/extra',
    ]) {
      await open(page, url(address));
      expect(await heading(page), address).toBe('Page not found');
    }
    await open(page, url('/es/clusters/99'));
    expect(await heading(page)).toBe('Página no encontrada');
  });

  it('has no WCAG 2.1 A/AA violations (axe) in English and Spanish', async () => {
    const pages = ['/', `/clusters/${cluster.code}`, `/pathways/${pathway.code}`, '/clusters/99'];
    const found: string[] = [];
    for (const address of [...pages, ...pages.map((p) => (p === '/' ? '/es' : `/es${p}`))]) {
      await open(page, url(address));
      for (const violation of await axeViolations(page)) found.push(`${address}: ${violation}`);
    }
    expect(found, `axe violations:\n${found.join('\n')}`).toEqual([]);
  });

  it('works by keyboard: skip link, then the wheel', async () => {
    const fresh = await browser.newPage();
    try {
      await open(fresh, url('/'));
      await fresh.keyboard.press('Tab');
      expect(await fresh.evaluate(() => document.activeElement?.className)).toBe('skip-link');
      expect(await fresh.locator('.skip-link').isVisible()).toBe(true);
      await fresh.keyboard.press('Enter');
      expect(await fresh.evaluate(() => document.activeElement?.id)).toBe('main');

      let label: string | null = null;
      for (let i = 0; i < 5 && label === null; i++) {
        await fresh.keyboard.press('Tab');
        label = await fresh.evaluate(
          () => document.activeElement?.closest('.wheel a')?.getAttribute('aria-label') ?? null,
        );
      }
      expect(label, 'Tab never reached a wheel link').not.toBeNull();
      expect(
        await fresh.locator('.wheel__focus').count(),
        'focused segment has a visible ring',
      ).toBe(1);
      await fresh.keyboard.press('Enter');
      await fresh.waitForURL(/\/clusters\/\d{2}$/);
      await expect.poll(() => heading(fresh)).toBe(label);
      // Focus moves to the heading just after the page is drawn (an effect): wait for it.
      await expect.poll(() => fresh.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    } finally {
      await fresh.close();
    }
  });

  it('fits a phone screen without horizontal scrolling', async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    try {
      for (const address of [
        '/',
        `/clusters/${cluster.code}`,
        `/pathways/${pathway.code}`,
        '/es',
      ]) {
        await open(page, url(address));
        await expectNoSideScroll(page, address);
      }
      const columns = await page.evaluate(
        () =>
          getComputedStyle(
            document.querySelector('.cluster-cards') as Element,
          ).gridTemplateColumns.split(' ').length,
      );
      expect(columns, 'cards stack in one column').toBe(1);
      await screenshot(page, 'home-phone');
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
    await open(page, url('/'));
    await screenshot(page, 'home-desktop');
  });

  it('prints a pathway without navigation, as a PDF', async () => {
    await open(page, url(`/pathways/${pathway.code}`));
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.locator('.site-nav').isVisible()).toBe(false);
      expect(await page.locator('.lang-switch').isVisible()).toBe(false);
      expect(await page.locator('.skip-link').isVisible()).toBe(false);
      expect(await page.locator('main h1').isVisible()).toBe(true);
      const pdf = await page.pdf({ format: 'Letter' });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(1000);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('breaks no rule of the Content-Security-Policy on any page visited above', () => {
    expect(cspErrors).toEqual([]);
  });
});
