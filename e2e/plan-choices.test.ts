/**
 * A plan started from a program whose steps offer choices ("choose 1 of 2"), in a real browser:
 * the plan takes the first option of each; the student picks the other one in the editor with
 * the arrow keys, the live checks give the reason it now needs (the capstone's prerequisite),
 * the saved plan shows the pick in its grade and in its list of choices. The editor and the plan
 * page are axe-clean in English and Spanish and do not scroll sideways at 320 px.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHOICES_PROGRAM_ID, programWithChoicesFile } from '../test/program-with-choices.ts';
import {
  axeViolations,
  expectNoSideScroll,
  screenshot,
  skipBrowserTests,
  useBrowserApp,
} from './helpers.ts';
import { useStudentPlan } from './student-plan.ts';

describe.skipIf(skipBrowserTests())('a plan with choices of courses, in a browser', () => {
  const suite = useBrowserApp();
  let page: Page;
  let studentId = '';
  const { settle, startPlan } = useStudentPlan(suite, programWithChoicesFile, CHOICES_PROGRAM_ID);

  beforeAll(() => {
    page = suite.page;
  });

  it('places the first option, and lets the student pick the other by keyboard', async () => {
    studentId = await startPlan();
    await settle(`/students/${studentId}/plan`);
    const grid = page.locator('.plan-grid');
    expect(await grid.innerText()).toContain('Web Design and Development');
    expect(await grid.innerText()).not.toContain('AP Computer Science A');

    await settle(`/students/${studentId}/plan/edit`);
    const choice = page.getByRole('group', { name: 'Grade 11: Choose 1 of 2' });
    const web = choice.getByRole('radio', { name: /^Web Design and Development/ });
    const csa = choice.getByRole('radio', { name: /^AP Computer Science A/ });
    expect(await web.isChecked()).toBe(true);
    expect(await choice.innerText()).toContain('Picked: 1.');
    const live = page.getByTestId('live-checks');
    expect(await live.innerText()).toBe('No problems found.');
    await web.focus();
    await page.keyboard.press('ArrowDown');
    expect(await csa.isChecked()).toBe(true);
    await expect
      .poll(() => live.innerText())
      .toContain('Software Development Capstone needs Web Design and Development first');
    // The pick is a course row of grade 11, which can be moved or removed as any other.
    await page.getByRole('group', { name: 'AP Computer Science A, grade 11' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'plan-editor-choices');
    await page.getByRole('button', { name: 'Save the plan' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.plan-status').innerText())
      .toContain('Saved as version 1.');

    await settle(`/students/${studentId}/plan`);
    const grade11 = grid
      .locator('.plan-year')
      .filter({ has: page.getByRole('heading', { name: 'Grade 11' }) });
    expect(await grade11.innerText()).toContain('AP Computer Science A');
    expect(await grade11.innerText()).not.toContain('Web Design and Development');
    // The capstone's reason stays on the plan until web development is planned before it.
    expect(await grid.innerText()).toContain('needs Web Design and Development first');
    const choices = page.locator('.plan-choices');
    expect(await choices.innerText()).toContain('AP Computer Science A (CTE-IT-310): picked');
    expect(await choices.innerText()).not.toContain('Still to pick');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('is in Spanish on the Spanish page, axe-clean, and fits 320 px', async () => {
    await settle(`/es/students/${studentId}/plan/edit`);
    const choice = page.getByRole('group', { name: /^12\.º grado: Elige 1 de 2/ });
    expect(await choice.innerText()).toContain('Estudios sociales');
    expect(await page.locator('.plan-edit-choices legend').first().innerText()).toBe(
      'Cursos a elegir',
    );
    expect(await axeViolations(page)).toEqual([]);
    await settle(`/es/students/${studentId}/plan`);
    expect(await page.locator('.plan-choices').innerText()).toContain(
      'AP Ciencias de la Computación A (CTE-IT-310): elegido',
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 720 });
    try {
      for (const address of [
        `/students/${studentId}/plan/edit`,
        `/es/students/${studentId}/plan/edit`,
        `/es/students/${studentId}/plan`,
      ]) {
        await settle(address);
        await expectNoSideScroll(page, address);
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });
});
