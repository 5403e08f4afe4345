/**
 * Credit agreements in the program editor, in a real browser, on the demo region's nursing
 * program: a credential-credit agreement (the credential earns a college course's credit) is added
 * by keyboard, its problems named at their fields, saved, and removed in Spanish at 320 px; and a
 * new exam-credit agreement gets its exam and lowest score by keyboard, checked at their fields.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TProgramDetail } from '../src/contracts/program-api.ts';
import { axeViolations, expectNoSideScroll, open, skipBrowserTests } from './helpers.ts';
import { NURSING, activeId, useStateEditor } from './program-pages.ts';

describe.skipIf(skipBrowserTests())("the program editor's credit agreements", () => {
  const editor = useStateEditor();
  const url = editor.url;
  let page: Page;
  beforeAll(() => {
    page = editor.page;
  });

  const agreementsOf = async (version?: string) => {
    const query = version ? `&version=${version}` : '';
    const response = await page.request.get(url(`/api/v1/programs/${NURSING}?lang=en${query}`));
    expect(response.status()).toBe(200);
    return ((await response.json()) as TProgramDetail).document.catalog.creditAgreements;
  };
  const savedVersion = async () => {
    await expect.poll(() => page.locator('.editor__outcome--ok').innerText()).toContain('ersi'); // "version" / "versión"
    return (await page.locator('.editor__outcome--ok').innerText()).match(/(\d+)/)![1];
  };
  let credited = '';

  /**
   * Opens the editor and adds an agreement by keyboard (focus on its type): its index, and its
   * fields' ids.
   */
  const addAgreement = async () => {
    await open(page, url(`/programs/${NURSING}/edit`));
    const add = page.getByRole('button', { name: 'Add a credit agreement' });
    await add.waitFor();
    const i = await page.locator('fieldset.editor-agreement').count();
    const id = (field: string) => `edit-agreement-${i}-${field}`;
    await add.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => activeId(page)).toBe(id('type'));
    return { i, id };
  };

  it('adds a credential-credit agreement by keyboard: names its problems, saves it', async () => {
    const { i, id } = await addAgreement();
    expect(await page.locator('.editor__form [role="status"]').last().innerText()).toBe(
      `Credit agreement ${i + 1} added.`,
    );
    expect(await page.locator(`#${id('secondaryCourseId')}-error`).innerText()).toContain(
      `Credit agreement ${i + 1}: High school course that earns the credit: required; fill it in.`,
    );
    // Credential credit (the last type): the credential takes the high school course's place.
    await page.keyboard.press('End');
    await expect.poll(() => page.locator(`#${id('credentialId')}`).count()).toBe(1);
    expect(await page.locator(`#${id('secondaryCourseId')}`).count()).toBe(0);
    expect(await page.locator(`label[for="${id('credentialId')}"]`).innerText()).toContain(
      'Credential that earns the credit',
    );
    expect(await page.locator(`#${id('credentialId')}`).getAttribute('aria-invalid')).toBe('true');
    for (const field of ['credentialId', 'postsecondaryCourseId']) {
      await page.keyboard.press('Tab');
      expect(await activeId(page)).toBe(id(field));
      await page.keyboard.press('ArrowDown');
    }
    credited = await page.locator(`#${id('credentialId')}`).inputValue();
    expect(credited).not.toBe('');
    await page.keyboard.press('Tab');
    expect(await activeId(page)).toBe(id('credits'));
    await page.keyboard.type('0');
    await expect
      .poll(() => page.locator(`#${id('credits')}-error`).innerText())
      .toContain(`Credit agreement ${i + 1}: College credit hours: outside the allowed range.`);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.editor__outcome--error').innerText())
      .toContain('Not saved: 1 field needs a fix');
    expect(await activeId(page)).toBe(id('credits'));
    await page.keyboard.press('Backspace');
    await page.keyboard.type('6');
    await expect.poll(() => page.locator(`#${id('credits')}-error`).count()).toBe(0);
    await page.keyboard.press('Enter');
    const stored = await agreementsOf(await savedVersion());
    expect(
      stored.filter((a) => a.credentialId === credited).map((a) => [a.type, a.credits]),
    ).toEqual([['credential_credit', 6]]);
    expect('secondaryCourseId' in stored.find((a) => a.credentialId === credited)!).toBe(false);
    await open(page, url(`/programs/${NURSING}/edit`));
    await expect.poll(() => page.locator('fieldset.editor-agreement').count()).toBe(stored.length);
  });

  it('edits agreements in Spanish at 320 px, axe-clean, and removes one by keyboard', async () => {
    const edit = `/es/programs/${NURSING}/edit`;
    await page.setViewportSize({ width: 320, height: 740 });
    try {
      await open(page, url(edit));
      const credits = page.locator('#edit-agreement-0-credits');
      await credits.waitFor();
      expect(await page.locator('label[for="edit-agreement-0-type"]').innerText()).toContain(
        'Tipo de crédito',
      );
      const before = await credits.inputValue();
      await credits.fill('tres');
      await expect
        .poll(() => page.locator('#edit-agreement-0-credits-error').innerText())
        .toContain('Acuerdo de créditos 1: Horas de créditos universitarios: no tiene la forma');
      expect(await credits.getAttribute('aria-describedby')).toBe('edit-agreement-0-credits-error');
      await expectNoSideScroll(page, edit);
      for (const violation of await axeViolations(page))
        expect.fail(`credit agreements in Spanish at 320 px: ${violation}`);
      await credits.fill(before);

      const sources = page.locator('fieldset.editor-agreement select[id$="-credentialId"]');
      const i = Number((await sources.first().getAttribute('id'))!.match(/-(\d+)-/)![1]);
      expect(await sources.first().inputValue()).toBe(credited);
      const remove = page.getByRole('button', { name: `Quitar el acuerdo de créditos ${i + 1}` });
      await remove.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => activeId(page)).toBe('edit-agreements-title');
      expect(await page.locator('.editor__form [role="status"]').last().innerText()).toBe(
        `Acuerdo de créditos ${i + 1} quitado; se elimina del catálogo al guardar.`,
      );
      await page.getByRole('button', { name: 'Guardar', exact: true }).click();
      const stored = await agreementsOf(await savedVersion());
      expect(stored.filter((a) => a.credentialId === credited)).toEqual([]);
      expect(stored.length).toBeGreaterThan(0);
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('gives a new exam-credit agreement its exam by keyboard, the score checked at its field', async () => {
    const { i, id } = await addAgreement();
    // Exam credit: the type before credential credit, the last.
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.locator(`#${id('examName')}`).count()).toBe(1);
    expect(await page.locator(`label[for="${id('examMinScore')}"]`).innerText()).toContain(
      'Lowest score that earns it',
    );
    for (const field of ['secondaryCourseId', 'postsecondaryCourseId']) {
      await page.keyboard.press('Tab');
      expect(await activeId(page)).toBe(id(field));
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Tab');
    await page.keyboard.type('3');
    await page.locator(`#${id('examName')}`).focus();
    await page.keyboard.type('AP Biology');
    await expect
      .poll(() => page.locator(`#${id('examMinScore')}-error`).innerText())
      .toContain(`Credit agreement ${i + 1}: Lowest score that earns it: required; fill it in.`);
    await page.keyboard.press('Tab');
    expect(await activeId(page)).toBe(id('examMinScore'));
    await page.keyboard.type('three');
    await expect
      .poll(() => page.locator(`#${id('examMinScore')}-error`).innerText())
      .toContain('Lowest score that earns it: not in the expected form.');
    await page.locator(`#${id('examMinScore')}`).fill('');
    await page.keyboard.type('3');
    await expect.poll(() => page.locator(`#${id('examMinScore')}-error`).count()).toBe(0);
    await page.keyboard.press('Enter');
    const stored = await agreementsOf(await savedVersion());
    expect(
      stored.filter((a) => a.exam?.name === 'AP Biology').map((a) => [a.type, a.exam]),
    ).toEqual([['exam_credit', { name: 'AP Biology', minScore: 3 }]]);
    await open(page, url(`/es/programs/${NURSING}/edit`));
    const name = page.locator(`#${id('examName')}`);
    await name.waitFor();
    expect(await name.inputValue()).toBe('AP Biology');
    expect(await page.locator(`label[for="${id('examName')}"]`).innerText()).toContain(
      'Examen que otorga el crédito',
    );
    for (const violation of await axeViolations(page))
      expect.fail(`an exam-credit agreement in Spanish: ${violation}`);
  });

  it('breaks no rule of the Content-Security-Policy on any page visited above', () => {
    expect(editor.cspErrors).toEqual([]);
  });
});
