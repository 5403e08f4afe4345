/**
 * A plan started from a career pathway, in a real browser: the demo student picks "a career
 * pathway" by keyboard, the page says beforehand what the plan starts from (empty for a pathway
 * no program of the district is in; the district's program for one that has it); the plan page
 * shows each grade's credentials (★) and work-based learning (◆) with the program diagram's
 * legend, in English and Spanish, axe-clean, without sideways scrolling at 320 px, printing on
 * one page.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/services/accounts/seed-demo.ts';
import {
  axeViolations,
  expectNoSideScroll,
  open,
  screenshot,
  skipBrowserTests,
  useBrowserApp,
} from './helpers.ts';

const countPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length;

describe.skipIf(skipBrowserTests())('a plan started from a pathway, in a browser', () => {
  const suite = useBrowserApp();
  const { url } = suite;
  let page: Page;
  let studentId = '';

  const settle = async (address: string) => {
    await open(page, url(address));
    await page.waitForFunction(() => !document.querySelector('p.status'), null, {
      timeout: 15_000,
    });
  };
  /** Picks an option of a select from the keyboard alone. */
  const pickByKeyboard = async (label: string, value: string) => {
    const select = page.getByLabel(label, { exact: true });
    const index = await select.evaluate(
      (s: HTMLSelectElement, v) => [...s.options].findIndex((o) => o.value === v),
      value,
    );
    expect(index, `${value} in ${label}`).toBeGreaterThanOrEqual(0);
    await select.focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
    expect(await select.inputValue()).toBe(value);
  };

  beforeAll(async () => {
    page = suite.page;
    await suite.browser.clearCookies();
    const response = await suite.browser.request.post(url('/api/v1/auth/sign-in'), {
      data: { email: 'student@demo.wayfinder.test', password: DEMO_PASSWORD },
    });
    expect(response.status(), await response.text()).toBe(200);
  });

  it('starts an empty plan from a pathway with no program, then over from one that has it', async () => {
    await settle('/me');
    await page.getByRole('link', { name: 'See and edit your learning plan' }).click();
    await page.waitForURL(/\/students\/[^/]+\/plan$/);
    studentId = decodeURIComponent(/students\/([^/]+)\/plan/.exec(page.url())![1]!);
    // On a 320 px phone, in Spanish (the longer labels), each radio button stands at the start
    // of its own label, never left at the end of the line before it.
    await page.setViewportSize({ width: 320, height: 640 });
    try {
      await settle(`/es/students/${encodeURIComponent(studentId)}/plan`);
      for (const choice of await page.locator('.plan-start__choice').all()) {
        const offset = await choice.evaluate(
          (label) =>
            label.querySelector('input')!.getBoundingClientRect().left -
            label.getBoundingClientRect().left,
        );
        expect(offset, await choice.innerText()).toBeLessThan(10);
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
    await settle(`/students/${encodeURIComponent(studentId)}/plan`);
    const start = page.locator('.plan-start');
    await start.getByRole('radio', { name: 'A program of study' }).focus();
    await page.keyboard.press('ArrowDown');
    expect(await start.getByRole('radio', { name: 'A career pathway' }).isChecked()).toBe(true);
    await pickByKeyboard('Career pathway', '01-01');
    expect(await start.innerText()).toContain(
      'No program of study of your district is in this pathway',
    );
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('.plan-grid').waitFor();
    expect(await page.locator('.plan-meta').innerText()).toMatch(/^Career pathway: /);
    expect(await page.locator('.plan-grid .plan-muted').count()).toBe(4);
    expect(await page.locator('.pos-legend').innerText()).toContain('Work-based learning');
    expect(await axeViolations(page)).toEqual([]);

    // Start over from the pathway of the demo Software Development program.
    const again = page.locator('.plan-start');
    await again.getByRole('radio', { name: 'A career pathway' }).check();
    await pickByKeyboard('Career pathway', '11-03');
    expect(await again.innerText()).toContain('the plan starts from Software Development');
    await again.getByRole('button', { name: 'Start the plan' }).click();
    await expect
      .poll(() => page.locator('.plan-meta').innerText())
      .toContain('Program of study: Software Development');
    const grade10 = page.locator('.plan-year', {
      has: page.getByRole('heading', { name: 'Grade 10' }),
    });
    expect(await grade10.locator('.pos-credential').innerText()).toMatch(/PCEP/);
    expect(await grade10.locator('.pos-wbl').innerText()).toContain(
      'Work-based learning: A day with a software team',
    );
    expect(await grade10.locator('.pos-credential [aria-hidden="true"]').textContent()).toMatch(
      /^★\s*$/,
    );
    expect(await grade10.locator('.pos-wbl [aria-hidden="true"]').textContent()).toMatch(/^◆\s*$/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'plan-from-pathway');
  }, 240_000);

  it('lets the student add a job shadow in the editor and shows it on the plan, in Spanish too', async () => {
    await settle(`/students/${studentId}/plan/edit`);
    const marks = page.locator('.plan-edit-marks');
    await marks.getByLabel('Kind', { exact: true }).selectOption('job_shadow');
    await marks.getByLabel('What (for example, a day with a nurse)').fill('A day at a game studio');
    await marks.getByLabel('Grade', { exact: true }).last().selectOption('grade-9');
    await marks.getByRole('button', { name: 'Add', exact: true }).last().click();
    expect(await marks.innerText()).toContain('A day at a game studio');
    await page.getByRole('button', { name: 'Save the plan' }).click();
    await expect.poll(() => page.locator('.plan-status').innerText()).toContain('Saved');
    expect(await axeViolations(page)).toEqual([]);
    await settle(`/es/students/${studentId}/plan`);
    const grade9 = page.locator('.plan-year', {
      has: page.getByRole('heading', { name: '9.º grado' }),
    });
    expect(await grade9.locator('.pos-wbl').innerText()).toContain('A day at a game studio');
    const grade10 = page.locator('.plan-year', {
      has: page.getByRole('heading', { name: '10.º grado' }),
    });
    expect(await grade10.locator('.pos-wbl').innerText()).toContain(
      'Aprendizaje en el trabajo: Un día con un equipo de desarrollo de software',
    );
    expect(await page.locator('.pos-legend').innerText()).toContain('Leyenda');
    expect(await axeViolations(page)).toEqual([]);
  }, 240_000);

  it('never scrolls sideways at 320 px and prints on one page, in English and Spanish', async () => {
    const addresses = [
      `/students/${studentId}/plan`,
      `/es/students/${studentId}/plan`,
      `/students/${studentId}/plan/edit`,
      `/es/students/${studentId}/plan/edit`,
    ];
    await page.setViewportSize({ width: 320, height: 720 });
    try {
      for (const address of addresses) {
        await settle(address);
        await expectNoSideScroll(page, address);
        expect(await axeViolations(page), address).toEqual([]);
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
    for (const address of addresses.slice(0, 2)) {
      await settle(address);
      await page.emulateMedia({ media: 'print' });
      try {
        const pdf = await page.pdf({ preferCSSPageSize: true });
        expect(countPages(pdf), `${address} prints on one page`).toBe(1);
      } finally {
        await page.emulateMedia({ media: 'screen' });
      }
    }
  }, 300_000);
});
