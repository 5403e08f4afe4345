/**
 * Learning plans in a real browser: the demo student starts a plan from a program of study on
 * /me and edits it by keyboard alone while the live checks give the reason; signs; the guardian
 * signs in Spanish; an edit after signing asks for signatures again; the progress check shows a
 * course's sentence; what-if shows two checks side by side. Every page axe-clean in English and
 * Spanish, without sideways scrolling at 320 px; the plan prints on one landscape page.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../src/domain/auth/totp.ts';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../src/services/accounts/seed-demo.ts';
import {
  axeViolations,
  expectNoSideScroll,
  open,
  screenshot,
  skipBrowserTests,
  useBrowserApp,
} from './helpers.ts';

const countPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length;

describe.skipIf(skipBrowserTests())('learning plans in a browser', () => {
  const suite = useBrowserApp();
  const { url } = suite;
  let page: Page;
  let studentId = '';

  const signInAs = async (who: string, staff = false) => {
    await suite.browser.clearCookies();
    const response = await suite.browser.request.post(url('/api/v1/auth/sign-in'), {
      data: {
        email: `${who}@demo.wayfinder.test`,
        password: DEMO_PASSWORD,
        ...(staff ? { totpCode: totpCode(DEMO_TOTP_SECRET, new Date()) } : {}),
      },
    });
    expect(response.status(), await response.text()).toBe(200);
  };
  /** Opens a page and waits until nothing on it is still loading. */
  const settle = async (address: string) => {
    await open(page, url(address));
    await page.waitForFunction(() => !document.querySelector('p.status'), null, {
      timeout: 15_000,
    });
  };
  const pages = () => [
    `/students/${studentId}/plan`,
    `/students/${studentId}/plan/edit`,
    `/students/${studentId}/progress`,
    `/students/${studentId}/what-if?with=program:riverside-nursing`,
  ];

  beforeAll(() => {
    page = suite.page;
  });

  it('lets the student start a plan from /me and edit it by keyboard, with live checks', async () => {
    await signInAs('student');
    await settle('/me');
    await page.getByRole('link', { name: 'See and edit your learning plan' }).click();
    await page.waitForURL(/\/students\/[^/]+\/plan$/);
    studentId = decodeURIComponent(/students\/([^/]+)\/plan/.exec(page.url())![1]!);
    await page.getByRole('heading', { name: 'Start a plan from a program of study' }).waitFor();
    // Keyboard only: arrow down to the program in the focused select, then Tab to the button.
    const program = page.getByLabel('Program of study', { exact: true });
    const index = await program.evaluate((select: HTMLSelectElement) =>
      [...select.options].findIndex((o) => o.value === 'riverside-software-development'),
    );
    await program.focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
    expect(await program.inputValue()).toBe('riverside-software-development');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('.plan-grid').waitFor();
    const grid = page.locator('.plan-grid');
    expect(await grid.locator('.plan-year h3').allInnerTexts()).toEqual(
      expect.arrayContaining(['Grade 9', 'Grade 12', 'Postsecondary year 1 · fall']),
    );
    expect(await grid.innerText()).toContain('Programming with Python');
    // The college years name their courses as soon as the plan is started (not their ids).
    await expect
      .poll(() => grid.locator('.plan-year--after').first().innerText())
      .toContain('Composition I');
    expect(await grid.innerText()).not.toMatch(/rvcc-|csu-/);
    // The start button is gone: focus is on the page's heading, not lost on the body (moved just
    // after the plan is drawn, in an effect: wait for it).
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await page.locator('.plan-points').innerText()).toMatch(/Entry point/);
    expect(await page.locator('main').innerText()).toContain('Not reviewed this school year');

    await page.getByRole('link', { name: 'Edit the plan' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Edit the learning plan' }).waitFor();
    const live = page.getByTestId('live-checks');
    expect(await live.innerText()).toBe('No problems found.');
    expect(await live.getAttribute('aria-live')).toBe('polite');
    // Move Programming with Python from grade 10 to grade 9 with the arrow keys.
    const row = page.getByRole('group', { name: 'Programming with Python, grade 10' });
    await row.getByLabel('Grade', { exact: true }).focus();
    await page.keyboard.press('ArrowUp');
    await expect
      .poll(() => live.innerText())
      .toContain('Programming with Python is offered in grades 10–12, not grade 9.');
    // The demo student's transcript (the demo caseload's) may already show Python's prerequisite
    // passed, which the check counts; the grade range is a problem either way.
    expect(await live.innerText()).toMatch(/[12] problems? to fix/);
    await page.getByLabel('Career goal (an occupation)').focus();
    await page.keyboard.type('Software Developers');
    await page.getByRole('button', { name: 'Save the plan' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.plan-status').innerText())
      .toContain('Saved as version 1.');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'plan-editor');

    await settle(`/students/${studentId}/plan`);
    expect(await page.locator('.plan-problem').first().innerText()).toMatch(/grade 9|first/);
    expect(await page.locator('.plan-goals').innerText()).toContain('Software Developers');
    await page.getByRole('button', { name: 'Sign version 1 as Student' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.plan-signatures').innerText())
      .toMatch(/Student: signed version 1 on .+, read in English\./);
    expect(await page.locator('main').innerText()).toContain(
      'Still to sign: Guardian and Counselor.',
    );
    expect(await axeViolations(page)).toEqual([]);
  });

  it('lets the guardian read the plan and sign it in Spanish', async () => {
    await signInAs('guardian');
    await settle('/es/me');
    await page
      .getByRole('link', { name: /^Plan de aprendizaje de / })
      .first()
      .click();
    await page.locator('.plan-grid').waitFor();
    const main = page.locator('main');
    expect(await main.innerText()).toContain('Programa de estudio: Desarrollo de software');
    expect(await main.innerText()).toContain('9.º grado');
    expect(await page.getByRole('link', { name: 'Editar el plan' }).count()).toBe(0);
    await page
      .getByRole('button', { name: 'Firmar la versión 1 como Padre, madre o tutor' })
      .click();
    await expect
      .poll(() => page.locator('.plan-signatures').innerText())
      .toMatch(/Padre, madre o tutor: firmó la versión 1 el .+, leída en español\./);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('asks for signatures again after an edit of a signed version, and keeps the old one', async () => {
    await signInAs('student');
    await settle(`/students/${studentId}/plan/edit`);
    const row = page.getByRole('group', { name: 'Programming with Python, grade 9' });
    await row.getByLabel('Grade', { exact: true }).focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.getByTestId('live-checks').innerText()).toBe('No problems found.');
    await page.getByRole('button', { name: 'Save the plan' }).click();
    await expect
      .poll(() => page.locator('.plan-status').innerText())
      .toContain('Saved as version 2: the plan had been signed');
    await settle(`/students/${studentId}/plan`);
    const main = page.locator('main');
    expect(await main.innerText()).toContain('Version 2 of 2');
    expect(await main.innerText()).toContain('this version needs to be signed again');
    await page.getByRole('link', { name: /^Version 1, / }).click();
    await expect.poll(() => main.innerText()).toContain('This is an earlier version of the plan');
    expect(await page.locator('.plan-signatures').innerText()).toContain('Guardian');
  });

  it('shows the progress check with each course’s sentence, and what-if side by side', async () => {
    // The district admin records a course from a school in another state (not the counselor, who
    // signs in with the same second-factor code in a later test: a code is good once); it shows
    // marked as transfer (the axe check below covers the page with it, in both languages).
    await signInAs('district', true);
    await settle(`/students/${studentId}/progress`);
    const form = page.getByRole('region', { name: 'Record transfer credit' });
    await form
      .getByLabel('Where it was earned (school, college or exam)')
      .fill('Lakeview High School');
    await form.getByLabel('State (two letters, optional)').fill('TX');
    await form.getByLabel('Course title, as written there').fill('Art I');
    await form.getByLabel('Course code there (optional)').fill('ART 1');
    await form.getByLabel('School year it ended (2025 for 2024–25)').fill('2025');
    await form.getByLabel('Grade (optional)').fill('A');
    await form
      .getByRole('group', { name: 'Course level there (optional)' })
      .getByLabel('honors')
      .check();
    await form.getByLabel('How it counts here').selectOption('sced');
    await form.getByLabel('The SCED code, or our course code').fill('05154');
    await form.getByRole('button', { name: 'Record the transfer credit' }).click();
    await expect
      .poll(() => form.getByRole('status').innerText())
      .toBe('Transfer credit recorded: it shows on the check.');
    expect(await axeViolations(page)).toEqual([]);
    await settle(`/es/students/${studentId}/progress`);
    expect(await axeViolations(page)).toEqual([]);
    await settle(`/students/${studentId}/progress`);
    const transfer = page.getByRole('table', { name: 'Transfer credit' });
    expect(await transfer.innerText()).toMatch(/Lakeview High School \(TX\)[\s\S]*ART 1 · Art I/);
    expect(await transfer.innerText()).toContain('SCED course code 05154');
    expect(await transfer.innerText()).toMatch(/Art I\s+honors/);
    expect(await page.locator('.pr-transfer').first().innerText()).toBe(
      'Transfer credit, earned at Lakeview High School',
    );
    await settle(`/es/students/${studentId}/progress`);
    expect(await page.getByRole('table', { name: 'Crédito transferido' }).innerText()).toContain(
      'código de curso SCED 05154',
    );
    await signInAs('student');
    await settle(`/students/${studentId}/progress`);
    const english = page.locator('.pr-node', { has: page.getByText('English', { exact: true }) });
    expect(await english.first().locator('.pr-status').innerText()).toMatch(
      /Met|In progress|Planned|Missing/,
    );
    expect(await page.locator('.pr-courses li').first().innerText()).toMatch(
      /(counts|would count) toward .+: \d+ of \d+ credits?\.$/,
    );
    await settle(`/students/${studentId}/what-if`);
    await page.getByLabel('Compare with').selectOption('program:riverside-nursing');
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.waitForURL(/with=program%3Ariverside-nursing/);
    await expect.poll(() => page.locator('.wi-column').count()).toBe(2);
    const columns = await page.locator('.wi-column h2').allInnerTexts();
    expect(columns[1]).toMatch(/^What if: /);
    const boxes = await page
      .locator('.wi-column')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
    expect(boxes[0]).toBe(boxes[1]);
  });

  it('is axe-clean in English and Spanish and never scrolls sideways at 320 px', async () => {
    for (const address of [...pages(), ...pages().map((p) => `/es${p}`)]) {
      await settle(address);
      expect(await axeViolations(page), address).toEqual([]);
    }
    await page.setViewportSize({ width: 320, height: 720 });
    try {
      for (const address of [...pages(), ...pages().map((p) => `/es${p}`)]) {
        await settle(address);
        await expectNoSideScroll(page, address);
      }
      await settle(`/students/${studentId}/plan`);
      const tops = await page
        .locator('.plan-year')
        .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
      expect(new Set(tops).size, 'the years are stacked on a phone').toBe(tops.length);
      await screenshot(page, 'plan-phone');
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  }, 300_000);

  it('finds a course the way students name it in the editor, by keyboard, in both languages', async () => {
    await signInAs('student');
    await settle(`/students/${studentId}/plan/edit`);
    const add = page.getByRole('group', { name: 'Add a course (an elective)' });
    const list = add.getByLabel('Course to add', { exact: true });
    const optionTexts = () =>
      list.evaluate((select: HTMLSelectElement) => [...select.options].map((o) => o.text));
    const whole = await optionTexts();
    const count = add.getByRole('status');
    expect(await count.innerText()).toBe('');
    // Keyboard only: type a student's name for the course, Tab to the list, Tab to the button.
    await add.getByLabel('Find a course to add by name or code').focus();
    await page.keyboard.type('alg 2');
    await expect.poll(() => count.innerText()).toMatch(/^\d+ courses? match(es)?, best first\.$/);
    expect(await count.getAttribute('aria-live')).toBe('polite');
    const found = await optionTexts();
    expect(found[0]).toMatch(/^Algebra II \(/);
    expect(found.length).toBeLessThan(whole.length);
    expect(await count.innerText()).toContain(String(found.length));
    // Enter in the box does not send the form.
    await page.keyboard.press('Enter');
    expect(await page.locator('.plan-status').innerText()).toBe('');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(
      await list.getAttribute('id'),
    );
    expect(await list.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text)).toMatch(
      /^Algebra II \(/,
    );
    expect(await axeViolations(page)).toEqual([]);
    // Nothing matches: the list is empty and the button waits; cleared, the list is as before.
    await add.getByLabel('Find a course to add by name or code').fill('zzqx');
    await expect.poll(() => count.innerText()).toBe('No course matches.');
    expect(await add.getByRole('button', { name: 'Add the course' }).isDisabled()).toBe(true);
    await add.getByLabel('Find a course to add by name or code').fill('');
    await expect.poll(optionTexts).toEqual(whole);
    expect(await count.innerText()).toBe('');
    // A row's swap list keeps the row's course and narrows the others.
    const row = page.locator('.plan-edit-row').first();
    const rowList = row.getByLabel('Course', { exact: true });
    const before = await rowList.inputValue();
    await row.getByLabel('Find another course by name or code').fill('us history');
    await expect.poll(() => row.getByRole('status').innerText()).toMatch(/match/);
    expect(await rowList.inputValue()).toBe(before);
    const rowOptions = await rowList.evaluate((s: HTMLSelectElement) =>
      [...s.options].map((o) => o.text),
    );
    expect(rowOptions.some((text) => text.startsWith('U.S. History ('))).toBe(true);
    expect(rowOptions.length).toBeLessThan(whole.length);
    await page.setViewportSize({ width: 320, height: 720 });
    try {
      await expectNoSideScroll(page, 'editor with a filter typed');
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }

    await settle(`/es/students/${studentId}/plan/edit`);
    const addEs = page.getByRole('group', { name: 'Agregar un curso (una materia optativa)' });
    await addEs.getByLabel('Buscar un curso que agregar por nombre o código').focus();
    await page.keyboard.type('quím');
    await expect
      .poll(() => addEs.getByRole('status').innerText())
      .toMatch(/^\d+ cursos? coincide(n)?, (el mejor|los mejores) primero\.$/);
    expect(
      await addEs
        .getByLabel('Curso que agregar', { exact: true })
        .evaluate((s: HTMLSelectElement) => s.options[0]?.text),
    ).toMatch(/^Química \(/);
    expect(await axeViolations(page)).toEqual([]);
  }, 120_000);

  it('prints the plan on one landscape page, in English and Spanish', async () => {
    for (const address of [`/students/${studentId}/plan`, `/es/students/${studentId}/plan`]) {
      await settle(address);
      await page.emulateMedia({ media: 'print' });
      try {
        expect(await page.locator('.plan-actions').isVisible()).toBe(false);
        const pdf = await page.pdf({ preferCSSPageSize: true });
        expect(countPages(pdf), `${address} prints on one page`).toBe(1);
      } finally {
        await page.emulateMedia({ media: 'screen' });
      }
    }
    const exported = await suite.browser.request.get(
      url(`/api/v1/students/${studentId}/plan/export?format=pdf`),
    );
    expect(exported.status()).toBe(200);
    expect(countPages(await exported.body())).toBe(1);
  });

  it('lets the counselor find the student on /me, record an exception and sign as the review', async () => {
    await signInAs('counselor', true);
    await settle('/me');
    await page
      .locator('.plan-students')
      .getByRole('link', { name: /^Progress of / })
      .first()
      .waitFor();
    await settle(`/students/${studentId}/progress`);
    await page.getByLabel('Requirement', { exact: true }).selectOption({ label: 'Fine Arts' });
    await page.getByLabel('Kind of exception').selectOption('waive');
    await page.getByLabel('Reason (a few words)').fill('Completed fine arts credit abroad');
    await page.getByRole('button', { name: 'Record the exception' }).click();
    await expect
      .poll(() => page.locator('.pr-node', { hasText: 'Fine Arts' }).first().innerText())
      .toContain('Counselor’s exception (waived): Completed fine arts credit abroad');
    expect(await page.locator('.pr-exception-form [role="status"]').innerText()).toContain(
      'Exception recorded',
    );
    expect(await axeViolations(page)).toEqual([]);
    await settle(`/students/${studentId}/plan`);
    await page.getByRole('button', { name: 'Sign version 2 as Counselor' }).click();
    await expect
      .poll(() => page.locator('main').innerText())
      .toMatch(/Reviewed by the counselor on /);
    expect(await page.locator('main').innerText()).not.toContain('Not reviewed this school year');
  });
});
