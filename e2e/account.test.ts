/**
 * Accounts in a real browser, with the demo accounts the test server loads (demo-only
 * passwords, see README): sign-in with a password and with the second factor, sign-out, a wrong
 * password, the one-time link page, user management, a role that may not manage users, axe
 * checks in English and Spanish and a phone-width sign-in page.
 */
import { Secret, TOTP } from 'otpauth';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { CEDAR_VALLEY_HS } from '../src/data/demo/institutions.ts';
import { CLI } from '../src/services/accounts/caller.ts';
import { setCounselorSchools } from '../src/services/accounts/counselor-schools.ts';
import {
  axeViolations,
  expectNoSideScroll,
  open,
  screenshot,
  skipBrowserTests,
  type TestApp,
  useBrowserApp,
} from './helpers.ts';

const PASSWORD = 'demo-only-password';
const STUDENT = { email: 'student@demo.wayfinder.test', name: 'Alex Student' };
const GUARDIAN = { email: 'guardian@demo.wayfinder.test', name: 'Gabi Guardian' };
const DISTRICT = { email: 'district@demo.wayfinder.test', name: 'Dana District' };
const DEMO_TOTP = new TOTP({
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
  secret: Secret.fromBase32('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'),
});

/** A code the server has not seen yet: it refuses a code (a time step) used before. */
let lastStep = 0;
async function freshCode(): Promise<string> {
  let step = Math.floor(Date.now() / 30_000);
  if (step <= lastStep) step = lastStep + 1;
  // The server accepts one step either side of now; wait when that is not enough.
  while (step > Math.floor(Date.now() / 30_000) + 1)
    await new Promise((resolve) => setTimeout(resolve, 1000));
  lastStep = step;
  return DEMO_TOTP.generate({ timestamp: step * 30_000 });
}

const accountName = (page: Page) => page.locator('.account-nav__name');
let teacherLink: URL | undefined;

describe.skipIf(skipBrowserTests())('accounts in a browser', () => {
  const suite = useBrowserApp();
  const cspErrors = suite.cspErrors;
  let app: TestApp;
  let page: Page;

  beforeAll(() => {
    ({ app, page } = suite);
  });

  const url = (address: string) => `${app.url}${address}`;

  async function fillSignIn(email: string, password: string) {
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  }

  async function signOut() {
    await page.locator('.account-nav').getByRole('button', { name: 'Sign out' }).click();
    await page.locator('.account-nav').getByRole('link', { name: 'Sign in' }).waitFor();
  }

  it('has no axe violations on the sign-in page, in English and Spanish', async () => {
    for (const address of ['/sign-in', '/es/sign-in']) {
      await open(page, url(address));
      expect(await axeViolations(page), address).toEqual([]);
    }
    expect(await page.locator('main h1').innerText()).toBe('Iniciar sesión');
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
  });

  it('fits a phone screen without horizontal scrolling', async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    try {
      for (const address of ['/sign-in', '/es/sign-in']) {
        await open(page, url(address));
        await expectNoSideScroll(page, address);
      }
      await screenshot(page, 'sign-in-phone');
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('announces a wrong password and stays signed out', async () => {
    await open(page, url('/sign-in'));
    await fillSignIn(GUARDIAN.email, 'not-the-password');
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('The email or password is wrong.');
    expect(await page.locator('[aria-live="assertive"]').count()).toBeGreaterThan(0);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(await accountName(page).count()).toBe(0);
  });

  it('checks the fields before asking the server', async () => {
    await open(page, url('/es/sign-in'));
    await page.getByRole('button', { name: 'Iniciar sesión', exact: true }).click();
    await expect
      .poll(() => page.locator('.field__error').allInnerTexts())
      .toEqual(['Escribe tu correo electrónico.', 'Escribe tu contraseña.']);
    expect(await page.getByLabel('Correo electrónico').getAttribute('aria-invalid')).toBe('true');
  });

  it('signs a student in with a password, shows the name, and signs out', async () => {
    await open(page, url('/sign-in'));
    await fillSignIn(STUDENT.email, PASSWORD);
    await page.waitForURL(url('/'));
    await expect.poll(() => accountName(page).innerText()).toContain(STUDENT.name);

    await page.locator('.account-nav').getByRole('link', { name: 'Account' }).click();
    await page.waitForURL(url('/account'));
    await expect.poll(() => page.locator('main h1').innerText()).toBe('Your account');
    expect(await page.locator('.account-details').innerText()).toContain(STUDENT.email);
    // The student's own records: a link that downloads them as JSON, with the session's cookie.
    const download = page.getByRole('link', { name: 'Download my records (JSON)' });
    const href = await download.getAttribute('href');
    expect(href).toMatch(/^\/api\/v1\/students\/[^/]+\/data-export$/);
    const records = await page.request.get(url(href!));
    expect(records.status()).toBe(200);
    expect(await records.json()).toMatchObject({
      format: 'wayfinder-student-data',
      student: { email: STUDENT.email, name: STUDENT.name },
    });
    expect(await axeViolations(page), '/account as a student').toEqual([]);

    // A student may not manage users: a polite refusal, no crash.
    await open(page, url('/admin/users'));
    expect(await page.locator('main').innerText()).toContain(
      'This page is for district and state administrators.',
    );
    expect(await page.locator('table').count()).toBe(0);

    await signOut();
    await open(page, url('/account'));
    expect(await page.locator('main').innerText()).toContain('Sign in to see your account.');
  });

  it('signs a district admin in with the second factor and returns to ?next=', async () => {
    await open(page, url('/sign-in?next=%2Fadmin%2Fusers'));
    await fillSignIn(DISTRICT.email, PASSWORD);
    const code = page.getByLabel('Code from your authenticator app');
    await code.waitFor();
    // The code field takes focus when the second step appears.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('name')))
      .toBe('totpCode');
    await code.fill('000000');
    await page.getByRole('button', { name: 'Confirm' }).click();
    await expect
      .poll(() => page.getByRole('alert').innerText())
      .toContain('The password or the code is wrong');

    await code.fill(await freshCode());
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.waitForURL(url('/admin/users'));
    await expect.poll(() => accountName(page).innerText()).toContain(DISTRICT.name);
    await page.locator('.admin-table').waitFor();
    const rows = await page.locator('.admin-table tbody th').allInnerTexts();
    expect(rows).toContain('Carmen Counselor');
    // Only their own district: the Lakeview student is not listed.
    expect(rows).not.toContain('Riley Lakeview');
  });

  it('has no axe violations on /account and /admin/users, in English and Spanish', async () => {
    // Carmen Counselor also serves Cedar Valley: the users table says so in either language.
    const further = (schools: string[]) =>
      setCounselorSchools(app.runtime.accounts.deps, CLI, {
        counselor: 'counselor@demo.wayfinder.test',
        schools,
      });
    await further([CEDAR_VALLEY_HS]);
    const serves = { en: 'Also serves: Cedar Valley', es: 'También atiende: Cedar Valley' };
    for (const address of ['/account', '/es/account', '/admin/users', '/es/admin/users']) {
      await open(page, url(address));
      if (address.endsWith('users')) {
        await page.locator('.admin-table').waitFor();
        const carmen = page.locator('.admin-table tbody tr', { hasText: 'Carmen Counselor' });
        expect(await carmen.innerText()).toContain(serves[address.startsWith('/es') ? 'es' : 'en']);
        await page.setViewportSize({ width: 320, height: 740 });
        try {
          await expectNoSideScroll(page, `${address} at 320 px`);
        } finally {
          await page.setViewportSize({ width: 1280, height: 900 });
        }
      }
      expect(await axeViolations(page), address).toEqual([]);
      await screenshot(page, address.replaceAll('/', '_'));
    }
    await further([]);
    await open(page, url('/admin/audit'));
    await page.locator('.admin-table').waitFor();
    expect(await page.locator('.admin-table tbody').innerText()).toContain('auth.sign_in');
    expect(await axeViolations(page), '/admin/audit').toEqual([]);
  });

  it("takes a student's given and family names, a refusal tied to its field, in Spanish", async () => {
    await open(page, url('/es/admin/users'));
    await page.locator('.admin-table').waitFor();
    const given = page.getByLabel('Nombre(s) de pila (opcional)');
    const family = page.getByLabel('Apellido(s) (opcional)');
    // Only a student has them: the fields appear with the role.
    await page.getByLabel('Función').selectOption('teacher');
    expect(await given.count()).toBe(0);
    await page.getByLabel('Nombre', { exact: true }).fill('Lucía Fernández Ruiz');
    await page.getByLabel('Correo electrónico').fill('lucia.fr@demo.wayfinder.test');
    await page.getByLabel('Función').selectOption('student');
    await page.getByLabel('Organización').selectOption('rhs');
    await given.fill('Lucía\u202e');
    await family.fill('Fernández Ruiz');
    expect(await axeViolations(page), '/es/admin/users with the name fields').toEqual([]);
    await page.getByRole('button', { name: 'Crear el usuario' }).click();
    // The server's Spanish refusal, beside the given name and named by it.
    const error = page.locator('#create-user-given-name-error');
    await expect.poll(() => error.innerText()).toMatch(/^El nombre contiene un carácter invisible/);
    expect(await given.getAttribute('aria-invalid')).toBe('true');
    expect(await given.getAttribute('aria-describedby')).toContain('create-user-given-name-error');
    expect(await axeViolations(page), '/es/admin/users with a refusal').toEqual([]);

    await given.fill('Lucía');
    await page.getByRole('button', { name: 'Crear el usuario' }).click();
    await page.locator('.one-time-link__url code').waitFor();
    await expect
      .poll(() => page.locator('.admin-table tbody th').allInnerTexts())
      .toContain('Lucía Fernández Ruiz');

    // In English too: the labels, and axe with the fields shown.
    await open(page, url('/admin/users'));
    await page.locator('.admin-table').waitFor();
    await page.getByLabel('Role').selectOption('student');
    await page.getByLabel('Given name (optional)').waitFor();
    await page.getByLabel('Family name (optional)').waitFor();
    expect(await axeViolations(page), '/admin/users with the name fields').toEqual([]);
  });

  it('creates a user whose one-time link sets the password, then signs in with it', async () => {
    await open(page, url('/admin/users'));
    await page.locator('.admin-table').waitFor();
    await page.getByLabel('Name', { exact: true }).fill('Pat Parent');
    await page.getByLabel('Email').fill('pat.parent@demo.wayfinder.test');
    await page.getByLabel('Role').selectOption('guardian');
    await page.getByLabel('Organization').selectOption('rhs');
    await page.getByRole('button', { name: 'Create user' }).click();
    const link = page.locator('.one-time-link__url code');
    await link.waitFor();
    const setPasswordUrl = new URL(await link.innerText());
    expect(setPasswordUrl.pathname).toBe('/account/set-password');
    await expect
      .poll(() => page.locator('.admin-table tbody th').allInnerTexts())
      .toContain('Pat Parent');

    // A teacher, who will set up the second factor at the first sign-in (next test).
    await page.getByLabel('Name', { exact: true }).fill('Terry Teacher');
    await page.getByLabel('Email').fill('terry.teacher@demo.wayfinder.test');
    await page.getByLabel('Role').selectOption('teacher');
    await page.getByLabel('Organization').selectOption('rhs');
    await page.getByRole('button', { name: 'Create user' }).click();
    await expect
      .poll(() => page.locator('.one-time-link h3').innerText())
      .toContain('terry.teacher');
    teacherLink = new URL(await link.innerText());

    // Disable, then enable again; the buttons name the user for screen readers.
    const row = page.locator('.admin-table tbody tr', { hasText: 'Pat Parent' });
    await page.getByRole('button', { name: 'Disable for Pat Parent' }).click();
    await expect.poll(() => row.innerText()).toContain('Disabled');
    await page.getByRole('button', { name: 'Enable for Pat Parent' }).click();
    await expect.poll(() => row.innerText()).toContain('Active');
    await signOut();

    await open(
      page,
      url(`/es${setPasswordUrl.pathname}${setPasswordUrl.search}${setPasswordUrl.hash}`),
    );
    expect(await axeViolations(page), 'set-password (es)').toEqual([]);
    await page.getByLabel('Contraseña nueva', { exact: true }).fill('a long family phrase');
    await page.getByLabel('Repite la contraseña nueva').fill('a long family phrase');
    await page.getByRole('button', { name: 'Guardar la contraseña' }).click();
    await expect
      .poll(() => page.locator('.form-success').innerText())
      .toContain('Tu contraseña está guardada.');

    await open(page, url('/sign-in'));
    await fillSignIn('pat.parent@demo.wayfinder.test', 'a long family phrase');
    await page.waitForURL(url('/'));
    await expect.poll(() => accountName(page).innerText()).toContain('Pat Parent');
    await signOut();
    expect(cspErrors).toEqual([]);
  });

  it('makes a teacher set up the second factor at the first sign-in', async () => {
    if (!teacherLink) throw new Error('the previous test created no teacher');
    await open(page, url(`${teacherLink.pathname}${teacherLink.hash}`));
    await page.getByLabel('New password', { exact: true }).fill('teacher phrase of words');
    await page.getByLabel('New password again').fill('teacher phrase of words');
    await page.getByRole('button', { name: 'Set password' }).click();
    await page.locator('.form-success').waitFor();

    await open(page, url('/sign-in?next=%2Fprograms'));
    await fillSignIn('terry.teacher@demo.wayfinder.test', 'teacher phrase of words');
    // The second factor is due, so the account page comes first, whatever ?next= says.
    await page.waitForURL(url('/account'));
    await expect.poll(() => page.locator('main').innerText()).toContain('needs a second factor');
    await page.getByRole('button', { name: 'Set up a second factor' }).click();
    const secret = await page.locator('.totp-secret').innerText();
    expect(await page.locator('.totp-uri').innerText()).toMatch(/^otpauth:\/\/totp\//);
    expect(await axeViolations(page), '/account while enrolling').toEqual([]);
    const totp = new TOTP({
      algorithm: 'SHA1',
      digits: 6,
      period: 30,
      secret: Secret.fromBase32(secret),
    });
    await page.getByLabel('Code from your authenticator app').fill(totp.generate());
    await page.getByRole('button', { name: 'Turn on the second factor' }).click();
    await expect
      .poll(() => page.locator('.form-success').innerText())
      .toContain('Your second factor is on.');
    await expect
      .poll(() => page.locator('main').innerText())
      .toContain('Your second factor is set up.');
    await page.getByRole('button', { name: 'Sign out everywhere' }).click();
    await page.waitForURL(url('/sign-in'));
    await page.locator('.account-nav').getByRole('link', { name: 'Sign in' }).waitFor();
  });
});
