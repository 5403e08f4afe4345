/**
 * School sign-in identities on /admin/users in a real browser, with a Microsoft Entra provider
 * configured (it need not be reachable to link): the demo district admin links a counselor's
 * provider id through the form (keyboard only), sees "Linked" with the issuer's host, and unlinks
 * it after a confirmation that Escape leaves; an id already linked to another account is refused
 * in Spanish next to the subject field; without providers the form asks for the issuer URL.
 * A one-time link says when it could not be emailed. axe in English and Spanish with the form
 * open, and a 390 px phone width.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
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

const ENTRA = 'https://login.microsoftonline.com/tenant-id/v2.0';
const DANA = 'district@demo.wayfinder.test';
const CARMEN = { email: 'counselor@demo.wayfinder.test', name: 'Carmen Counselor' };
const ALEX = { email: 'student@demo.wayfinder.test', name: 'Alex Student' };
const GABI = { email: 'guardian@demo.wayfinder.test', name: 'Gabi Guardian' };

describe.skipIf(skipBrowserTests())('school sign-in identities on the users page', () => {
  const suite = useBrowserApp({
    env: {
      WAYFINDER_OIDC_PROVIDERS: JSON.stringify([
        { id: 'entra', name: 'Microsoft', issuer: ENTRA, clientId: 'x', clientSecret: 'y' },
      ]),
    },
  });
  const cspErrors = suite.cspErrors;
  let app: TestApp;
  let page: Page;

  beforeAll(async () => {
    ({ app, page } = suite);
    // Signed in through the API (the browser context keeps the session cookie).
    await signInDemoStaff(page, app.url, DANA);
  });

  const url = (address: string) => `${app.url}${address}`;
  const deps = () => app!.runtime.accounts.deps;
  const row = (name: string) => page.locator('.admin-table tbody tr', { hasText: name });
  const focused = () =>
    page.evaluate(() => {
      const active = document.activeElement;
      return { id: active?.id ?? '', text: active?.textContent ?? '', cls: active?.className };
    });

  async function openUsers(address: string) {
    await open(page, url(address));
    await page.locator('.admin-table').waitFor();
  }

  const noSideScroll = (address: string) => expectNoSideScroll(page, address);

  it('links an identity with the keyboard, shows it, and unlinks it after confirming', async () => {
    await openUsers('/admin/users');
    expect(await page.locator('.admin-table thead').innerText()).toContain('School sign-in');
    expect(await row(CARMEN.name).innerText()).toContain('Not linked');

    const linkButton = page.getByRole('button', {
      name: `Link sign-in for ${CARMEN.name}`,
      exact: true,
    });
    await linkButton.focus();
    await page.keyboard.press('Enter');
    const panel = page.locator('.identity-panel');
    await panel.waitFor();
    await expect
      .poll(async () => (await focused()).text)
      .toBe(`Link a school sign-in for ${CARMEN.name}`);
    // The one configured provider is chosen already; the subject field says where to find it.
    const provider = page.getByLabel('Sign-in provider');
    expect(await provider.inputValue()).toBe('entra');
    expect(await provider.locator('option:checked').innerText()).toBe('Microsoft');
    expect(await panel.innerText()).toContain('Object ID shown in the Entra admin center');

    await page.keyboard.press('Tab');
    expect((await focused()).id).toBe('identity-provider');
    await page.keyboard.press('Tab');
    expect((await focused()).id).toBe('identity-subject');
    // Nothing typed yet: the form says so at the field, and keeps the focus there.
    await page.keyboard.press('Enter');
    const subjectError = page.locator('#identity-subject-error');
    await expect
      .poll(() => subjectError.innerText())
      .toBe('Enter the person’s id at the provider.');
    const subject = page.getByLabel('Person’s id at the provider (subject)');
    expect(await subject.getAttribute('aria-invalid')).toBe('true');
    expect((await focused()).id).toBe('identity-subject');
    expect(await axeViolations(page), 'the link form with an error').toEqual([]);

    await page.keyboard.type('00000000-aaaa-bbbb-cccc-carmen000001');
    await page.keyboard.press('Tab');
    expect((await focused()).text).toBe('Link sign-in');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.form-success').innerText())
      .toBe(
        'School sign-in linked: Carmen Counselor can now sign in with their account at login.microsoftonline.com.',
      );
    expect(await panel.count()).toBe(0);
    await expect.poll(() => row(CARMEN.name).innerText()).toContain('Linked');
    expect(await row(CARMEN.name).innerText()).toContain('login.microsoftonline.com');
    expect((await focused()).cls).toContain('table-scroll');
    const linked = await deps().users.findByEmail(CARMEN.email);
    expect([linked?.oidcIssuer, linked?.oidcSubject]).toEqual([
      ENTRA,
      '00000000-aaaa-bbbb-cccc-carmen000001',
    ]);
    await screenshot(page, 'admin-users-linked');

    // Unlinking asks first; Escape leaves the question and gives the focus back.
    const unlinkButton = page.getByRole('button', {
      name: `Unlink sign-in for ${CARMEN.name}`,
      exact: true,
    });
    await unlinkButton.focus();
    await page.keyboard.press('Enter');
    const confirm = page.locator('.confirm-panel');
    await confirm.waitFor();
    await expect
      .poll(async () => (await focused()).text)
      .toBe(`Unlink the school sign-in of ${CARMEN.name}?`);
    expect(await confirm.innerText()).toContain(
      'Carmen Counselor will no longer be able to sign in with their account at login.microsoftonline.com.',
    );
    expect(await axeViolations(page), 'the unlink confirmation').toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => confirm.count()).toBe(0);
    await expect.poll(async () => (await focused()).text).toBe(`Unlink sign-in for ${CARMEN.name}`);
    expect((await deps().users.findByEmail(CARMEN.email))?.oidcSubject).toBe(
      '00000000-aaaa-bbbb-cccc-carmen000001',
    );

    await page.keyboard.press('Enter');
    await confirm.waitFor();
    await page.keyboard.press('Tab');
    expect((await focused()).text).toBe('Unlink sign-in');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.form-success').innerText())
      .toBe('The school sign-in of Carmen Counselor is unlinked.');
    await expect.poll(() => row(CARMEN.name).innerText()).toContain('Not linked');
    const unlinked = await deps().users.findByEmail(CARMEN.email);
    expect([unlinked?.oidcIssuer, unlinked?.oidcSubject]).toEqual([null, null]);
  });

  it('refuses, in Spanish and at the subject field, an id linked to another account', async () => {
    const gabi = await deps().users.findByEmail(GABI.email);
    await deps().users.setExternalId(gabi!.id, ENTRA, 'taken-subject-1');

    await openUsers('/es/admin/users');
    expect(await row(GABI.name).innerText()).toContain('Vinculado');
    expect(await row(ALEX.name).innerText()).toContain('Sin vincular');
    await page
      .getByRole('button', { name: `Vincular inicio de sesión para ${ALEX.name}`, exact: true })
      .click();
    await page.locator('.identity-panel').waitFor();
    const subject = page.getByLabel('Identificador de la persona en el proveedor (sujeto)');
    await subject.fill('taken-subject-1');
    await page.getByRole('button', { name: 'Vincular inicio de sesión', exact: true }).click();

    await expect
      .poll(() => page.locator('#identity-subject-error').innerText())
      .toBe(
        'Este identificador ya está vinculado a otra cuenta de Wayfinder (guardian@demo.wayfinder.test). Desvincúlalo allí primero.',
      );
    expect(await subject.getAttribute('aria-invalid')).toBe('true');
    expect(await subject.getAttribute('aria-describedby')).toContain('identity-subject-error');
    // The server's refusal moves the focus just after it is drawn (an effect): wait for it.
    await expect.poll(async () => (await focused()).id).toBe('identity-subject');
    // Nothing else changed: the form keeps what was typed, the list is as it was.
    expect(await subject.inputValue()).toBe('taken-subject-1');
    expect(await page.locator('.form-success').count()).toBe(0);
    expect(await row(ALEX.name).innerText()).toContain('Sin vincular');
    expect((await deps().users.findByEmail(ALEX.email))?.oidcSubject).toBeNull();
    expect(await axeViolations(page), '/es/admin/users with the refusal').toEqual([]);
    await screenshot(page, 'admin-users-identity-taken-es');
  });

  it('has no axe violations with the form open, and fits a 390 px screen', async () => {
    for (const [address, button] of [
      ['/admin/users', `Link sign-in for ${ALEX.name}`],
      ['/es/admin/users', `Vincular inicio de sesión para ${ALEX.name}`],
    ] as const) {
      await openUsers(address);
      await page.getByRole('button', { name: button, exact: true }).click();
      await page.locator('.identity-panel').waitFor();
      expect(await axeViolations(page), `${address} with the form open`).toEqual([]);
    }

    await page.setViewportSize({ width: 390, height: 800 });
    try {
      for (const [address, button] of [
        ['/admin/users', `Link sign-in for ${ALEX.name}`],
        ['/es/admin/users', `Vincular inicio de sesión para ${ALEX.name}`],
      ] as const) {
        await openUsers(address);
        await noSideScroll(address);
        await page.getByRole('button', { name: button, exact: true }).click();
        await page.locator('.identity-panel').waitFor();
        await noSideScroll(`${address} with the form open`);
      }
      await screenshot(page, 'admin-users-identity-phone-es');
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('asks for the issuer URL when no provider is configured', async () => {
    await page.route('**/api/v1/auth/oidc/providers', (route) =>
      route.fulfill({ json: { items: [] } }),
    );
    try {
      await openUsers('/admin/users');
      await page
        .getByRole('button', { name: `Link sign-in for ${ALEX.name}`, exact: true })
        .click();
      await page.locator('.identity-panel').waitFor();
      expect(await page.getByLabel('Sign-in provider').count()).toBe(0);
      const issuer = page.getByLabel('Issuer URL');
      await issuer.fill('accounts.google.com');
      await page.getByLabel('Person’s id at the provider (subject)').fill('1098765432101');
      await page.getByRole('button', { name: 'Link sign-in', exact: true }).click();
      await expect
        .poll(() => page.locator('#identity-issuer-error').innerText())
        .toBe('Enter the provider’s issuer URL, such as https://accounts.google.com.');
      await expect.poll(async () => (await focused()).id).toBe('identity-issuer');

      await issuer.fill('https://accounts.google.com');
      await page.getByRole('button', { name: 'Link sign-in', exact: true }).click();
      await expect.poll(() => row(ALEX.name).innerText()).toContain('accounts.google.com');
      const alex = await deps().users.findByEmail(ALEX.email);
      expect([alex?.oidcIssuer, alex?.oidcSubject]).toEqual([
        'https://accounts.google.com',
        '1098765432101',
      ]);
    } finally {
      await page.unroute('**/api/v1/auth/oidc/providers');
    }
  });

  it('says with the one-time link whether it was emailed (here: the mail server refused)', async () => {
    // This site sends no mail, so the answer is given the fields a failed sending adds.
    await page.route('**/api/v1/users/*/reset-link', async (route) => {
      const answer = (await (await route.fetch()).json()) as object;
      await route.fulfill({
        json: { ...answer, emailed: false, mailError: 'the mail server answered 550' },
      });
    });
    try {
      await openUsers('/es/admin/users');
      await page
        .getByRole('button', { name: `Enlace nuevo para ${GABI.name}`, exact: true })
        .click();
      const link = page.locator('.one-time-link');
      await link.waitFor();
      expect(await link.locator('.one-time-link__mail--failed').innerText()).toBe(
        'No se pudo enviar por correo electrónico: el servidor de correo respondió 550. Entrega tú el enlace a la persona.',
      );
      // The link is shown all the same.
      expect(await link.locator('.one-time-link__url code').innerText()).toContain(
        '/account/set-password#token=',
      );
      expect(await axeViolations(page), 'a link that could not be emailed').toEqual([]);
    } finally {
      await page.unroute('**/api/v1/users/*/reset-link');
    }
    expect(cspErrors).toEqual([]);
  });
});
