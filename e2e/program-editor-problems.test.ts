/**
 * The program editor says what is wrong, where it is, by keyboard only, in English and Spanish:
 * a cleared required field and a malformed CIP code get an inline message, aria-invalid and
 * aria-describedby, and a finding in the live panel; a refused save moves focus to the first bad
 * field; below 1024 px a summary at the top links to each field; step sections name their grade,
 * and Add with nothing chosen says why. axe in both languages, with the problems showing.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  expectNoSideScroll,
  open,
  skipBrowserTests,
  type TestApp,
  useBrowserApp,
} from './helpers.ts';

const EDIT = '/programs/riverside-software-development/edit';
const focused = (page: Page) =>
  page.evaluate(() => ({
    id: document.activeElement?.id ?? '',
    text: document.activeElement?.textContent ?? '',
  }));
const attr = (page: Page, id: string, name: string) => page.locator(`#${id}`).getAttribute(name);

/** Presses Tab until the focused element has this id (or, for `text:…`, this text). */
async function tabTo(page: Page, target: string, max = 400): Promise<void> {
  const reached = async () => {
    const now = await focused(page);
    return target.startsWith('text:') ? now.text === target.slice(5) : now.id === target;
  };
  for (let i = 0; i < max && !(await reached()); i++) await page.keyboard.press('Tab');
  expect(await reached(), `Tab reaches ${target}`).toBe(true);
}

async function clearAndType(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  if (text) await page.keyboard.type(text);
}

describe.skipIf(skipBrowserTests())('the program editor names each problem at its field', () => {
  let app: TestApp;
  let page: Page;
  const suite = useBrowserApp();
  const url = (address: string) => `${app.url}${address}`;

  beforeAll(() => {
    ({ app, page } = suite);
  });

  it('marks a cleared title and a malformed CIP code inline and in the panel; a refused save goes to the first', async () => {
    await open(page, url(EDIT));
    expect(await page.locator('.editor__required-note').innerText()).toBe(
      'Fields marked * are required.',
    );
    await tabTo(page, 'edit-title-en');
    await clearAndType(page, '');
    await expect
      .poll(() => page.locator('#edit-title-en-error').innerText())
      .toContain('Title in English: required; fill it in.');
    expect(await attr(page, 'edit-title-en', 'aria-invalid')).toBe('true');
    expect(await attr(page, 'edit-title-en', 'aria-describedby')).toBe('edit-title-en-error');

    await tabTo(page, 'edit-cip');
    await clearAndType(page, '11.02');
    await expect
      .poll(() => page.locator('#edit-cip-error').innerText())
      .toContain('CIP code: write six digits with a dot, such as 11.0201.');
    expect(await attr(page, 'edit-cip', 'aria-invalid')).toBe('true');
    expect(await attr(page, 'edit-cip', 'aria-describedby')).toBe('edit-cip-hint edit-cip-error');

    const panel = page.locator('.findings');
    // The two errors typed above; the demo program's one warning (an occupation outside its
    // pathway, checked since the occupation-fit rule runs on save) stays beside them.
    expect(await panel.locator('.findings__count').innerText()).toMatch(
      /^2 errors, \d+ warnings?$/,
    );
    expect(await panel.innerText()).toContain('schema.required');
    expect(await panel.innerText()).toContain('schema.format');

    // Save by keyboard: refused before sending, in the page's words, focus on the first bad field.
    await tabTo(page, 'text:Save');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.editor__outcome--error').innerText())
      .toBe('Not saved: 2 fields need a fix; they are marked in the form.');
    expect((await focused(page)).id).toBe('edit-title-en');

    for (const violation of await axeViolations(page)) expect.fail(`editor, EN: ${violation}`);
  });

  it('names the grade in step headings and buttons, and says why Add needs a choice', async () => {
    await open(page, url(EDIT));
    expect(await page.locator('.step-editor').nth(1).locator('h3').first().innerText()).toBe(
      'Courses in Grade 10',
    );
    await tabTo(page, 'edit-step-1-add-course');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Add course to Grade 10');
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('edit-step-1-add-course');
    expect(await page.locator('#edit-step-1-add-course-error').innerText()).toContain(
      'Choose one in the list first, then press “Add course to Grade 10”.',
    );
    expect(await attr(page, 'edit-step-1-add-course', 'aria-invalid')).toBe('true');
    expect(await attr(page, 'edit-step-1-add-course', 'aria-describedby')).toBe(
      'edit-step-1-add-course-error',
    );
    // Choosing something clears it.
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('#edit-step-1-add-course-error').count()).toBe(0);
  });

  it('below 1024 px lists the findings at the top, each a link to its field', async () => {
    await page.setViewportSize({ width: 800, height: 900 });
    try {
      await open(page, url(EDIT));
      const summary = page.locator('.editor__summary');
      const cipLink = summary.getByRole('link', { name: /CIP code: write six digits/ });
      expect(await cipLink.count()).toBe(0);
      await tabTo(page, 'edit-cip');
      await clearAndType(page, '1234');
      await summary.waitFor();
      expect(await summary.isVisible()).toBe(true);
      await cipLink.waitFor();
      expect(await cipLink.getAttribute('href')).toBe('#edit-cip');
      await tabTo(page, 'edit-title-en');
      await page.keyboard.press('Shift+Tab');
      // From the top of the form, Shift+Tab walks back into the summary's link.
      for (let i = 0; i < 5 && !(await cipLink.evaluate((a) => a === document.activeElement)); i++)
        await page.keyboard.press('Shift+Tab');
      expect(await cipLink.evaluate((a) => a === document.activeElement)).toBe(true);
      await page.keyboard.press('Enter');
      expect((await focused(page)).id).toBe('edit-cip');

      await page.setViewportSize({ width: 320, height: 800 });
      await expectNoSideScroll(page, `${EDIT} with findings, 320 px`);
      await page.setViewportSize({ width: 1280, height: 900 });
      expect(await summary.isVisible()).toBe(false);
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('says it all in Spanish on the Spanish page', async () => {
    await open(page, url(`/es${EDIT}`));
    await tabTo(page, 'edit-title-en');
    await clearAndType(page, '');
    await expect
      .poll(() => page.locator('#edit-title-en-error').innerText())
      .toContain('Título en inglés: obligatorio; rellénalo.');
    await tabTo(page, 'edit-occupation-0-soc');
    await clearAndType(page, '15-12');
    await expect
      .poll(() => page.locator('#edit-occupation-0-soc-error').innerText())
      .toContain('Ocupación 1: Código SOC: escribe un código SOC como 15-1252 o 15-1252.00.');
    expect(await page.locator('h3', { hasText: 'Cursos de 10.º grado' }).count()).toBe(1);
    await tabTo(page, 'text:Guardar');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.editor__outcome--error').innerText())
      .toBe('No se guardó: 2 campos necesitan una corrección; están marcados en el formulario.');
    expect((await focused(page)).id).toBe('edit-title-en');
    for (const violation of await axeViolations(page)) expect.fail(`editor, ES: ${violation}`);
  });
});
