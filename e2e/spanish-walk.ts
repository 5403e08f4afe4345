/**
 * What the Spanish walks (spanish-pages, spanish-plan-pages) read on a page, and how they open
 * one: after its heading shows and nothing says "Cargando…" any more.
 */
import type { Page } from 'playwright-core';
import { textIn } from './language-walk.ts';

/**
 * What a Spanish reader meets on the page: text, title, description and accessible labels. Text
 * the page marks as English (`lang="en"`: O*NET texts with no Spanish version, which the page says
 * once, course titles a school wrote only in English, and other names of a job) is a deliberate
 * stand-in, not a slip, so it is left out, its labels too (the language switch's "English" and
 * its title).
 */
export async function pageText(page: Page): Promise<string> {
  return textIn(page, 'es');
}

export async function openSettled(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('main h1').waitFor();
  await page.waitForFunction(() => !document.body.innerText.includes('Cargando…'));
}
