/**
 * WAYFINDER_BASE_PATH in a real browser, behind a proxy written here with node:http that serves
 * the site under /wayfinder/ and strips the prefix before passing a request on (as nginx
 * `proxy_pass http://127.0.0.1:3000/;` and Caddy `handle_path` do), and behind one that passes
 * it on. A deep Spanish page loads
 * its assets and data, its links stay under the prefix, a demo student signs in, and no request
 * leaves the prefix. Behind a third proxy that also rewrites Host without its port (as nginx
 * `proxy_set_header Host $host;` does on a port other than 443), a counselor signs in from the
 * page and downloads the caseload CSV.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../src/domain/auth/totp.ts';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../src/services/accounts/seed-demo.ts';
import { axeViolations, freePort, open, skipBrowserTests, useBrowserApp } from './helpers.ts';

const PREFIX = '/wayfinder';

/**
 * A reverse proxy: PREFIX/… goes to the app as /… (or as it is, when `strip` is false, as a
 * proxy that passes the prefix on); anything else is answered 404 and noted. `hostOnly` sends
 * Host without its port, as nginx's `$host` does.
 */
function prefixProxy(target: URL, outside: string[], strip = true, hostOnly = false): http.Server {
  return http.createServer((incoming, outgoing) => {
    const url = incoming.url ?? '/';
    if (url !== PREFIX && !url.startsWith(`${PREFIX}/`) && !url.startsWith(`${PREFIX}?`)) {
      outside.push(url);
      outgoing.writeHead(404, { 'content-type': 'text/plain' }).end('not under the prefix');
      return;
    }
    const upstream = http.request(
      {
        host: target.hostname,
        port: target.port,
        method: incoming.method,
        path: strip ? url.slice(PREFIX.length).replace(/^(?!\/)/, '/') : url,
        headers: {
          ...incoming.headers,
          ...(hostOnly ? { host: (incoming.headers.host ?? '').replace(/:\d+$/, '') } : {}),
          'x-forwarded-prefix': PREFIX,
        },
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    upstream.on('error', () => outgoing.writeHead(502).end());
    incoming.pipe(upstream);
  });
}

describe.skipIf(skipBrowserTests())('Wayfinder under a path prefix behind a proxy', () => {
  /** The port of the Host-rewriting proxy, known first: it is the public URL's. */
  let nginxPort = 0;
  const suite = useBrowserApp(async () => {
    nginxPort = await freePort();
    return {
      env: {
        WAYFINDER_BASE_PATH: `${PREFIX}/`,
        WAYFINDER_PUBLIC_URL: `http://127.0.0.1:${nginxPort}${PREFIX}`,
      },
    };
  });
  const outside: string[] = [];
  const requested: string[] = [];
  const failed: string[] = [];
  let proxy: http.Server;
  let keeping: http.Server;
  let nginxLike: http.Server;
  let site = '';
  let keepingSite = '';
  let nginxSite = '';

  beforeAll(async () => {
    proxy = prefixProxy(new URL(suite.app.url), outside);
    keeping = prefixProxy(new URL(suite.app.url), outside, false);
    nginxLike = prefixProxy(new URL(suite.app.url), outside, true, true);
    const listen = async (server: http.Server, port = 0) => {
      await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}${PREFIX}`;
    };
    site = await listen(proxy);
    keepingSite = await listen(keeping);
    nginxSite = await listen(nginxLike, nginxPort);
    suite.page.on('request', (request) => requested.push(request.url()));
    suite.page.on('response', (response) => {
      if (response.status() === 404 || response.status() >= 500)
        failed.push(`${response.status()} ${response.url()}`);
    });
  });
  afterAll(async () => {
    await new Promise((resolve) => proxy?.close(resolve));
    await new Promise((resolve) => keeping?.close(resolve));
    await new Promise((resolve) => nginxLike?.close(resolve));
  });

  /** Requests of the page that went anywhere but under the prefix (data: and blob: are the page's own). */
  const strays = () =>
    requested.filter(
      (url) =>
        !url.startsWith(`${site}/`) &&
        !url.startsWith(`${keepingSite}/`) &&
        !url.startsWith(`${nginxSite}/`) &&
        !/^(data|blob):/.test(url),
    );

  it('draws a deep Spanish page with its assets and data, axe-clean', async () => {
    const { page } = suite;
    await open(page, `${site}/es/pathways/08-05`);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    await page.waitForFunction(() => !document.querySelector('p.status'), null, {
      timeout: 15_000,
    });
    // The stylesheet came from under the prefix and applies.
    const sheets = await page.evaluate(() => [...document.styleSheets].map((sheet) => sheet.href));
    expect(sheets.some((href) => href?.startsWith(`${site}/assets/`))).toBe(true);
    expect(requested.some((url) => url.startsWith(`${site}/assets/`) && url.endsWith('.js'))).toBe(
      true,
    );
    expect(requested.some((url) => url.startsWith(`${site}/api/v1/pathways/08-05`))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    // Links, and the search form's action (used when scripts are off).
    const hrefs = await page.$$eval('a[href], form[action]', (elements) =>
      elements.map((e) => e.getAttribute('href') ?? e.getAttribute('action') ?? ''),
    );
    const rootLinks = hrefs.filter(
      (href) => href.startsWith('/') && !href.startsWith(`${PREFIX}/`),
    );
    expect(rootLinks).toEqual([]);
    expect(hrefs).toContain(`${PREFIX}/pathways/08-05`);
    expect(hrefs).toContain(`${PREFIX}/api/docs`);
    expect(hrefs).toContain(`${PREFIX}/es/search`);
  });

  it('follows the language switch to the English page under the prefix, and back', async () => {
    const { page } = suite;
    await page.locator('.lang-switch').click();
    await page.waitForURL(`${site}/pathways/08-05`);
    // The address changes before the English page is drawn (under load, the Spanish one is still up).
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await page.locator('main h1').waitFor();
    await page.goBack();
    await page.waitForURL(`${site}/es/pathways/08-05`);
    await open(page, `${site}/es/pathways/08-05`);
  });

  it('signs a demo student in from the page, with cookies scoped to the prefix', async () => {
    const { page, browser } = suite;
    await page.locator('.account-nav').getByRole('link', { name: 'Iniciar sesión' }).click();
    await page.waitForURL(new RegExp(`^${site}/es/sign-in`));
    await page.getByLabel('Correo electrónico').fill('student@demo.wayfinder.test');
    await page.getByLabel('Contraseña', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Iniciar sesión', exact: true }).click();
    await page.locator('.account-nav__name').waitFor();
    expect(page.url().startsWith(`${site}/es/`)).toBe(true);
    const cookies = await browser.cookies(site);
    const session = cookies.find((cookie) => cookie.name === 'wf_session');
    expect(session?.path).toBe(PREFIX);
    expect(cookies.find((cookie) => cookie.name === 'wf_csrf')?.path).toBe(PREFIX);

    // A signed-in page whose data needs the session.
    await open(page, `${site}/es/me`);
    await page.waitForFunction(() => !document.querySelector('p.status'), null, {
      timeout: 15_000,
    });
    expect(await page.locator('.account-nav__name').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('downloads a program of study as CSV from under the prefix', async () => {
    const { page } = suite;
    await open(page, `${site}/es/programs`);
    await page.locator('main a[href*="/programs/"]').first().click();
    await page.waitForURL(new RegExp(`^${site}/es/programs/[^/]+$`));
    const link = page.getByRole('link', { name: 'Descargar CSV' });
    expect(await link.getAttribute('href')).toMatch(new RegExp(`^${PREFIX}/api/v1/programs/`));
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.url().startsWith(`${site}/api/v1/programs/`)).toBe(true);
    expect(await download.failure()).toBeNull();
  });

  it('signs a counselor in behind a proxy that drops the port from Host, and downloads the caseload CSV', async () => {
    const { page, browser } = suite;
    await browser.clearCookies();
    await open(page, `${nginxSite}/sign-in`);
    await page.getByLabel('Email').fill('counselor@demo.wayfinder.test');
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    const code = page.locator('input[name="totpCode"]');
    await code.waitFor();
    await code.fill(totpCode(DEMO_TOTP_SECRET, new Date()));
    await page.keyboard.press('Enter');
    await page.locator('.account-nav__name').waitFor();

    await open(page, `${nginxSite}/caseload`);
    await page.locator('.caseload-list > li').first().waitFor();
    const link = page.getByRole('link', { name: 'Download CSV' });
    expect(await link.getAttribute('href')).toMatch(
      new RegExp(`^${PREFIX}/api/v1/caseload/export\\?`),
    );
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.url().startsWith(`${nginxSite}/api/v1/caseload/export?`)).toBe(true);
    expect(await download.failure()).toBeNull();
    const student = page.locator('.caseload-list > li h2 a').first();
    expect(await student.getAttribute('href')).toMatch(new RegExp(`^${PREFIX}/caseload/students/`));
  });

  it('draws the same page behind a proxy that passes the prefix on', async () => {
    const { page } = suite;
    await open(page, `${keepingSite}/es/pathways/08-05`);
    await page.waitForFunction(() => !document.querySelector('p.status'), null, {
      timeout: 15_000,
    });
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(requested.some((url) => url.startsWith(`${keepingSite}/api/v1/pathways/08-05`))).toBe(
      true,
    );
  });

  it('sent no request outside the prefix, and nothing came back missing', () => {
    expect(requested.length).toBeGreaterThan(5);
    expect(strays()).toEqual([]);
    expect(outside).toEqual([]);
    expect(failed).toEqual([]);
    expect(suite.cspErrors).toEqual([]);
  });
});
