/**
 * Ending a guardian link in a real browser: the demo district admin finds the demo student on
 * /admin/links by keyboard, ends the guardian's link after the confirmation that names both,
 * and the page says so (a polite live region); the guardian, whose session read the student a moment
 * before, is refused on the next read. axe in English and Spanish (with a refusal shown in
 * Spanish), 320 px without sideways scroll, and the printout without the buttons. Then the demo
 * state admin, who first chooses the district, takes the student off the counselor's caseload by
 * keyboard, and the counselor's next read of the student is refused.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../src/domain/auth/totp.ts';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../src/services/accounts/seed-demo.ts';
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
const GUARDIAN = 'guardian@demo.wayfinder.test';
const STUDENT = 'student@demo.wayfinder.test';
const SAM = 'state@demo.wayfinder.test';
const COUNSELOR = 'counselor@demo.wayfinder.test';

describe.skipIf(skipBrowserTests())('ending a guardian link in a browser', () => {
  const suite = useBrowserApp();
  let app: TestApp;
  let page: Page;
  let studentId: string;
  let guardianCookie: string;

  beforeAll(async () => {
    ({ app, page } = suite);
    studentId = (await app.runtime.accounts.deps.users.findByEmail(STUDENT))!.id;
  });

  const url = (address: string) => `${app.url}${address}`;
  const readsStudent = async (cookie: string) =>
    (
      await fetch(url(`/api/v1/students/${studentId}`), {
        headers: { cookie, accept: 'application/json' },
      })
    ).status;
  const guardianReadsStudent = () => readsStudent(guardianCookie);
  /** A session of the user's own, outside the browser (staff give the demo authenticator code). */
  const signInApi = async (email: string, staff = false) => {
    const res = await fetch(url('/api/v1/auth/sign-in'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: app.url },
      body: JSON.stringify({
        email,
        password: DEMO_PASSWORD,
        ...(staff ? { totpCode: totpCode(DEMO_TOTP_SECRET, new Date()) } : {}),
      }),
    });
    expect(res.status, await res.clone().text()).toBe(200);
    return res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
  };

  it('lets the district admin end the link by keyboard; the guardian loses access', async () => {
    // The guardian signs in (their own session, outside the browser) and reads the student.
    guardianCookie = await signInApi(GUARDIAN);
    expect(await guardianReadsStudent()).toBe(200);

    await signInDemoStaff(page, app.url, DANA);
    await open(page, url('/account'));
    await page.getByRole('link', { name: 'Guardian and caseload links' }).click();
    await page.waitForURL(url('/admin/links'));
    await expect
      .poll(() => page.locator('main h1').innerText())
      .toBe('Guardian and caseload links');

    // Keyboard only: type in the search field, Enter, Tab to the student's button, Enter.
    await page.getByLabel('Name or local student id').focus();
    await page.keyboard.type('RHS-0001');
    await page.keyboard.press('Enter');
    const show = page.getByRole('button', { name: 'Show links of Alex Student' });
    await show.waitFor();
    expect(await page.getByRole('status').first().innerText()).toBe('1 student matches.');
    await show.focus();
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { name: 'Links of Alex Student' });
    await heading.waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('student-links-title');
    expect(await axeViolations(page), '/admin/links with a student').toEqual([]);
    await screenshot(page, 'admin-links');

    const end = page.getByRole('button', { name: 'End this link with Gabi Guardian' });
    await end.focus();
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('region', {
      name: 'End the link between Gabi Guardian and Alex Student?',
    });
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain(
      'Gabi Guardian (guardian@demo.wayfinder.test), guardian, loses access to the records of Alex Student at once.',
    );
    // Escape leaves everything as it was, focus back on the button.
    await page.keyboard.press('Escape');
    await expect.poll(() => confirm.count()).toBe(0);
    expect(await guardianReadsStudent()).toBe(200);
    await page.keyboard.press('Enter');
    await confirm.waitFor();
    expect(await axeViolations(page), '/admin/links confirming').toEqual([]);
    await confirm.getByRole('button', { name: 'End the link' }).focus();
    await page.keyboard.press('Enter');

    const status = page.locator('.student-links .form-success');
    await expect
      .poll(() => status.innerText())
      .toBe('Gabi Guardian is no longer linked to Alex Student and no longer has access.');
    await expect
      .poll(() => page.locator('.student-links').innerText())
      .toContain('No guardian is linked to this student.');
    expect(await page.locator('.student-links').innerText()).toContain('Carmen Counselor');
    expect(await guardianReadsStudent()).not.toBe(200);
    expect([403, 404]).toContain(await guardianReadsStudent());
  });

  it('is axe-clean in Spanish, refusals included, fits 320 px and prints without buttons', async () => {
    await open(page, url(`/es/admin/links?q=RHS-0001&student=${studentId}`));
    await page.getByRole('heading', { name: 'Vínculos de Alex Student' }).waitFor();
    expect(await page.locator('main').innerText()).toContain('1 estudiante coincide.');
    expect(await axeViolations(page), '/es/admin/links').toEqual([]);

    // A student the district does not have: the API's refusal, in Spanish.
    await open(page, url('/es/admin/links?student=NO-SUCH'));
    await expect
      .poll(() => page.locator('.form-error').innerText())
      .toContain('no tiene el estudiante NO-SUCH');
    expect(await axeViolations(page), '/es/admin/links refused').toEqual([]);

    await page.setViewportSize({ width: 320, height: 700 });
    try {
      for (const address of [
        `/admin/links?q=a&student=${studentId}`,
        `/es/admin/links?q=a&student=${studentId}`,
      ]) {
        await open(page, url(address));
        await page.locator('.student-links h2').waitFor();
        await page.locator('.links-results li').first().waitFor();
        await expectNoSideScroll(page, address);
      }
      await screenshot(page, 'admin-links-320-es');
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }

    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.locator('.student-links').isVisible()).toBe(true);
      expect(await page.locator('.links-search').isVisible()).toBe(false);
      expect(await page.locator('.student-links button').first().isVisible()).toBe(false);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('lets the state admin choose the district and end a caseload link by keyboard', async () => {
    const counselorCookie = await signInApi(COUNSELOR, true);
    expect(await readsStudent(counselorCookie)).toBe(200);

    // The district admin's browser session gives way to the state admin's.
    await page.context().clearCookies();
    await signInDemoStaff(page, app.url, SAM);
    await open(page, url('/admin/links'));
    await expect
      .poll(() => page.locator('main h1').innerText())
      .toBe('Guardian and caseload links');

    // Keyboard only: the district by typing its name in the list, then the search, then Enter.
    const district = page.getByLabel('District');
    await expect.poll(() => district.locator('option').count()).toBeGreaterThan(1);
    await district.focus();
    await page.keyboard.type('Riverside');
    await expect.poll(() => district.inputValue()).not.toBe('');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Alex');
    await page.keyboard.press('Enter');
    const show = page.getByRole('button', { name: 'Show links of Alex Student' });
    await show.waitFor();
    await show.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Links of Alex Student' }).waitFor();
    expect(new URL(page.url()).searchParams.get('district')).toBe(await district.inputValue());

    const end = page.getByRole('button', { name: 'End this link with Carmen Counselor' });
    await end.focus();
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('region', {
      name: 'Take Alex Student off the caseload of Carmen Counselor?',
    });
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain(
      'Carmen Counselor (counselor@demo.wayfinder.test), counselor, loses access to the records of Alex Student at once.',
    );
    expect(await axeViolations(page), '/admin/links as the state admin, confirming').toEqual([]);
    await confirm.getByRole('button', { name: 'End the link' }).focus();
    await page.keyboard.press('Enter');

    // Announced in the polite live region, and the list read again.
    const status = page.locator('.student-links .form-success');
    await expect
      .poll(() => status.innerText())
      .toBe(
        'Alex Student is no longer on the caseload of Carmen Counselor, who no longer has access.',
      );
    expect(await status.evaluate((el) => el.closest('[aria-live], [role="status"]') !== null)).toBe(
      true,
    );
    await expect
      .poll(() => page.locator('.student-links').innerText())
      .toContain('The student is on no counselor’s caseload.');
    expect([403, 404]).toContain(await readsStudent(counselorCookie));
  });
});
