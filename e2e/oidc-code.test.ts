/**
 * The second factor after a provider sign-in, in a real browser: a demo counselor (who has a
 * second factor) signs in through the test OpenID Connect provider (test/oidc-provider.ts),
 * lands on the sign-in page's code step in the language and with the `next` they started with,
 * gets a wrong code refused, then goes on with the right one; the header never shows them as
 * signed in before that; "Cancel and sign out" ends the half-open session. axe in English and
 * Spanish, keyboard only, and a 390 px phone width.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestProvider, type TestProvider } from '../test/oidc-provider.ts';
import { totpCode } from '../src/domain/auth/totp.ts';
import { DEMO_TOTP_SECRET } from '../src/services/accounts/seed-demo.ts';
import {
  axeViolations,
  expectNoSideScroll,
  freePort,
  open,
  screenshot,
  skipBrowserTests,
  useBrowserApp,
} from './helpers.ts';

const COUNSELOR = { email: 'counselor@demo.wayfinder.test', name: 'Carmen Counselor' };

describe.skipIf(skipBrowserTests())('the second factor after a provider sign-in', () => {
  let provider: TestProvider | undefined;
  const suite = useBrowserApp(async () => {
    provider = await startTestProvider();
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    provider.redirectUris.push(`${base}/api/v1/auth/oidc/school/callback`);
    provider.user = { sub: 'carmen-1', email: COUNSELOR.email, email_verified: true };
    return {
      port,
      env: {
        WAYFINDER_PUBLIC_URL: base,
        WAYFINDER_OIDC_PROVIDERS: JSON.stringify([
          {
            id: 'school',
            name: 'School Login',
            issuer: provider.issuer,
            clientId: provider.clientId,
            clientSecret: provider.clientSecret,
          },
        ]),
      },
    };
  });
  const { url, cspErrors } = suite;
  let page: Page;

  beforeAll(() => {
    page = suite.page;
  });

  afterAll(async () => {
    await provider?.close();
  });

  const me = async () => {
    const res = await page.request.get(url('/api/v1/auth/me'));
    return res.status() === 200 ? ((await res.json()) as { totp: string }).totp : res.status();
  };
  const nav = () => page.locator('.account-nav');
  const focusedName = () => page.evaluate(() => document.activeElement?.getAttribute('name'));

  const noSideScroll = (address: string) => expectNoSideScroll(page, address);

  it('asks for the code in Spanish, refuses a wrong one, then returns to next', async () => {
    await open(page, url('/es/sign-in?next=%2Fes%2Fprograms'));
    await page.getByRole('link', { name: 'Iniciar sesión con School Login' }).click();
    await page.waitForURL(url('/es/sign-in?step=code&next=%2Fes%2Fprograms'));
    await expect.poll(() => page.locator('main h1').innerText()).toBe('Segundo factor');
    expect(await page.locator('main').innerText()).toContain(COUNSELOR.email);
    // The code field has the focus; the header does not show anyone as signed in yet.
    await expect.poll(focusedName).toBe('totpCode');
    await nav().getByRole('link', { name: 'Terminar de iniciar sesión' }).waitFor();
    expect(await page.locator('.account-nav__name').count()).toBe(0);
    expect(await me()).toBe('code_required');
    expect(await axeViolations(page), 'code step (es)').toEqual([]);

    await page.setViewportSize({ width: 390, height: 800 });
    try {
      await noSideScroll('/es/sign-in?step=code');
      await screenshot(page, 'oidc-code-step-phone-es');
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }

    // A wrong code, typed and sent with the keyboard only: a clear message, the field focused
    // and empty, nothing else changed.
    const good = totpCode(DEMO_TOTP_SECRET, new Date());
    const bad = good === '000000' ? '111111' : '000000';
    await page.keyboard.type(bad);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('alert').innerText())
      .toContain('El código no es correcto o ya se usó.');
    const code = page.getByLabel('Código de tu aplicación de autenticación');
    expect(await code.getAttribute('aria-invalid')).toBe('true');
    expect(await code.inputValue()).toBe('');
    await expect.poll(focusedName).toBe('totpCode');
    expect(page.url()).toBe(url('/es/sign-in?step=code&next=%2Fes%2Fprograms'));
    expect(await me()).toBe('code_required');
    expect(await axeViolations(page), 'code step with an error (es)').toEqual([]);

    await page.keyboard.type(totpCode(DEMO_TOTP_SECRET, new Date()));
    await page.keyboard.press('Enter');
    await page.waitForURL(url('/es/programs'));
    await expect
      .poll(() => page.locator('.account-nav__name').innerText())
      .toContain(COUNSELOR.name);
    expect(await me()).toBe('passed');
    expect(cspErrors).toEqual([]);
  });

  it('keeps a half-signed-in session out of pages, and lets it cancel', async () => {
    await page.context().clearCookies();
    await open(page, url('/sign-in'));
    await page.getByRole('link', { name: 'Sign in with School Login' }).click();
    await page.waitForURL(url('/sign-in?step=code'));
    await expect.poll(() => page.locator('main h1').innerText()).toBe('Second factor');
    expect(await axeViolations(page), 'code step (en)').toEqual([]);
    await page.setViewportSize({ width: 390, height: 800 });
    try {
      await noSideScroll('/sign-in?step=code');
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }

    // Whatever the address, a session whose code is due sees the code step, not the form.
    await open(page, url('/sign-in'));
    await expect.poll(() => page.locator('main h1').innerText()).toBe('Second factor');
    expect(await page.getByLabel('Password', { exact: true }).count()).toBe(0);

    // Other pages say to finish signing in first, and come back afterwards.
    await open(page, url('/account'));
    expect(await page.locator('main').innerText()).toContain('You have not finished signing in');
    const finish = page.locator('main').getByRole('link', { name: 'Finish signing in' });
    expect(await finish.getAttribute('href')).toBe('/sign-in?step=code&next=%2Faccount');
    expect(await page.locator('.account-details').count()).toBe(0);
    expect(await axeViolations(page), '/account while the code is due').toEqual([]);
    await finish.click();
    await page.waitForURL(url('/sign-in?step=code&next=%2Faccount'));

    // The way out: the session ends and the ordinary sign-in form comes back.
    await page.getByRole('button', { name: 'Cancel and sign out' }).click();
    await page.waitForURL(url('/sign-in?next=%2Faccount'));
    await page.getByLabel('Password', { exact: true }).waitFor();
    await nav().getByRole('link', { name: 'Sign in' }).waitFor();
    expect(await me()).toBe(401);
  });

  it('says on the sign-in page why a provider sign-in was refused, with the id to give an admin', async () => {
    await page.context().clearCookies();
    provider!.user = { sub: 'stranger-7', email: 'stranger@elsewhere.test', email_verified: true };
    try {
      await open(page, url('/es/sign-in'));
      await page.getByRole('link', { name: 'Iniciar sesión con School Login' }).click();
      await page.waitForURL(/\/es\/sign-in\?oidc_error=unknown_email/);
      const alert = page.locator('.oidc-refusal');
      await expect
        .poll(() => alert.innerText())
        .toContain('Ninguna cuenta de Wayfinder usa la dirección de correo que dio School Login.');
      expect(await alert.innerText()).toContain(
        'Tu identificador de inicio de sesión de School Login es stranger-7.',
      );
      expect(await me()).toBe(401);
      expect(await axeViolations(page), 'refused sign-in (es)').toEqual([]);
      // The password form is still there to use.
      await page.getByLabel('Contraseña', { exact: true }).waitFor();
    } finally {
      provider!.user = { sub: 'carmen-1', email: COUNSELOR.email, email_verified: true };
    }
  });
});
