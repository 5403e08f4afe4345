/**
 * The console-clean walk (see console-clean.test.ts) for more people: the demo guardian (home,
 * their student's plan and progress pages), the district and state admins (the admin pages their
 * home reaches) and the plan editor, for a student without a plan and with one, in English and
 * Spanish. Every console error, uncaught page error and error answer fails, with what and where.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/services/accounts/seed-demo.ts';
import { importPrograms } from '../src/services/programs/import-programs.ts';
import { SYSTEM } from '../src/services/programs/program-access.ts';
import { CHOICES_PROGRAM_ID, programWithChoicesFile } from '../test/program-with-choices.ts';
import { watchConsole } from './console-watch.ts';
import { open, signInDemoStaff, skipBrowserTests, useBrowserApp } from './helpers.ts';

describe.skipIf(skipBrowserTests())('no console errors: guardians, admins, the plan editor', () => {
  const suite = useBrowserApp();
  let page: Page;
  let problems: string[];
  let studentId = '';
  const url = (address: string) => suite.url(address);

  /** Opens a page and waits until it has drawn its heading and asked for nothing more. */
  async function visit(address: string) {
    await open(page, url(address));
    await page.waitForLoadState('networkidle');
  }

  async function signIn(email: string) {
    await page.context().clearCookies();
    const res = await page.request.post(url('/api/v1/auth/sign-in'), {
      data: { email, password: DEMO_PASSWORD },
    });
    expect(res.status(), await res.text()).toBe(200);
    return (await res.json()) as { user: { id: string }; csrfToken: string };
  }

  beforeAll(async () => {
    page = await suite.browser.newPage();
    problems = watchConsole(page);
    studentId = (await signIn('student@demo.wayfinder.test')).user.id;
  });

  it('the plan editor of a student without a plan says so', async () => {
    for (const [prefix, text] of [
      ['', 'There is no plan yet.'],
      ['/es', 'Todavía no hay un plan.'],
    ] as const) {
      await visit(`${prefix}/students/${studentId}/plan/edit`);
      expect(await page.locator('main').innerText()).toContain(text);
    }
    expect(problems).toEqual([]);
  });

  it("the guardian: home, their student's plan and progress", async () => {
    await signIn('guardian@demo.wayfinder.test');
    for (const prefix of ['', '/es']) {
      await visit(`${prefix}/me`);
      await visit(`${prefix}/students/${studentId}/plan`);
      await visit(`${prefix}/students/${studentId}/progress`);
    }
    expect(problems).toEqual([]);
  });

  for (const email of ['district@demo.wayfinder.test', 'state@demo.wayfinder.test']) {
    it(`${email}: home and the admin pages`, async () => {
      await page.context().clearCookies();
      await signInDemoStaff(page, suite.app.url, email);
      for (const prefix of ['', '/es']) {
        for (const address of [
          '/me',
          '/admin/users',
          '/admin/exports',
          '/admin/imports',
          '/admin/links',
          '/reports/perkins',
          '/programs',
        ])
          await visit(`${prefix}${address}`);
      }
      expect(problems).toEqual([]);
    });
  }

  it('the plan editor of a student with a plan shows the form; their guardian reads it', async () => {
    await importPrograms(
      suite.app.runtime.programs,
      SYSTEM,
      [{ source: 'test', file: programWithChoicesFile }],
      { approve: true },
    );
    const { csrfToken } = await signIn('student@demo.wayfinder.test');
    const started = await page.request.post(url(`/api/v1/students/${studentId}/plan`), {
      data: { programId: CHOICES_PROGRAM_ID },
      headers: { 'x-csrf-token': csrfToken },
    });
    expect(started.status(), await started.text()).toBe(201);
    for (const prefix of ['', '/es']) {
      await visit(`${prefix}/students/${studentId}/plan/edit`);
      await page.locator('main form').first().waitFor();
    }
    // Their guardian reads the plan, its progress and the (read-only) editor.
    await signIn('guardian@demo.wayfinder.test');
    for (const prefix of ['', '/es'])
      for (const tail of ['plan', 'progress', 'plan/edit'])
        await visit(`${prefix}/students/${studentId}/${tail}`);
    expect(problems).toEqual([]);
  });
});
