/**
 * A step's choice of credentials in the program editor, in a real browser, on the demo region's
 * nursing program: built by keyboard (a new choice, two of the program's credentials, how many),
 * its problems named at their fields, refused then saved through the API and read back; then in
 * Spanish at 320 px without sideways scrolling, axe-clean, and removed by keyboard.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TProgramDetail } from '../src/contracts/program-api.ts';
import { axeViolations, expectNoSideScroll, open, skipBrowserTests } from './helpers.ts';
import { NURSING, activeId, useStateEditor } from './program-pages.ts';

describe.skipIf(skipBrowserTests())("the program editor's choices of credentials", () => {
  const editor = useStateEditor();
  const url = editor.url;
  let page: Page;
  beforeAll(() => {
    page = editor.page;
  });

  it('builds a choice of credentials at a step by keyboard: names its problems, saves it', async () => {
    const edit = `/programs/${NURSING}/edit`;
    await open(page, url(edit));
    const add = page.getByRole('button', { name: 'Add a choice of credentials to Grade 11' });
    await add.waitFor();
    const step = Number((await add.getAttribute('id'))!.match(/^edit-step-(\d+)-/)![1]);
    const id = `edit-step-${step}-credential-choice-0`;
    await add.focus();
    await page.keyboard.press('Enter');
    // Focus goes to the new choice's select, which says what the choice lacks.
    await expect.poll(() => activeId(page)).toBe(`${id}-add`);
    expect(await page.locator('.editor__form [role="status"]').last().innerText()).toBe(
      'Choice of credentials 1 added to Grade 11.',
    );
    await expect
      .poll(() => page.locator(`#${id}-add-error`).innerText())
      .toContain(
        'Choice of credentials 1 in Grade 11: list at least two credentials to choose from.',
      );
    expect(await page.locator(`#${id}-add`).getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(`label[for="${id}-add"]`).innerText()).toBe(
      'Credential to add to choice 1 in Grade 11',
    );

    // Two credentials: arrow to one, Tab to Add, Enter; Shift+Tab back to the select.
    const picked: string[] = [];
    for (const n of [1, 2]) {
      if (n > 1) await page.keyboard.press('Shift+Tab');
      expect(await activeId(page)).toBe(`${id}-add`);
      await page.keyboard.press('ArrowDown');
      picked.push(await page.locator(`#${id}-add`).inputValue());
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.locator(`#${id}-option-${n - 1}`).waitFor();
    }
    expect(new Set(picked).size).toBe(2);
    expect(picked).not.toContain('');
    await expect.poll(() => page.locator(`#${id}-add-error`).count()).toBe(0);
    expect(await page.locator(`#${id} .credential-choice__summary`).innerText()).toBe(
      'Earn 1 of 2',
    );

    // From Add, Tab reaches "how many"; 2 of 2 is named at the field and refuses the save.
    await page.keyboard.press('Tab');
    const choose = `${id}-choose`;
    expect(await activeId(page)).toBe(choose);
    expect(await page.locator(`label[for="${choose}"]`).innerText()).toBe(
      'How many a student earns, choice 1 in Grade 11',
    );
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2');
    await expect
      .poll(() => page.locator(`#${choose}-error`).innerText())
      .toContain('How many a student earns, choice 1 in Grade 11: write 1');
    expect(await page.locator(`#${choose}`).getAttribute('aria-invalid')).toBe('true');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.editor__outcome--error').innerText())
      .toContain('Not saved: 1 field needs a fix');
    expect(await activeId(page)).toBe(choose);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('1');
    await expect.poll(() => page.locator(`#${choose}-error`).count()).toBe(0);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.editor__outcome--ok').innerText())
      .toContain('Saved as version');
    const version = (await page.locator('.editor__outcome--ok').innerText()).match(
      /version (\d+)/,
    )![1];

    // Stored through the API: the saved draft (read as the signed-in educator) has the choice.
    const response = await page.request.get(
      url(`/api/v1/programs/${NURSING}?lang=en&version=${version}`),
    );
    expect(response.status()).toBe(200);
    const detail = (await response.json()) as TProgramDetail;
    const grade11 = detail.steps.find((s) => s.level === 'grade-11');
    expect(
      grade11?.credentialChoices?.map((c) => [c.choose, c.credentials.map((x) => x.id)]),
    ).toEqual([[1, picked]]);
    await open(page, url(edit));
    await expect.poll(() => page.locator(`#${choose}`).inputValue()).toBe('1');
  });

  it('shows the choice of credentials in Spanish at 320 px, axe-clean, and removes it by keyboard', async () => {
    const edit = `/es/programs/${NURSING}/edit`;
    const id = await page.locator('fieldset.credential-choice').first().getAttribute('id');
    expect(id).toMatch(/^edit-step-\d+-credential-choice-0$/);
    const step = id!.match(/^edit-step-(\d+)-/)![1];
    await page.setViewportSize({ width: 320, height: 740 });
    try {
      await open(page, url(edit));
      const label = page.locator(`label[for="${id}-choose"]`);
      await label.waitFor();
      expect(await label.innerText()).toBe('Cuántas obtiene el estudiante, opción 1 en 11.º grado');
      await page.locator(`#${id}-choose`).fill('x');
      await expect
        .poll(() => page.locator(`#${id}-choose-error`).innerText())
        .toContain('escribe 1 (el estudiante obtiene menos credenciales de las incluidas)');
      await expectNoSideScroll(page, edit);
      for (const violation of await axeViolations(page))
        expect.fail(`choice of credentials in Spanish at 320 px: ${violation}`);

      const remove = page.getByRole('button', {
        name: 'Quitar la opción de credenciales 1 de 11.º grado',
      });
      await remove.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator(`#${id}`).count()).toBe(0);
      expect(await activeId(page)).toBe(`edit-step-${step}-add-credential-choice`);
      expect(await page.locator('.editor__form [role="status"]').last().innerText()).toBe(
        'Opción de credenciales 1 quitada de 11.º grado.',
      );
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('breaks no rule of the Content-Security-Policy on any page visited above', () => {
    expect(editor.cspErrors).toEqual([]);
  });
});
