/**
 * What the program-of-study browser tests share: the demo programs they open, two page readers,
 * and signing in as the demo state admin, who may save any organization's programs (with a
 * browser and app of their own, for the editor's tests).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, expect } from 'vitest';
import { totpCode } from '../src/domain/auth/totp.ts';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../src/services/accounts/seed-demo.ts';
import { nursingWithCredentialOptions } from '../src/domain/program/test-factories-nursing.ts';
import { SYSTEM } from '../src/services/programs/program-access.ts';
import { saveProgram } from '../src/services/programs/save-program.ts';
import { useBrowserApp, type TestApp } from './helpers.ts';

export const SOFTWARE = 'riverside-software-development';
export const NURSING = 'riverside-nursing';

export const heading = (page: Page) => page.locator('main h1').innerText();
export const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Signs the browser in as the demo state admin; returns the session's CSRF token. */
export async function signInAsState(browser: BrowserContext, base: string): Promise<string> {
  const signIn = await browser.request.post(`${base}/api/v1/auth/sign-in`, {
    data: {
      email: 'state@demo.wayfinder.test',
      password: DEMO_PASSWORD,
      totpCode: totpCode(DEMO_TOTP_SECRET, new Date()),
    },
  });
  expect(signIn.status(), await signIn.text()).toBe(200);
  return ((await signIn.json()) as { csrfToken: string }).csrfToken;
}

/**
 * A browser and app of the suite's own, signed in as the demo state admin before its tests: the
 * page, addresses on the app, and the Content-Security-Policy errors the browser reported.
 */
export function useStateEditor() {
  const suite = useBrowserApp();
  beforeAll(async () => {
    await signInAsState(suite.browser, suite.app.url);
  });
  return {
    get page(): Page {
      return suite.page;
    },
    url: (address: string) => `${suite.app.url}${address}`,
    cspErrors: suite.cspErrors,
  };
}

/**
 * Saves the nursing program whose college course HCA 110 gives credit for the CNA credential
 * (`nursingWithCredentialOptions`), as 'nursing-options': /courses/hca-110 and /credentials/cna.
 */
export async function saveNursingWithCredentialOptions(app: TestApp): Promise<void> {
  const file = nursingWithCredentialOptions();
  await saveProgram(app.runtime.programs, SYSTEM, {
    mode: 'create',
    id: 'nursing-options',
    program: file.program,
    catalog: file.catalog,
  });
}
