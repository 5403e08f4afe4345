/**
 * A plan started from a program whose steps offer choices of credentials ("earn 1 of"), in a real
 * browser: the plan shows each choice, grade 10 and college year 1, with its first option picked;
 * the student picks the other options in the editor with the arrow keys and saves by keyboard; the
 * plan then shows the new picks, and a credential's college credit (credential credit) with its
 * agreement's dates. The editor and the plan page are axe-clean in English and Spanish
 * and do not scroll sideways at 320 px.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CREDENTIAL_CHOICES_PROGRAM_ID,
  programWithCredentialChoicesFile,
} from '../test/program-with-credential-choices.ts';
import {
  axeViolations,
  expectNoSideScroll,
  screenshot,
  skipBrowserTests,
  useBrowserApp,
} from './helpers.ts';
import { useStudentPlan } from './student-plan.ts';

describe.skipIf(skipBrowserTests())('a plan with choices of credentials, in a browser', () => {
  const suite = useBrowserApp();
  let page: Page;
  let studentId = '';
  const { settle, startPlan } = useStudentPlan(
    suite,
    programWithCredentialChoicesFile,
    CREDENTIAL_CHOICES_PROGRAM_ID,
  );
  // A year's section, by its heading: "Grade 10", or "Postsecondary year 1" with or without its
  // term ("Postsecondary year 1 · fall"); a year's choices show under its first term.
  const year = (name: string) =>
    page.locator('.plan-year').filter({
      has: page.getByRole('heading', {
        name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( · |$)`),
      }),
    });

  beforeAll(() => {
    page = suite.page;
  });

  it('picks the first options, and lets the student pick others by keyboard', async () => {
    studentId = await startPlan();
    await settle(`/students/${studentId}/plan`);
    expect(await year('Grade 10').innerText()).toMatch(/Earn 1 of 2 \(Python\):/);
    expect(await year('Grade 10').locator('.plan-picked').innerText()).toMatch(/PCAP.*picked/s);
    // PCAP would bring CS 161's credit, dated by its agreement; PCEP's agreement has ended.
    const grade10 = await year('Grade 10').innerText();
    expect(grade10).toMatch(
      /PCAP[^\n]*picked\n⇄ Credential credit transfers to CS 161 \(4 cr\) at [^\n]* · agreement in force from July 1, 2025 to June 30, 2099/,
    );
    expect(grade10).not.toMatch(/PCEP[^\n]*\n⇄/);
    expect(await year('Postsecondary year 1').locator('.plan-picked').innerText()).toMatch(
      /Cloud certificate 1/,
    );

    await settle(`/students/${studentId}/plan/edit`);
    const python = page.getByRole('group', { name: /^Grade 10: Earn 1 of 2/ });
    const pcap = python.getByRole('radio', { name: /PCAP/ });
    const pcep = python.getByRole('radio', { name: /PCEP/ });
    expect(await pcap.isChecked()).toBe(true);
    await pcap.focus();
    await page.keyboard.press('ArrowDown');
    expect(await pcep.isChecked()).toBe(true);
    const cloud = page.getByRole('group', { name: /^Postsecondary year 1: Earn 1 of 2/ });
    await cloud.getByRole('radio', { name: /Cloud certificate 1/ }).focus();
    await page.keyboard.press('ArrowDown');
    expect(await cloud.getByRole('radio', { name: /Cloud certificate 2/ }).isChecked()).toBe(true);
    expect(await cloud.innerText()).toContain('Picked: 1.');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'plan-editor-credential-choices');
    await page.getByRole('button', { name: 'Save the plan' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.plan-status').innerText()).toMatch(/Saved as version/);

    await settle(`/students/${studentId}/plan`);
    expect(await year('Grade 10').locator('.plan-picked').innerText()).toMatch(/PCEP/);
    expect(await year('Grade 10').locator('.plan-picked').innerText()).not.toMatch(/PCAP/);
    expect(await year('Postsecondary year 1').locator('.plan-picked').innerText()).toMatch(
      /Cloud certificate 2/,
    );
    expect(await axeViolations(page)).toEqual([]);
  });

  it('is in Spanish on the Spanish page, axe-clean, and fits 320 px', async () => {
    await settle(`/es/students/${studentId}/plan/edit`);
    const python = page.getByRole('group', { name: /^10\.º grado: Obtén 1 de 2/ });
    expect(await python.innerText()).toContain('Elegidas: 1.');
    expect(await axeViolations(page)).toEqual([]);
    await settle(`/es/students/${studentId}/plan`);
    expect(await year('Educación superior, año 1').locator('.plan-picked').innerText()).toMatch(
      /Certificado de nube 2.*elegida/s,
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
