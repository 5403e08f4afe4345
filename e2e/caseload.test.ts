/**
 * The caseload in a real browser: the demo counselor signs in, sees their students with the
 * reasons they may be off track, filters by a signal (keyboard only), opens a student and adds a
 * note; axe-clean in English and Spanish, no sideways scroll at 320 px.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../src/domain/auth/totp.ts';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../src/services/accounts/seed-demo.ts';
import {
  axeViolations,
  expectNoSideScroll,
  open,
  skipBrowserTests,
  type TestApp,
  useBrowserApp,
} from './helpers.ts';

describe.skipIf(skipBrowserTests())('the caseload in a browser', () => {
  const suite = useBrowserApp();
  let app: TestApp;
  let page: Page;
  const url = (address: string) => `${app.url}${address}`;
  const students = () => page.locator('.caseload-list > li');

  beforeAll(async () => {
    ({ app, page } = suite);
    const res = await page.request.post(url('/api/v1/auth/sign-in'), {
      data: {
        email: 'counselor@demo.wayfinder.test',
        password: DEMO_PASSWORD,
        totpCode: totpCode(DEMO_TOTP_SECRET, new Date()),
      },
    });
    expect(res.status(), await res.text()).toBe(200);
  });

  it('lists the demo caseload with reasons, and filters by a signal with the keyboard', async () => {
    await open(page, url('/caseload'));
    expect(await page.locator('main h1').innerText()).toBe('My caseload');
    await students().first().waitFor();
    expect(await students().count()).toBe(25);
    const text = await page.locator('.caseload-list').innerText();
    expect(text).toContain('Failed and not yet made up:');
    expect(text).toContain('Has no learning plan yet.');
    expect(await page.locator('.caseload-summary').innerText()).toMatch(/25 students shown of 25/);
    expect(await axeViolations(page)).toEqual([]);

    await page.locator('#caseload-signal').focus();
    await page.keyboard.press('ArrowDown'); // Credits behind
    await page.keyboard.press('ArrowDown'); // Failed core course
    await page.locator('#caseload-q').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/signal=failed_core/);
    await expect
      .poll(() =>
        page
          .locator('.caseload-summary')
          .innerText()
          .catch(() => ''),
      )
      .toMatch(/^(1?\d|2[0-4]) students? shown of 25/);
    const shown = await students().count();
    expect(shown).toBeGreaterThan(0);
    for (let i = 0; i < shown; i++)
      expect(await students().nth(i).innerText()).toContain('Failed core course');

    await page.setViewportSize({ width: 320, height: 800 });
    await expectNoSideScroll(page, '/caseload?signal=failed_core');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('opens a student, shows the summaries and keeps a new note', async () => {
    await open(page, url('/caseload?signal=failed_core'));
    await students().first().waitFor();
    const name = await students().first().locator('h2').innerText();
    await students().first().getByRole('link').click();
    await expect.poll(() => page.locator('main h1').innerText()).toBe(name);
    await page.getByRole('heading', { name: 'Counselor notes' }).waitFor();
    await expect.poll(() => page.locator('main').innerText()).toContain('Open the progress check');
    await page.locator('#note-new').fill('Called home: Algebra I retake this summer.');
    await page.getByRole('button', { name: 'Save note' }).click();
    await expect
      .poll(() => page.locator('.note-list').innerText())
      .toContain('Called home: Algebra I retake this summer.');
    expect(await page.locator('.note-list').innerText()).toContain('Carmen Counselor');
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 800 });
    await expectNoSideScroll(page, page.url());
    await page.setViewportSize({ width: 1280, height: 900 });

    const address = new URL(page.url()).pathname;
    await open(page, url(`/es${address}`));
    await page.getByRole('heading', { name: 'Notas del consejero escolar' }).waitFor();
    await expect.poll(() => page.locator('.note-list').innerText()).toContain('Algebra I');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('reads in Spanish, axe-clean', async () => {
    await open(page, url('/es/caseload'));
    expect(await page.locator('main h1').innerText()).toBe('Mis estudiantes');
    await students().first().waitFor();
    expect(await page.locator('.caseload-list').innerText()).toContain(
      'Aún no tiene un plan de aprendizaje.',
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 800 });
    await expectNoSideScroll(page, '/es/caseload');
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
