/**
 * The caseload in a real browser: the demo counselor signs in, sees their students with the
 * reasons they may be off track, filters by a signal (keyboard only), opens a student and adds a
 * note, and opens a student's learning plan and interest results (the demo student's own, saved
 * by them first); downloads the filtered list as CSV from the keyboard; axe-clean in English and
 * Spanish, no sideways scroll at 320 px; back from a student, the counselor is where they were.
 * The list's pages and its concentrator filter: caseload-pages.test.ts.
 */
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TProfilerForm } from '../src/contracts/interests.ts';
import type { TPlan } from '../src/contracts/plans.ts';
import type { TSavedResult } from '../src/contracts/student-interests.ts';
import { DEMO_PASSWORD } from '../src/services/accounts/seed-demo.ts';
import {
  axeViolations,
  expectNoSideScroll,
  open,
  signInDemoStaff,
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

  /** The demo student (on the demo caseload): their id, name, saved result and plan. */
  const mine = { id: '', name: '', code: '', takenAt: '', plan: null as TPlan | null };

  beforeAll(async () => {
    ({ app, page } = suite);
    // The demo student saves an Interest Profiler result (Realistic and Investigative high)
    // and has a plan (started here when the demo has none for them).
    const student = await page.request.post(url('/api/v1/auth/sign-in'), {
      data: { email: 'student@demo.wayfinder.test', password: DEMO_PASSWORD },
    });
    expect(student.status(), await student.text()).toBe(200);
    const session = (await student.json()) as {
      user: { id: string; name: string };
      csrfToken: string;
    };
    Object.assign(mine, { id: session.user.id, name: session.user.name });
    const headers = { 'x-csrf-token': session.csrfToken };
    const api = (path: string) => url(`/api/v1/students/${encodeURIComponent(mine.id)}/${path}`);
    const form = (await (
      await page.request.get(url('/api/v1/interest-profiler?form=30'))
    ).json()) as TProfilerForm;
    const answers = Object.fromEntries(
      form.items.map((item) => [item.id, item.area === 'R' || item.area === 'I' ? 5 : 1]),
    );
    const saved = await page.request.post(api('interest-results'), {
      headers,
      data: { form: 30, answers },
    });
    expect(saved.status(), await saved.text()).toBe(201);
    const result = (await saved.json()) as TSavedResult;
    Object.assign(mine, { code: result.code, takenAt: result.takenAt });
    expect(mine.code).toMatch(/^(RI|IR)/);
    if ((await page.request.get(api('plan'))).status() === 404) {
      const started = await page.request.post(api('plan'), {
        headers,
        data: { programId: 'riverside-accounting' },
      });
      expect(started.status(), await started.text()).toBe(201);
    }
    await suite.browser.clearCookies();
    await signInDemoStaff(page, app.url, 'counselor@demo.wayfinder.test');
  });

  it('lists the demo caseload with reasons, and filters by a signal with the keyboard', async () => {
    await open(page, url('/caseload'));
    expect(await page.locator('main h1').innerText()).toBe('My caseload');
    await students().first().waitFor();
    expect(await students().count()).toBe(25);
    const text = await page.locator('.caseload-list').innerText();
    expect(text).toContain('Failed and not yet made up:');
    expect(text).toContain('Has no learning plan yet.');
    expect(await page.locator('.caseload-summary').innerText()).toMatch(
      /^Showing 1–25 of 25 \(25 in all\)/,
    );
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
      .toMatch(/^Showing 1–(1?\d|2[0-4]) of (1?\d|2[0-4]) \(25 in all\)/);
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

  it("opens a student's plan and interest results from the caseload, in English and Spanish", async () => {
    for (const lang of ['en', 'es'] as const) {
      const prefix = lang === 'es' ? '/es' : '';
      const plan = (await (
        await page.request.get(
          url(`/api/v1/students/${encodeURIComponent(mine.id)}/plan?lang=${lang}`),
        )
      ).json()) as TPlan;
      await open(page, url(`${prefix}/caseload?q=${encodeURIComponent(mine.name)}`));
      await students().first().waitFor();
      expect(await students().count()).toBe(1);
      await students().first().getByRole('link', { name: mine.name }).click();
      await expect.poll(() => page.locator('main h1').innerText()).toBe(mine.name);
      expect(decodeURIComponent(page.url())).toContain(`/caseload/students/${mine.id}`);
      // Their interest results: their own latest code and the day they saved it.
      const interests = page.locator('section[aria-labelledby="summary-interests"]');
      const day = new Date(mine.takenAt).toLocaleDateString(lang === 'es' ? 'es-US' : 'en-US', {
        dateStyle: 'long',
      });
      await expect
        .poll(() => interests.innerText())
        .toContain(
          lang === 'es'
            ? `Código más reciente ${mine.code}, ${day}.`
            : `Latest code ${mine.code}, ${day}.`,
        );
      const summary = page.locator('section[aria-labelledby="summary-plan"]');
      await expect.poll(() => summary.innerText()).toContain(plan.programTitle);
      expect(await axeViolations(page)).toEqual([]);

      // Their plan: the program and version the API gives for this student.
      await summary
        .getByRole('link', { name: lang === 'es' ? 'Abrir el plan' : 'Open the plan' })
        .click();
      await page.waitForURL((address) =>
        decodeURIComponent(address.pathname).endsWith(`${prefix}/students/${mine.id}/plan`),
      );
      await page.locator('.plan-grid').waitFor();
      const meta = await page.locator('.plan-meta').innerText();
      expect(meta).toContain(plan.programTitle);
      expect(meta).toContain(String(plan.version));
      expect(await page.locator('main h1').innerText()).toBe(
        lang === 'es' ? 'Plan de aprendizaje' : 'Learning plan',
      );
      expect(await axeViolations(page)).toEqual([]);
    }
  });

  it('downloads the filtered list as CSV with the keyboard, in English and Spanish', async () => {
    for (const lang of ['en', 'es'] as const) {
      const address = `${lang === 'es' ? '/es' : ''}/caseload?signal=failed_core&sort=name`;
      await open(page, url(address));
      await students().first().waitFor();
      const names = await students().locator('h2').allInnerTexts();
      const link = page.getByRole('link', {
        name: lang === 'es' ? 'Descargar CSV' : 'Download CSV',
      });
      const href = new URL((await link.getAttribute('href'))!, app.url);
      expect(Object.fromEntries(href.searchParams)).toMatchObject({
        signal: 'failed_core',
        sort: 'name',
        lang,
      });
      // Reached by Tab from the form's Apply button, and run with Enter.
      await page.locator('.caseload-filters button[type="submit"]').focus();
      for (let i = 0; i < 4; i++) {
        if (await link.evaluate((a) => a === document.activeElement)) break;
        await page.keyboard.press('Tab');
      }
      expect(await link.evaluate((a) => a === document.activeElement)).toBe(true);
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.keyboard.press('Enter'),
      ]);
      expect(file.suggestedFilename()).toMatch(
        lang === 'es'
          ? /^estudiantes-\d{4}-\d{2}-\d{2}\.csv$/
          : /^caseload-\d{4}-\d{2}-\d{2}\.csv$/,
      );
      const text = fs.readFileSync(await file.path(), 'utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      const [header, ...rows] = parse(text, { bom: true }) as string[][];
      expect(header![0]).toBe(lang === 'es' ? 'Estudiante' : 'Student');
      expect(header).toContain(lang === 'es' ? 'Materia básica reprobada' : 'Failed core course');
      expect(rows.map((r) => r[0])).toEqual(names);
      expect(await axeViolations(page)).toEqual([]);
      await page.setViewportSize({ width: 320, height: 800 });
      await expectNoSideScroll(page, address);
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it("keeps the counselor's place: back from a student to the same list, focused on them", async () => {
    const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    await open(page, url('/caseload?sort=name'));
    await students().first().waitFor();
    const link = students().nth(15).getByRole('link');
    const name = await link.innerText();
    await link.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('main h1').innerText()).toBe(name);

    // The browser's Back: the same list, the focus (and the view) on the student opened.
    await page.goBack();
    await page.waitForURL(/\/caseload\?sort=name$/);
    await expect.poll(focusedText).toBe(name);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(await page.locator('#caseload-sort').inputValue()).toBe('name');

    // The page's own "Back to the caseload" keeps the filters too.
    await link.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('main h1').innerText()).toBe(name);
    const back = page.getByRole('link', { name: 'Back to the caseload' });
    expect(await back.getAttribute('href')).toBe('/caseload?sort=name');
    await back.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/caseload\?sort=name$/);
    await expect.poll(focusedText).toBe(name);

    // Back and Forward between two filtered lists: the form shows the filters applied.
    await open(page, url('/caseload?grade=10'));
    await page.locator('#caseload-grade').focus();
    await page.keyboard.press('ArrowDown');
    await page.locator('#caseload-q').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/grade=11$/);
    await page.goBack();
    await page.waitForURL(/grade=10$/);
    await expect.poll(() => page.locator('#caseload-grade').inputValue()).toBe('10');
    await page.goForward();
    await expect.poll(() => page.locator('#caseload-grade').inputValue()).toBe('11');

    // Back at once after applying (React Router may render both as one transition): the form
    // still shows the list Back landed on, not the edit (this failed 4 times in 25 before).
    for (let round = 0; round < 5; round += 1) {
      await open(page, url('/caseload?grade=10'));
      await page.locator('#caseload-grade').focus();
      await page.keyboard.press('ArrowDown');
      await page.locator('#caseload-q').focus();
      await page.keyboard.press('Enter');
      await page.goBack();
      await page.waitForURL(/grade=10$/);
      await students().first().waitFor();
      // The address and the grade-10 list are both already there before the transition is
      // drawn (the select still shows the edit, 11): wait for the drawn form to say 10.
      await expect.poll(() => page.locator('#caseload-grade').inputValue()).toBe('10');
    }
  });

  it('reads in Spanish, axe-clean', async () => {
    await open(page, url('/es/caseload'));
    expect(await page.locator('main h1').innerText()).toBe('Mis estudiantes');
    await students().first().waitFor();
    expect(await page.locator('#caseload-sort option[value="family"]').innerText()).toBe(
      'Apellido',
    );
    expect(await page.locator('.caseload-list').innerText()).toContain(
      'Aún no tiene un plan de aprendizaje.',
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 800 });
    await expectNoSideScroll(page, '/es/caseload');
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
