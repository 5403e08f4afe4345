/**
 * The Interest Profiler in a real browser: a visitor takes the Mini-IP by keyboard alone on a
 * phone-width screen, closes the tab and resumes; the results (chart and table, fits, why,
 * attribution, the screening sentence) in English and Spanish, axe-clean, at 320 px, printed on
 * one page; a student saves them by choice and sees them on /me, a guardian reads them there.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadInterestOccupations } from '../test/interest-occupations.ts';
import {
  axeViolations,
  expectNoSideScroll,
  open,
  screenshot,
  skipBrowserTests,
  useBrowserApp,
} from './helpers.ts';

const PASSWORD = 'demo-only-password';
const EN_ATTRIBUTION =
  'This page includes information from the O*NET Career Exploration Tools by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY-ND 4.0 license. O*NET® is a trademark of USDOL/ETA.';

/** Answers the item whose first radio has focus with `value` (1–5), then presses the page's submit button. */
async function answerByKeyboard(page: Page, value: number) {
  if (value === 1) await page.keyboard.press('Space');
  for (let i = 1; i < value; i++) await page.keyboard.press('ArrowDown');
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => (document.activeElement as HTMLButtonElement).type === 'submit'))
      break;
  }
  await page.keyboard.press('Enter');
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Mini-IP order is R I A S E C repeated: a strongly Social, then Investigative profile. */
const MINI_VALUES = [1, 4, 1, 5, 1, 1];

describe.skipIf(skipBrowserTests())('Interest Profiler in a browser', () => {
  const suite = useBrowserApp();
  let page: Page;
  const url = (address: string) => suite.url(address);

  beforeAll(async () => {
    page = suite.page;
    await loadInterestOccupations(suite.app.runtime);
    // Enough Social occupations that the results page lists as many as it ever prints.
    await loadInterestOccupations(
      suite.app.runtime,
      Array.from({ length: 10 }, (_, i) => ({
        code: `29-90${String(10 + i)}.00`,
        title: `Test caring occupation number ${i + 1} with a long title`,
        jobZone: 3,
        oi: [2, 4 + (i % 3), 2, 7, 3, 2] as [number, number, number, number, number, number],
        pathways: ['08-05'],
        wage: 50_000 + i * 1000,
      })),
    );
  });

  it('lets a visitor take the Mini-IP by keyboard on a 320 px screen, and resume after closing', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    try {
      await open(page, url('/interest-profiler'));
      expect(await page.locator('main').innerText()).toContain(
        'There are no right or wrong answers; this is not a test.',
      );
      expect(await page.locator('.ip-attribution').innerText()).toContain(EN_ATTRIBUTION);
      expect(await axeViolations(page)).toEqual([]);
      await expectNoSideScroll(page, '/interest-profiler');
      await page.getByLabel('30 activities (about 5 minutes)').focus();
      await page.keyboard.press('Space');
      await page.getByRole('button', { name: 'Start' }).focus();
      await page.keyboard.press('Enter');
      await page.locator('.ip-item').first().waitFor();
      expect(await page.locator('.ip-item')).toHaveProperty('count');
      expect(await page.locator('.ip-item').count()).toBe(1);
      expect(await page.locator('.ip-item legend').innerText()).toBe('Build kitchen cabinets');
      expect(await page.locator('.ip-answer').allInnerTexts()).toEqual([
        'Strongly dislike',
        'Dislike',
        'Unsure',
        'Like',
        'Strongly like',
      ]);
      expect(await axeViolations(page)).toEqual([]);
      await expectNoSideScroll(page, '/interest-profiler (item)');
      // Start replaced the button pressed: focus is on the first answer, not lost on the body.
      expect(await focusedId(page)).toBe('ip-MINI-01-1');
      for (let i = 0; i < 12; i++) await answerByKeyboard(page, MINI_VALUES[i % 6]!);
      await expect.poll(() => page.locator('.ip-progress').innerText()).toBe('Answered: 12 of 30');
      // Close the tab and come back: it resumes at item 13.
      const second = await suite.browser.newPage();
      await page.close();
      page = second;
      await page.setViewportSize({ width: 320, height: 640 });
      await open(page, url('/interest-profiler'));
      await page.getByRole('button', { name: 'Continue where you stopped' }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.ip-progress').innerText()).toBe('Answered: 12 of 30');
      expect(await page.locator('.ip-item legend').innerText()).toBe('Assemble electronic parts');
      expect(await focusedId(page)).toBe('ip-MINI-13-1');
      for (let i = 12; i < 30; i++) await answerByKeyboard(page, MINI_VALUES[i % 6]!);
      await page.waitForURL(url('/interest-profiler/results'));
      await page.locator('.ip-code').waitFor();
      await expectNoSideScroll(page, '/interest-profiler/results');
      await screenshot(page, 'interest-results-phone');
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('shows the results with a chart, a table, fits and reasons, in English and Spanish, axe-clean', async () => {
    await open(page, url('/interest-profiler/results'));
    await page.locator('.ip-code').waitFor();
    const main = page.locator('main');
    expect(await page.locator('.ip-code').innerText()).toContain('Your interest code: SIR');
    expect(await page.locator('.ip-chart svg').getAttribute('aria-label')).toContain(
      'Social 20 of 20',
    );
    expect(await page.locator('.ip-table tbody tr').nth(3).innerText()).toContain('20 of 20');
    const first = page.locator('.ip-occupation', { hasText: 'Registered Nurses' });
    expect(await first.innerText()).toContain('Registered Nurses');
    expect(await first.innerText()).toContain('Best fit');
    expect(await first.innerText()).toContain('Median wage $86,070');
    expect(await first.locator('.ip-why').innerText()).toMatch(/Social/);
    expect(await main.innerText()).toContain('never used to screen, select or rank students');
    expect(await main.innerText()).toContain('These results stay in this browser only.');
    expect(await page.locator('.ip-attribution').innerText()).toContain(EN_ATTRIBUTION);
    expect(await axeViolations(page)).toEqual([]);

    await open(page, url('/es/interest-profiler/results'));
    await page.locator('.ip-code').waitFor();
    expect(await page.locator('.ip-code').innerText()).toContain('Tu código de intereses: SIR');
    const attribution = await page.locator('.ip-attribution').innerText();
    expect(attribution).toContain('Wayfinder las ha modificado (traducido)');
    expect(attribution).toContain(
      'Used under the O*NET Tools Developer License. O*NET® is a trademark of USDOL/ETA. Wayfinder has modified all or some of this information. USDOL/ETA has not approved, endorsed, or tested these modifications.',
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 640 });
    try {
      await expectNoSideScroll(page, '/es/interest-profiler/results');
      // The score table fits too, with no hidden third column to scroll to: what each area
      // means shows under its name.
      const box = page.locator('.ip-chart .table-scroll');
      expect(await box.evaluate((e) => e.scrollWidth - e.clientWidth)).toBeLessThanOrEqual(0);
      expect(await page.locator('.ip-table tbody tr').nth(3).innerText()).toContain(
        'Ayudar, enseñar y cuidar a las personas',
      );
      // The chart shrinks with the screen; its words stay readable (not 9 px) and inside it.
      const words = await page.locator('.ip-chart__label').evaluateAll((texts) =>
        (texts as SVGTextElement[]).map((t) => ({
          x: t.getBBox().x,
          px: parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 1),
        })),
      );
      for (const { x, px } of words) {
        expect(px).toBeGreaterThanOrEqual(12);
        expect(x).toBeGreaterThanOrEqual(0);
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('narrows the matches by job zone', async () => {
    await open(page, url('/interest-profiler/results'));
    await page.getByLabel('Extensive: a graduate degree').check();
    await page.getByRole('button', { name: 'Show matches' }).click();
    await page.waitForURL(/zone=5/);
    // With the shipped O*NET data there are many job-zone-5 matches; the Social occupations of
    // zone 3 that lead the unnarrowed list (Registered Nurses, the test's caring occupations) go.
    await expect
      .poll(async () => {
        const titles = await page.locator('.ip-occupation h3').allInnerTexts();
        return titles.length > 0 && titles.every((t) => !/Registered Nurses|Test caring/.test(t));
      })
      .toBe(true);
  });

  it('prints the results on one page, in English and in Spanish (with its longer attribution)', async () => {
    for (const prefix of ['', '/es']) {
      await open(page, url(`${prefix}/interest-profiler/results`));
      await page.locator('.ip-code').waitFor();
      await page.emulateMedia({ media: 'print' });
      try {
        expect(await page.locator('.ip-zones').isVisible()).toBe(false);
        for (const format of ['Letter', 'A4']) {
          const pdf = await page.pdf({ format });
          const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length;
          expect(pages, `${prefix || '/en'} on ${format}`).toBe(1);
        }
      } finally {
        await page.emulateMedia({ media: 'screen' });
      }
    }
  });

  it('saves the results to a student account only when asked, and shows them on /me', async () => {
    await open(page, url('/sign-in?next=%2Finterest-profiler%2Fresults'));
    await page.getByLabel('Email').fill('student@demo.wayfinder.test');
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL(url('/interest-profiler/results'));
    const save = page.getByRole('button', { name: 'Save to my account' });
    await page.locator('.ip-keep').waitFor();
    await save.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.ip-keep').innerText())
      .toContain('Saved to your account.');
    // The button gave way to the message, and focus went with it.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Saved to your account.',
    );
    await page.locator('.ip-occupation').first().getByRole('button', { name: /Save/ }).click();
    await expect
      .poll(() => page.locator('.ip-occupation').first().getByRole('button').innerText())
      .toContain('Saved');
    // A program (and an occupation) is saved from its own page too, by keyboard.
    await open(page, url('/programs/riverside-nursing'));
    const keep = page.locator('.save-for-student button');
    await keep.waitFor();
    expect(await keep.getAttribute('aria-pressed')).toBe('false');
    await keep.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => keep.getAttribute('aria-pressed')).toBe('true');
    await open(page, url('/es/occupations/29-9010.00'));
    await page.locator('.save-for-student button').waitFor();
    expect(await page.locator('.save-for-student button').innerText()).toContain('Guardar');
    await open(page, url('/me'));
    await page.locator('.ip-home__body').waitFor();
    expect(await page.locator('main').innerText()).toMatch(/Saved list[\s\S]*Nursing/);
    const home = await page.locator('main').innerText();
    expect(home).toContain('Your interest code: SIR');
    expect(home).toContain('Therapeutic Services');
    expect(home).toMatch(/Saved list[\s\S]*Test caring occupation/);
    expect(await axeViolations(page)).toEqual([]);
    await open(page, url('/es/me'));
    await page.locator('.ip-home__body').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 640 });
    try {
      await expectNoSideScroll(page, '/es/me');
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
    await page
      .locator('.account-nav')
      .getByRole('button', { name: /Cerrar sesión|Sign out/ })
      .click();
    await page.locator('.account-nav').getByRole('link').first().waitFor();
  });

  it("shows a guardian their child's home, read-only", async () => {
    await open(page, url('/sign-in?next=%2Fme'));
    await page.getByLabel('Email').fill('guardian@demo.wayfinder.test');
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL(url('/me'));
    await page.locator('.ip-home__body').waitFor();
    const main = await page.locator('main').innerText();
    expect(main).toContain('My children');
    // The guardian reads about their child, not about "you".
    expect(main).toContain('Interest code of Alex Student: SIR');
    expect(main).toContain('Scores of Alex Student in the six interest areas');
    expect(main).toContain('Occupations that fit Alex Student best');
    expect(main).toContain('Next steps suggested to Alex Student');
    // Only the line addressed to the guardian, and the suggestions to the student, say "you".
    const steps = (await page.locator('.ip-home__body .ip-list').first().innerText()).split('\n');
    expect(main.split('\n').filter((l) => /\b(your|you)\b/i.test(l) && !steps.includes(l))).toEqual(
      ['You can read this; only the student can change it.'],
    );
    expect(await page.locator('.ip-home__body button').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    // Only the student saves: a guardian's program page has no save button.
    await open(page, url('/programs/riverside-nursing'));
    await page.locator('.program-actions').waitFor();
    expect(await page.locator('.save-for-student').count()).toBe(0);
    await open(page, url('/me'));
    await page.locator('.ip-home__body').waitFor();
    await open(page, url('/es/me'));
    await page.locator('.ip-home__body').waitFor();
    const es = await page.locator('main').innerText();
    expect(es).toContain('Código de intereses de Alex Student: SIR');
    expect(es).toContain('Por qué coincide: los intereses');
    const pasos = (await page.locator('.ip-home__body .ip-list').first().innerText()).split('\n');
    expect(
      es.split('\n').filter((l) => /\b(tu|tus|ti|contigo)\b/i.test(l) && !pasos.includes(l)),
    ).toEqual([]);
    expect(suite.cspErrors).toEqual([]);
  });
});
