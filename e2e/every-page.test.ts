/**
 * Every kind of page of the demo world, signed out and signed in, in English and Spanish: at
 * 320 px nothing scrolls sideways, no raw `{placeholder}` is shown and Tab goes down the header;
 * on a phone the program-of-study diagram is a stacked list by level with the table's marks; from
 * 1024 px up the header stays on one line; the program PDF a visitor downloads reads in its language and draws
 * every character.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TProgramDetail } from '../src/contracts/program-api.ts';
import { totpCode } from '../src/domain/auth/totp.ts';
import { posLabels } from '../src/domain/program/pos-labels.ts';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../src/services/accounts/seed-demo.ts';
import { HAS_PDFTOTEXT, pdfText, REQUIRED, undrawable } from '../test/pdf-text.ts';
import {
  axeViolations,
  expectNoSideScroll,
  open,
  screenshot,
  signInDemoStaff,
  skipBrowserTests,
  useBrowserApp,
} from './helpers.ts';
import { NURSING, counselorPages, demoPublicPages, staffPages } from './demo-pages.ts';

const both = (addresses: string[]) => [...addresses, ...addresses.map((a) => `/es${a}`)];

/** Texts a person meets on the page (shown text, labels, titles, alternatives) with a brace. */
async function rawPlaceholders(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const text = document.body.innerText;
    for (const match of text.matchAll(/[^\n]{0,30}[{}][^\n]{0,30}/g)) found.push(match[0]);
    for (const element of document.querySelectorAll('[aria-label], [title], [alt], [placeholder]'))
      for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
        const value = element.getAttribute(name);
        if (value && /[{}]/.test(value)) found.push(`${name}="${value}"`);
      }
    if (/[{}]/.test(document.title)) found.push(`title: ${document.title}`);
    return found;
  });
}

describe.skipIf(skipBrowserTests())('every page, on a phone and a laptop', () => {
  const suite = useBrowserApp();
  const { url } = suite;
  let page: Page;
  let publicPages: string[];
  let nursing: TProgramDetail;

  beforeAll(async () => {
    page = suite.page;
    const demo = await demoPublicPages(url);
    publicPages = demo.publicPages;
    nursing = demo.details.find((p) => p.id === NURSING)!;
  });

  async function walk(addresses: string[], problems: string[]) {
    for (const address of both(addresses)) {
      await open(page, url(address));
      // Sections that load on their own (occupations, programs) finish first.
      await page.waitForFunction(() => !document.querySelector('p.status'), null, {
        timeout: 15_000,
      });
      try {
        await expectNoSideScroll(page, address);
      } catch (error) {
        problems.push((error as Error).message.split('\n')[0]!);
      }
      for (const raw of await rawPlaceholders(page)) problems.push(`${address}: raw text "${raw}"`);
    }
  }

  it('at 320 px, no page scrolls sideways or shows a raw placeholder, signed out or in', async () => {
    await page.setViewportSize({ width: 320, height: 720 });
    const problems: string[] = [];
    try {
      await walk(publicPages, problems);
      expect(publicPages.length).toBeGreaterThan(40);
      const signIn = await suite.browser.request.post(url('/api/v1/auth/sign-in'), {
        data: {
          email: 'state@demo.wayfinder.test',
          password: DEMO_PASSWORD,
          totpCode: totpCode(DEMO_TOTP_SECRET, new Date()),
        },
      });
      expect(signIn.status(), await signIn.text()).toBe(200);
      const students = (await (
        await suite.browser.request.get(url('/api/v1/students'))
      ).json()) as { items: { id: string }[] };
      const student = students.items[0]!.id;
      await walk(staffPages(student), problems);
      await screenshot(page, 'every-page-phone-signed-in');
      await suite.browser.clearCookies();
      await signInDemoStaff(page, suite.app.url, 'counselor@demo.wayfinder.test');
      const caseload = (await (await page.request.get(url('/api/v1/caseload'))).json()) as {
        items: { id: string }[];
      };
      await walk(counselorPages(encodeURIComponent(caseload.items[0]!.id)), problems);
    } finally {
      // Signed out: the session cookie goes.
      await suite.browser.clearCookies();
      await page.setViewportSize({ width: 1280, height: 900 });
    }
    expect(problems, problems.join('\n')).toEqual([]);
  }, 600_000);

  it('at 320 px, Tab goes through the header in the order it reads, top to bottom', async () => {
    await page.setViewportSize({ width: 320, height: 720 });
    try {
      for (const address of ['/', '/es/']) {
        await open(page, url(address));
        await page.locator('.account-nav > *').first().waitFor();
        const stops: { name: string; top: number }[] = [];
        for (let i = 0; i < 20; i++) {
          await page.keyboard.press('Tab');
          const stop = await page.evaluate(() => {
            const e = document.activeElement!;
            if (!e.closest('.site-header')) return null;
            const name = (e as HTMLElement).innerText || e.getAttribute('aria-label') || e.tagName;
            return { name, top: Math.round(e.getBoundingClientRect().top + scrollY) };
          });
          if (stop) stops.push(stop);
          else if (stops.length > 0) break;
        }
        expect(stops.length, address).toBeGreaterThanOrEqual(5);
        // Each stop is on the line of the one before or below it, never back up the screen.
        for (const [i, stop] of stops.entries())
          if (i > 0)
            expect(
              stop.top,
              `${address}: ${stop.name} after ${stops[i - 1]!.name}`,
            ).toBeGreaterThanOrEqual(stops[i - 1]!.top - 8);
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('on a phone the diagram is a list by level, with the marks of the table', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    try {
      for (const [address, lang] of [
        [`/programs/${NURSING}`, 'en'],
        [`/es/programs/${NURSING}`, 'es'],
      ] as const) {
        await open(page, url(address));
        expect(await page.locator('.pos-table').isVisible(), 'no table on a phone').toBe(false);
        const stack = page.locator('.pos-stack');
        expect(await stack.isVisible()).toBe(true);
        const titles = await stack.locator('.pos-level__title').allInnerTexts();
        const levels = [...new Set(nursing.steps.map((s) => s.level))];
        expect(levels.length).toBeGreaterThanOrEqual(6);
        expect(titles).toEqual(levels.map((level) => posLabels(lang).level[level]));
        // Subjects under each level, and the CTE, early-credit, credential and WBL marks.
        const grade10 = stack.locator('.pos-level--grade-10');
        expect(
          (await grade10.locator('.pos-subject__title').allInnerTexts()).length,
        ).toBeGreaterThan(1);
        expect(await grade10.locator('.pos-subject--cte .badge--cte').count()).toBeGreaterThan(0);
        expect(await stack.locator('.badge--early').count()).toBeGreaterThan(0);
        expect(await stack.locator('.pos-credential').count()).toBeGreaterThan(0);
        expect(await stack.locator('.pos-wbl').count()).toBeGreaterThan(0);
        await expectNoSideScroll(page, address);
        expect(await axeViolations(page), `${address} at 360 px`).toEqual([]);
      }
      await screenshot(page, 'program-phone-stack');
      // Wider than a phone, the table is back.
      await page.setViewportSize({ width: 800, height: 900 });
      expect(await page.locator('.pos-table').isVisible()).toBe(true);
      expect(await page.locator('.pos-stack').isVisible()).toBe(false);
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  /** The header's items all stand on one line. */
  async function headerOnOneLine(address: string): Promise<void> {
    await open(page, url(address));
    // The account corner loads apart from the page (empty until the session is known): measure
    // the header with it drawn, whoever is signed in.
    await page.locator('.account-nav > *').first().waitFor();
    const lines = await page.locator('.site-header__inner > *').evaluateAll((items) =>
      items.map((e) => {
        const r = e.getBoundingClientRect();
        return { name: e.className, top: r.top, bottom: r.bottom };
      }),
    );
    await expectNoSideScroll(page, `${address} at ${page.viewportSize()?.width ?? 0} px`);
    // The search box stays usable: at least 80 px for the words (where the links do not fit
    // beside it, they fold behind the "Menu" button).
    const search = await page.locator('.site-search__input').boundingBox();
    expect(search?.width ?? 0, `${address}: search box width`).toBeGreaterThanOrEqual(80);
    const first = lines[0]!;
    for (const item of lines)
      expect(item.top, `${address}: ${item.name} is below the header's first line`).toBeLessThan(
        first.bottom,
      );
    expect(lines.length).toBeGreaterThanOrEqual(4);
    // No item wraps inside itself either ("Sign out" on two lines).
    const wrapped = await page
      .locator('.site-header a, .site-header button, .account-nav__name')
      .evaluateAll((items) =>
        items
          .filter((e) => e.getClientRects().length > 1 || e.getBoundingClientRect().height > 48)
          .map((e) => e.textContent ?? ''),
      );
    expect(wrapped, `${address}: wrapped inside`).toEqual([]);
  }

  /** Where the main links fold, the "Menu" button shows them, by keyboard, and hides them again. */
  async function foldedMenuWorks(address: string): Promise<boolean> {
    const toggle = page.locator('.site-nav__toggle');
    if (!(await toggle.isVisible())) {
      expect(await page.locator('.site-nav li a').first().isVisible(), address).toBe(true);
      return false;
    }
    const links = page.locator('.site-nav li a');
    expect(await links.first().isVisible(), `${address}: folded links hidden`).toBe(false);
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await links.count()).toBeGreaterThanOrEqual(3);
    for (const link of await links.all()) expect(await link.isVisible(), address).toBe(true);
    expect(await axeViolations(page), `${address}: menu open`).toEqual([]);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.site-nav') !== null)).toBe(
      true,
    );
    await page.keyboard.press('Escape');
    expect(await links.first().isVisible(), `${address}: Escape closes the menu`).toBe(false);
    expect(await toggle.evaluate((e) => e === document.activeElement)).toBe(true);
    return true;
  }

  it('keeps the header on one line from 1024 px up, signed out and in, in both languages', async () => {
    let folded = 0;
    try {
      for (const width of [1024, 1280, 1440]) {
        await page.setViewportSize({ width, height: 800 });
        for (const address of ['/', '/es/']) {
          await headerOnOneLine(address);
          if (await foldedMenuWorks(address)) folded++;
        }
      }
      // Wide and signed out, the links stand in the header.
      expect(await page.locator('.site-nav__toggle').count()).toBe(0);
      for (const who of ['state', 'student']) {
        await suite.browser.clearCookies();
        const signIn = await suite.browser.request.post(url('/api/v1/auth/sign-in'), {
          data: {
            email: `${who}@demo.wayfinder.test`,
            password: DEMO_PASSWORD,
            totpCode: totpCode(DEMO_TOTP_SECRET, new Date(Date.now() + 30_000)),
          },
        });
        expect(signIn.status(), await signIn.text()).toBe(200);
        for (const width of [1024, 1280, 1440, 1920]) {
          await page.setViewportSize({ width, height: 800 });
          for (const address of ['/', '/es/']) {
            await headerOnOneLine(address);
            if (await foldedMenuWorks(address)) folded++;
          }
        }
        // Narrowed and widened again in the same page: the links fold and come back.
        await page.setViewportSize({ width: 1024, height: 800 });
        await headerOnOneLine('/es/');
        await page.setViewportSize({ width: 1920, height: 800 });
        await page.waitForTimeout(100);
        const search = await page.locator('.site-search__input').boundingBox();
        expect(search?.width ?? 0).toBeGreaterThanOrEqual(80);
      }
      await page.setViewportSize({ width: 1024, height: 800 });
      await headerOnOneLine('/es/');
      await screenshot(page, 'header-1024-signed-in');
      // The signed-in Spanish header at 1024 px has no room for the links: the menu was tried.
      expect(folded).toBeGreaterThan(0);
    } finally {
      // Signed out: the session cookie goes.
      await suite.browser.clearCookies();
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it.skipIf(!HAS_PDFTOTEXT && !REQUIRED)(
    'downloads the program PDF from the page: its language, plurals, marks, and only drawable characters',
    async () => {
      for (const [address, expected, absent] of [
        [
          `/programs/${NURSING}`,
          ['Status: Approved', '— 1 unit', '★ ', '◆ ', '⇄ ', 'Legend:'],
          /unidad|\b1 units\b/,
        ],
        [
          `/es/programs/${NURSING}`,
          ['Estado: Aprobado', '— 1 unidad', '★ ', '◆ ', '⇄ ', 'Leyenda:'],
          /\bunits?\b|approved|\b1 unidades\b/,
        ],
      ] as const) {
        await open(page, url(address));
        const download = page.waitForEvent('download');
        await page
          .getByRole('link', {
            name: address.startsWith('/es') ? /^Descargar PDF/ : /^Download PDF/,
          })
          .click();
        const file = await (await download).path();
        const text = pdfText(fs.readFileSync(file));
        const flat = text.replace(/\s+/g, ' ');
        for (const words of expected) expect(flat, address).toContain(words);
        expect(flat, address).not.toMatch(absent);
        expect(undrawable(text), address).toEqual([]);
      }
    },
  );
});
