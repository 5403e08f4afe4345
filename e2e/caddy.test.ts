/**
 * Wayfinder behind a real Caddy (skipped when caddy is not installed, unless
 * WAYFINDER_REQUIRE_CADDY=1), with README's "Under a path prefix" Caddyfile both ways Caddy does it:
 * `handle_path` takes /wayfinder off, `handle` passes it on. HTTPS comes from Caddy's internal CA.
 * Over each: sign-in cookies are Secure and scoped to the prefix, a write needs the CSRF token,
 * the sign-in limit counts Caddy's client (WAYFINDER_TRUST_PROXY=1), and in Chromium a signed-out
 * page's sign-in link comes back to it, the CSV downloads, links and requests stay under the
 * prefix, and the API docs draw.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { totpCode } from '../src/domain/auth/totp.ts';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../src/services/accounts/seed-demo.ts';
import { caddyGlobals, request, skipCaddyTests, startCaddy, type RunningCaddy } from './caddy.ts';
import {
  freePort,
  launchBrowser,
  open,
  removeTempDirs,
  skipBrowserTests,
  startApp,
  type TestApp,
} from './helpers.ts';

const PREFIX = '/wayfinder';

/** README's two site blocks (its address and `tls internal` aside), to the app on `appPort`. */
function caddyfile(appPort: number, httpPort: number, stripPort: number, keepPort: number) {
  const site = (port: number, handle: string) => `
localhost:${port} {
\ttls internal
\tredir ${PREFIX} ${PREFIX}/
\t${handle} ${PREFIX}/* {
\t\treverse_proxy 127.0.0.1:${appPort}
\t}
\thandle {
\t\trespond "not under the prefix" 404
\t}
}`;
  return `${caddyGlobals('$DIR', httpPort, stripPort)}
${site(stripPort, 'handle_path')}
${site(keepPort, 'handle')}
`;
}

const cookies = (answer: { headers: Record<string, string | string[] | undefined> }) =>
  [answer.headers['set-cookie'] ?? []].flat();

describe.skipIf(skipCaddyTests() || skipBrowserTests())('Wayfinder behind Caddy', () => {
  let app: TestApp;
  let caddy: RunningCaddy;
  let browser: BrowserContext;
  let page: Page;
  const sites: Record<'strip' | 'keep', string> = { strip: '', keep: '' };
  const requested: string[] = [];
  const failed: string[] = [];
  const cspErrors: string[] = [];

  beforeAll(async () => {
    const [appPort, httpPort, stripPort, keepPort] = await Promise.all(
      [0, 1, 2, 3].map(() => freePort()),
    );
    sites.strip = `https://localhost:${stripPort}${PREFIX}`;
    sites.keep = `https://localhost:${keepPort}${PREFIX}`;
    app = await startApp({
      port: appPort,
      env: {
        WAYFINDER_TRUST_PROXY: '1',
        WAYFINDER_BASE_PATH: PREFIX,
        WAYFINDER_PUBLIC_URL: sites.strip,
      },
    });
    caddy = await startCaddy(
      caddyfile(appPort!, httpPort!, stripPort!, keepPort!),
      `${sites.keep}/healthz`,
    );
    browser = await launchBrowser({ ignoreHTTPSErrors: true });
    page = browser.pages()[0] ?? (await browser.newPage());
    page.on('request', (sent) => requested.push(sent.url()));
    page.on('response', (answer) => {
      if (answer.status() === 404 || answer.status() >= 500)
        failed.push(`${answer.status()} ${answer.url()}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
        cspErrors.push(message.text());
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await caddy?.stop();
    await app?.stop();
    removeTempDirs();
  });

  const signIn = (site: string, email: string, password: string, from?: string) =>
    request(`${site}/api/v1/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: new URL(site).origin },
      body: JSON.stringify({ email, password }),
      ...(from ? { from } : {}),
    });

  it.each(['strip', 'keep'] as const)(
    'signs in over HTTPS (%s): Secure cookies under the prefix, HSTS, and the CSRF token',
    async (which) => {
      const site = sites[which];
      expect((await request(`https://${new URL(site).host}/`)).status).toBe(404);
      const answer = await signIn(site, 'student@demo.wayfinder.test', DEMO_PASSWORD);
      expect(answer.status, answer.body).toBe(200);
      expect(answer.headers['strict-transport-security']).toMatch(/max-age=/);
      const set = cookies(answer);
      expect(set).toHaveLength(2);
      for (const cookie of set) {
        expect(cookie).toMatch(/; Secure/);
        expect(cookie).toMatch(new RegExp(`; Path=${PREFIX};`));
      }
      const jar = set.map((cookie) => cookie.split(';')[0]).join('; ');
      const csrf = (JSON.parse(answer.body) as { csrfToken: string }).csrfToken;
      const signOut = (headers: Record<string, string>) =>
        request(`${site}/api/v1/auth/sign-out`, {
          method: 'POST',
          headers: { cookie: jar, origin: new URL(site).origin, ...headers },
        });
      expect((await signOut({})).status).toBe(403);
      expect((await signOut({ 'x-csrf-token': 'not-the-token' })).status).toBe(403);
      expect((await signOut({ 'x-csrf-token': csrf })).status).toBe(200);
    },
  );

  it("counts each of Caddy's clients on its own toward the sign-in limit, whatever they claim", async () => {
    const tries: number[] = [];
    for (let n = 0; n < 31; n += 1)
      tries.push(
        (await signIn(sites.strip, `nobody${n}@demo.wayfinder.test`, 'wrong', '127.0.0.7')).status,
      );
    expect(tries.slice(0, 30).every((status) => status === 401)).toBe(true);
    expect(tries[30]).toBe(429);
    // Another client is not held back, and the first cannot get round it by naming another address.
    expect(
      (await signIn(sites.keep, 'nobody@demo.wayfinder.test', 'wrong', '127.0.0.8')).status,
    ).toBe(401);
    const spoofed = await request(`${sites.strip}/api/v1/auth/sign-in`, {
      method: 'POST',
      from: '127.0.0.7',
      headers: {
        'content-type': 'application/json',
        origin: new URL(sites.strip).origin,
        'x-forwarded-for': '203.0.113.9',
      },
      body: JSON.stringify({ email: 'nobody@demo.wayfinder.test', password: 'wrong' }),
    });
    expect(spoofed.status).toBe(429);
  });

  it('signs a counselor in from a signed-out page (prefix taken off) and downloads the caseload CSV', async () => {
    const site = sites.strip;
    await open(page, `${site}/es/caseload`);
    await page.locator('main a.button-link').click();
    await page.waitForURL(new RegExp(`^${site}/es/sign-in\\?next=%2Fes%2Fcaseload$`));
    await page.getByLabel('Correo electrónico').fill('counselor@demo.wayfinder.test');
    await page.getByLabel('Contraseña', { exact: true }).fill(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    const code = page.locator('input[name="totpCode"]');
    await code.waitFor();
    await code.fill(totpCode(DEMO_TOTP_SECRET, new Date()));
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site}/es/caseload`);
    await page.locator('.caseload-list > li').first().waitFor();
    const session = (await browser.cookies(site)).find((cookie) => cookie.name === 'wf_session');
    expect(session).toMatchObject({ path: PREFIX, secure: true, httpOnly: true });

    const link = page.getByRole('link', { name: 'Descargar CSV' });
    expect(await link.getAttribute('href')).toMatch(
      new RegExp(`^${PREFIX}/api/v1/caseload/export\\?`),
    );
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.url().startsWith(`${site}/api/v1/caseload/export?`)).toBe(true);
    expect(await download.failure()).toBeNull();
    const hrefs = await page.$$eval('a[href], form[action]', (elements) =>
      elements.map((e) => e.getAttribute('href') ?? e.getAttribute('action') ?? ''),
    );
    expect(hrefs.filter((href) => href.startsWith('/') && !href.startsWith(`${PREFIX}/`))).toEqual(
      [],
    );
  });

  it('signs a student in from a signed-out page (prefix passed on) and draws a deep Spanish page', async () => {
    const site = sites.keep;
    await browser.clearCookies();
    await open(page, `${site}/es/me`);
    await page.locator('main').getByRole('link', { name: 'Iniciar sesión' }).click();
    await page.waitForURL(new RegExp(`^${site}/es/sign-in\\?next=%2Fes%2Fme$`));
    await page.getByLabel('Correo electrónico').fill('student@demo.wayfinder.test');
    await page.getByLabel('Contraseña', { exact: true }).fill(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site}/es/me`);
    await page.locator('.account-nav__name').waitFor();

    await open(page, `${site}/es/pathways/08-05`);
    await page.waitForFunction(() => !document.querySelector('p.status'), null, {
      timeout: 15_000,
    });
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(requested.some((url) => url.startsWith(`${site}/api/v1/pathways/08-05`))).toBe(true);
    await page.locator('.lang-switch').click();
    await page.waitForURL(`${site}/pathways/08-05`);
  });

  it.each(['strip', 'keep'] as const)('draws the API docs (%s)', async (which) => {
    await page.goto(`${sites[which]}/api/docs`);
    await page.locator('.swagger-ui .info .title').waitFor();
    const spec = await request(`${sites[which]}/api/openapi.json`);
    expect(JSON.parse(spec.body)).toMatchObject({ servers: [{ url: PREFIX }] });
  });

  it('sent no request outside the prefix, and nothing came back missing', () => {
    expect(requested.length).toBeGreaterThan(10);
    const outside = requested.filter(
      (url) =>
        !url.startsWith(`${sites.strip}/`) &&
        !url.startsWith(`${sites.keep}/`) &&
        !/^(data|blob):/.test(url),
    );
    expect(outside).toEqual([]);
    expect(failed).toEqual([]);
    expect(cspErrors).toEqual([]);
  });
});
