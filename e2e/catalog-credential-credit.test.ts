/**
 * Credential credit on the course and credential pages in a real browser: a college course names
 * the credentials whose holders receive its credit, and each credential names the course it earns
 * credit for, linked both ways, in English and Spanish, with no WCAG finding (axe).
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, open, skipBrowserTests, useBrowserApp } from './helpers.ts';
import { saveNursingWithCredentialOptions } from './program-pages.ts';

const heading = (page: Page) => page.locator('main h1').innerText();

describe.skipIf(skipBrowserTests())('credential credit on catalog pages in a browser', () => {
  const suite = useBrowserApp();
  const { url } = suite;
  let page: Page;
  beforeAll(async () => {
    page = suite.page;
    await saveNursingWithCredentialOptions(suite.app);
  });

  it('links a college course and the credential that earns its credit, both ways', async () => {
    await open(page, url('/courses/hca-110'));
    const section = page.locator('section[aria-labelledby="course-credential-credit"]');
    expect(await section.locator('h2').innerText()).toBe('Credit for a credential');
    expect(await section.innerText()).toMatch(
      /Holders of Certified Nursing Assistant \(CNA\) receive 6 credits for this course\./,
    );
    await section.getByRole('link', { name: 'Certified Nursing Assistant (CNA)' }).click();
    await page.waitForURL(url('/credentials/cna'));
    await expect.poll(() => heading(page)).toBe('Certified Nursing Assistant (CNA)');
    const credit = page.locator('section[aria-labelledby="credential-credit"]');
    expect(await credit.innerText()).toMatch(
      /Holders receive 6 college credits for HCA 110 Nursing Assistant at Northshore Community College\./,
    );
    await credit.getByRole('link', { name: 'HCA 110 Nursing Assistant' }).click();
    await page.waitForURL(url('/courses/hca-110'));
    await expect.poll(() => heading(page)).toBe('Nursing Assistant');
  });

  it('says it in Spanish, and shows no section where there is no credential credit', async () => {
    await open(page, url('/es/courses/hca-110'));
    expect(await page.locator('#course-credential-credit').innerText()).toBe(
      'Crédito por credencial',
    );
    expect(
      await page.locator('section[aria-labelledby="course-credential-credit"] li').innerText(),
    ).toMatch(
      /^Quienes tienen Certified Nursing Assistant \(CNA\) reciben 6 créditos por este curso\./,
    );
    await open(page, url('/es/credentials/cna'));
    expect(await page.locator('section[aria-labelledby="credential-credit"]').innerText()).toMatch(
      /Quienes la tienen reciben 6 créditos universitarios por HCA 110 Nursing Assistant en Northshore Community College\./,
    );
    await open(page, url('/credentials/pct'));
    expect(await page.locator('#credential-credit').count()).toBe(0);
  });

  it('passes axe on both pages', async () => {
    const found: string[] = [];
    for (const address of ['/courses/hca-110', '/es/credentials/cna']) {
      await open(page, url(address));
      for (const violation of await axeViolations(page)) found.push(`${address}: ${violation}`);
    }
    expect(found, `axe violations:\n${found.join('\n')}`).toEqual([]);
  });
});
