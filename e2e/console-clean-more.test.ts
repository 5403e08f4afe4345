/**
 * The console-clean walk (see console-clean.test.ts) over the pages the other walks leave out:
 * a visitor's search, occupation, course, credential and CIP pages; the counselor's caseload,
 * a student's what-if page and the account page; the district admin's audit log and program
 * pages, each in English and Spanish, its main content drawn. Every console error, uncaught page
 * error and error answer fails, with what and where.
 */
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/services/accounts/seed-demo.ts';
import { watchConsole } from './console-watch.ts';
import { open, signInDemoStaff, skipBrowserTests, useBrowserApp } from './helpers.ts';
import { saveNursingWithCredentialOptions } from './program-pages.ts';

describe.skipIf(skipBrowserTests())(
  'no console errors: the pages the other walks leave out',
  () => {
    const suite = useBrowserApp();
    let page: Page;
    let problems: string[];
    let studentId = '';
    const url = (address: string) => suite.url(address);
    const PREFIXES = ['', '/es'] as const;

    /** Opens a page, waits for its heading and for it to ask for nothing more. */
    async function visit(address: string, drawn = 'main h1') {
      await open(page, url(address));
      await page.locator(drawn).first().waitFor();
      await page.waitForLoadState('networkidle');
    }

    /** The address of the first link of `selector` in the main content. */
    async function hrefOf(selector: string): Promise<string> {
      const href = await page.locator(`main ${selector}`).first().getAttribute('href');
      expect(href, selector).toBeTruthy();
      return href!;
    }

    beforeEach(() => {
      problems.length = 0;
    });

    beforeAll(async () => {
      page = await suite.browser.newPage();
      problems = watchConsole(page);
      await saveNursingWithCredentialOptions(suite.app);
      const res = await page.request.post(url('/api/v1/auth/sign-in'), {
        data: { email: 'student@demo.wayfinder.test', password: DEMO_PASSWORD },
      });
      expect(res.status(), await res.text()).toBe(200);
      studentId = ((await res.json()) as { user: { id: string } }).user.id;
      await page.context().clearCookies();
    });

    it('a visitor: search, an occupation, a course, a credential and a CIP page', async () => {
      for (const prefix of PREFIXES) {
        await visit(`${prefix}/search?q=nurse`, 'main a[href*="/occupations/"]');
        const occupation = await hrefOf('a[href*="/occupations/"]');
        await visit(occupation, 'main a[href*="/cip/"]');
        await visit(await hrefOf('a[href*="/cip/"]'));
        await visit(`${prefix}/courses/hca-110`, '#course-credential-credit');
        await visit(`${prefix}/credentials/cna`);
      }
      expect(problems).toEqual([]);
    });

    it('the counselor: caseload, a student, their what-if page, the account page', async () => {
      await page.context().clearCookies();
      await signInDemoStaff(page, suite.app.url, 'counselor@demo.wayfinder.test');
      for (const prefix of PREFIXES) {
        await visit(`${prefix}/caseload`, 'main a[href*="/caseload/students/"]');
        await visit(`${prefix}/caseload/students/${studentId}`, '#summary-plan');
        await visit(`${prefix}/students/${studentId}/what-if`);
        await visit(`${prefix}/account`);
      }
      expect(problems).toEqual([]);
    });

    it('the district admin: the audit log, the account and program pages', async () => {
      await page.context().clearCookies();
      await signInDemoStaff(page, suite.app.url, 'district@demo.wayfinder.test');
      for (const prefix of PREFIXES) {
        await visit(`${prefix}/admin/audit`, 'main table');
        await visit(`${prefix}/account`);
        await visit(`${prefix}/programs`, 'main a[href*="/programs/"]');
        const program = await hrefOf('a[href*="/programs/"]:not([href$="/new"])');
        await visit(program);
        await visit(`${program}/edit`, 'main input');
        await visit(`${prefix}/programs/new`, 'main input');
      }
      expect(problems).toEqual([]);
    });
  },
);
