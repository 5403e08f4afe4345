/**
 * The imports page in a real browser, by keyboard (the file itself is set as a person's file
 * dialog would): the demo district admin checks a made-up roster (counts, nothing written), then
 * imports it; checks a transcript with an error line (the refusal names the line, nothing
 * written), then the corrected file (a transfer line counted as an elective, with why) and
 * imports it. A file chosen again after the check turns Import off until checked again. The
 * same in Spanish with pasted text. axe in both languages, 320 px, print, no console errors
 * but the refused check's own 400; a counselor gets the refusal other admin pages show.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  expectNoSideScroll,
  open,
  screenshot,
  signInDemoStaff,
  skipBrowserTests,
  type TestApp,
  useBrowserApp,
} from './helpers.ts';

const DANA = 'district@demo.wayfinder.test';
const COUNSELOR = 'counselor@demo.wayfinder.test';
const ROSTER_HEADER = 'student_id,school_id,first_name,last_name,email,grade_level,graduation_year';
const TRANSCRIPT_HEADER =
  'student_id,school_id,school_year,term,course_code,course_title,sced_code,credits_attempted,credits_earned,letter_grade,result,earned_at';

const csv = (header: string, rows: string[]) => `${[header, ...rows].join('\n')}\n`;
const roster = (prefix: string) =>
  csv(ROSTER_HEADER, [
    `${prefix}-1,rhs,Rosa,Imports,${prefix.toLowerCase()}-1@example.test,10,2028`,
    `${prefix}-2,rhs,Tomas,Imports,${prefix.toLowerCase()}-2@example.test,11,2027`,
  ]);
/** Line 3 is the error (credits earned "lots") when `broken`; line 4 is from another school. */
const transcript = (prefix: string, broken: boolean) =>
  csv(TRANSCRIPT_HEADER, [
    `${prefix}-1,rhs,2025-26,fall,ZZ 101,Imports Seminar,,1,1,A,pass,`,
    `${prefix}-2,rhs,2025-26,fall,ZZ 101,Imports Seminar,,1,${broken ? 'lots' : '1'},B,pass,`,
    `${prefix}-2,,2024-25,spring,,Underwater Basket Weaving,,1,1,A,pass,Valley College`,
  ]);

describe.skipIf(skipBrowserTests())('the imports page in a browser', () => {
  const suite = useBrowserApp();
  let app: TestApp;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(() => {
    ({ app, page } = suite);
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(e.message));
  });
  const url = (address: string) => `${app.url}${address}`;
  const students = async (prefix: string) =>
    (
      await app.runtime.database.db
        .selectFrom('student')
        .select('local_id')
        .where('local_id', 'like', `${prefix}-%`)
        .execute()
    ).length;
  const press = async (name: string) => {
    await page.getByRole('button', { name, exact: true }).focus();
    await page.keyboard.press('Enter');
  };
  const chooseFile = (name: string, text: string) =>
    page
      .locator('#imports-file')
      .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  const result = () => page.locator('.import-result');
  const focusedId = () => page.evaluate(() => document.activeElement?.id);

  it('checks, then imports a roster and a transcript by keyboard, in English', async () => {
    await signInDemoStaff(page, app.url, DANA);
    await open(page, url('/account'));
    await page.getByRole('link', { name: 'Import student records' }).click();
    await page.waitForURL(url('/admin/imports'));
    await expect.poll(() => page.locator('main h1').innerText()).toBe('Import student records');
    expect(await axeViolations(page), '/admin/imports').toEqual([]);

    // Import is off until a check passes.
    const importButton = page.getByRole('button', { name: 'Import', exact: true });
    expect(await importButton.isDisabled()).toBe(true);
    await press('Check');
    await expect
      .poll(() => page.locator('#imports-file-error').innerText())
      .toBe('Choose a CSV file.');
    expect(await focusedId()).toBe('imports-file');

    await chooseFile('roster.csv', roster('IMP'));
    await press('Check');
    await expect
      .poll(() => result().locator('h2').innerText())
      .toBe('Check result: nothing saved yet');
    expect(await focusedId()).toBe('import-result-title');
    expect(await result().locator('.import-counts').innerText()).toMatch(
      /Rows read\s+2\s+Added\s+2\s+Changed\s+0\s+Already up to date\s+0\s+Refused\s+0/,
    );
    expect(await students('IMP')).toBe(0);
    expect(await axeViolations(page), '/admin/imports checked').toEqual([]);

    // The same file chosen again (perhaps edited since): check again first.
    await chooseFile('roster.csv', roster('IMP'));
    expect(await importButton.isDisabled()).toBe(true);
    expect(await page.locator('#imports-import-note').innerText()).toBe(
      'The file or your choices changed after the check. Check again before importing.',
    );
    await press('Check');
    await expect.poll(() => importButton.isDisabled()).toBe(false);
    await press('Import');
    await expect.poll(() => result().locator('h2').innerText()).toBe('Imported');
    expect(await students('IMP')).toBe(2);
    expect(await importButton.isDisabled()).toBe(true);

    // A transcript with an error line: refused, naming the line, nothing written.
    await page.getByLabel('Transcripts (courses taken)').check();
    await page.getByLabel('Lowest passing letter').fill('D');
    await chooseFile('transcript.csv', transcript('IMP', true));
    await press('Check');
    const refused = page.locator('.import-result--refused');
    await refused.waitFor();
    expect(await refused.locator('h2').innerText()).toBe('The file was refused');
    expect(await refused.locator('.import-problem__place').innerText()).toMatch(/^Line 3, column/);
    expect(await refused.locator('.import-problem').innerText()).toContain('transcripts.csv:3:');
    expect(await importButton.isDisabled()).toBe(true);
    expect(await axeViolations(page), '/admin/imports refused').toEqual([]);

    await chooseFile('transcript.csv', transcript('IMP', false));
    await press('Check');
    await expect
      .poll(() => result().locator('h2').innerText())
      .toBe('Check result: nothing saved yet');
    const text = await result().innerText();
    expect(text).toContain('Transfer courses counted as electives');
    expect(text).toContain('this district’s catalog has no course with that title');
    expect(text).toContain('1 line counts as an elective.');
    const electives = page.getByRole('region', { name: 'Transfer courses counted as electives' });
    expect(await electives.locator('tbody tr').innerText()).toMatch(
      /^4\s+Underwater Basket Weaving\s+0$/,
    );
    expect(await axeViolations(page), '/admin/imports electives').toEqual([]);
    await screenshot(page, 'admin-imports');
    await press('Import');
    await expect.poll(() => result().locator('h2').innerText()).toBe('Imported');
    expect(await result().locator('.import-counts').innerText()).toMatch(/Rows read\s+3/);
  });

  it('is the same in Spanish with pasted text, fits 320 px and prints the result alone', async () => {
    await open(page, url('/es/admin/imports'));
    await expect
      .poll(() => page.locator('main h1').innerText())
      .toBe('Importar registros de estudiantes');
    await page.getByLabel('Texto que pego').check();
    await page.getByLabel('Texto CSV').fill(roster('ESP'));
    await press('Revisar');
    await expect
      .poll(() => result().locator('h2').innerText())
      .toBe('Resultado de la revisión: aún no se guardó nada');
    expect(await result().locator('.import-counts').innerText()).toMatch(/Añadidas\s+2/);
    expect(await axeViolations(page), '/es/admin/imports checked').toEqual([]);
    await press('Importar');
    await expect.poll(() => result().locator('h2').innerText()).toBe('Importado');
    expect(await students('ESP')).toBe(2);

    await page.getByLabel('Expedientes académicos (cursos tomados)').check();
    await page.getByLabel('Texto CSV').fill(transcript('ESP', true));
    await press('Revisar');
    const refused = page.locator('.import-result--refused');
    await refused.waitFor();
    expect(await refused.locator('.import-problem__place').innerText()).toMatch(
      /^Línea 3, columna/,
    );
    expect(await refused.locator('.import-problem').innerText()).toContain('no se importó nada');
    expect(await axeViolations(page), '/es/admin/imports refused').toEqual([]);

    await page.getByLabel('Texto CSV').fill(transcript('ESP', false));
    await press('Revisar');
    await expect
      .poll(() => result().innerText())
      .toContain('Cursos transferidos que cuentan como optativos');
    expect(await axeViolations(page), '/es/admin/imports electives').toEqual([]);
    await press('Importar');
    await expect.poll(() => result().locator('h2').innerText()).toBe('Importado');

    await page.setViewportSize({ width: 320, height: 700 });
    try {
      await expectNoSideScroll(page, '/es/admin/imports');
      await screenshot(page, 'admin-imports-320-es');
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await result().isVisible()).toBe(true);
      expect(await page.locator('.imports-page form').isVisible()).toBe(false);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
    // Only the refused checks' own answers (400) reached the console.
    expect(consoleErrors.filter((e) => !/status of 400/.test(e))).toEqual([]);
  });

  it('pages a long list of transfer lines counted as electives, by keyboard', async () => {
    const many = csv(
      TRANSCRIPT_HEADER,
      Array.from(
        { length: 120 },
        (_, i) => `IMP-1,,2024-25,spring,,Made-up Elective ${i + 1},,1,1,A,pass,Valley College`,
      ),
    );
    await open(page, url('/admin/imports'));
    await page.getByLabel('Transcripts (courses taken)').check();
    await chooseFile('many.csv', many);
    await press('Check');
    await expect.poll(() => result().innerText()).toContain('120 lines count as electives.');
    const rows = page
      .getByRole('region', { name: 'Transfer courses counted as electives' })
      .locator('tbody tr');
    expect(await rows.count()).toBe(50);
    const pager = page.getByRole('navigation', { name: 'Pages of the list' });
    expect(await pager.getByRole('status').innerText()).toBe('Showing 1–50 of 120');
    await press('Next');
    await press('Next');
    expect(await pager.getByRole('status').innerText()).toBe('Showing 101–120 of 120');
    expect(await rows.count()).toBe(20);
    expect(await rows.first().innerText()).toMatch(/^102\s+Made-up Elective 101\s+0$/);
    expect(await page.getByRole('button', { name: 'Next', exact: true }).isDisabled()).toBe(true);
    // Next turned off at the end: the keyboard's focus went to Previous.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Previous');
    expect(await axeViolations(page), '/admin/imports paged').toEqual([]);
  });

  it('shows a counselor the refusal other admin pages show', async () => {
    await page.context().clearCookies();
    await signInDemoStaff(page, app.url, COUNSELOR);
    await open(page, url('/admin/imports'));
    expect(await page.locator('main .notice').innerText()).toBe(
      (await import('../src/web/i18n.ts')).messages.en.adminRefused,
    );
    expect(await page.locator('#imports-file').count()).toBe(0);
  });
});
