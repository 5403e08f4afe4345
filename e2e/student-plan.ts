/**
 * For the plan files: the demo student signed in through the API (the browser keeps the
 * session), an approved test program imported, and the student's plan started from it the way a
 * student gets there (from /me's plan link).
 */
import { beforeAll, expect } from 'vitest';
import { DEMO_PASSWORD } from '../src/services/accounts/seed-demo.ts';
import { importPrograms } from '../src/services/programs/import-programs.ts';
import { SYSTEM } from '../src/services/programs/program-access.ts';
import { open, type BrowserApp } from './helpers.ts';

type ProgramFile = Parameters<typeof importPrograms>[2][number]['file'];

export function useStudentPlan(suite: BrowserApp, file: ProgramFile, programId: string) {
  let csrf = '';
  /** Opens a page and waits until nothing on it is loading. */
  const settle = async (address: string) => {
    await open(suite.page, suite.url(address));
    await suite.page.waitForFunction(() => !document.querySelector('p.status'), null, {
      timeout: 15_000,
    });
  };
  beforeAll(async () => {
    await importPrograms(suite.app.runtime.programs, SYSTEM, [{ source: 'test', file }], {
      approve: true,
    });
    await suite.browser.clearCookies();
    const response = await suite.browser.request.post(suite.url('/api/v1/auth/sign-in'), {
      data: { email: 'student@demo.wayfinder.test', password: DEMO_PASSWORD },
    });
    expect(response.status(), await response.text()).toBe(200);
    csrf = ((await response.json()) as { csrfToken: string }).csrfToken;
  });
  /** From /me to the student's plan page, then the plan started from the program: the student's id. */
  const startPlan = async (): Promise<string> => {
    const { page } = suite;
    await settle('/me');
    await page.getByRole('link', { name: 'See and edit your learning plan' }).click();
    await page.waitForURL(/\/students\/[^/]+\/plan$/);
    const studentId = decodeURIComponent(/students\/([^/]+)\/plan/.exec(page.url())![1]!);
    const started = await suite.browser.request.post(
      suite.url(`/api/v1/students/${encodeURIComponent(studentId)}/plan`),
      { data: { programId }, headers: { 'x-csrf-token': csrf } },
    );
    expect(started.status(), await started.text()).toBe(201);
    return studentId;
  };
  return { settle, startPlan };
}
