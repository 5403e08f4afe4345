/**
 * Browser-test helpers: Debian's Chromium through playwright-core (never a downloaded browser),
 * the Wayfinder server started in-process on a fresh embedded database, and axe for WCAG checks.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import axe from 'axe-core';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { totpCode } from '../src/domain/auth/totp.ts';
import { startServer, type RunningServer } from '../src/server/serve.ts';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../src/services/accounts/seed-demo.ts';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..');
export const WEB_ROOT = path.join(REPO_ROOT, 'dist/web');
export const CHROMIUM = '/usr/bin/chromium';

const REQUIRED = process.env.WAYFINDER_REQUIRE_ALL === '1';
const MISSING = `Chromium not found at ${CHROMIUM}: skipping browser tests (apt-get install chromium)`;

/**
 * Whether to skip the browser tests: only when Chromium is missing and not required. When it is
 * missing but required (WAYFINDER_REQUIRE_ALL=1) the tests run and `launchBrowser` fails them.
 */
export function skipBrowserTests(): boolean {
  if (fs.existsSync(CHROMIUM) || REQUIRED) return false;
  console.warn(MISSING);
  return true;
}

/** Builds the web app unless dist/web/index.html exists (`npm test` builds it first). */
export function ensureWebBuilt(): void {
  if (fs.existsSync(path.join(WEB_ROOT, 'index.html'))) return;
  const result = spawnSync(
    'npx',
    ['vite', 'build', '--config', 'src/web/vite.config.ts', '--logLevel', 'warn'],
    {
      cwd: REPO_ROOT,
      stdio: 'inherit',
    },
  );
  if (result.status !== 0)
    throw new Error(`Building the web app failed (exit ${String(result.status)})`);
}

const tempDirs: string[] = [];

function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

export interface TestApp {
  url: string;
  /** The server's services, to load test data (programs, accounts) without the API. */
  runtime: RunningServer['runtime'];
  stop(): Promise<void>;
}

/**
 * The whole server (API + built web app) on a random port and a fresh embedded database.
 * `options.port` fixes the port (when the public address must be known first, as for sign-in
 * providers); `options.env` adds account settings such as WAYFINDER_OIDC_PROVIDERS,
 * WAYFINDER_PUBLIC_URL or WAYFINDER_EXPORT_DAILY_CAP, and server settings such as
 * WAYFINDER_BASE_PATH.
 */
export async function startApp(
  options: { port?: number; env?: Record<string, string> } = {},
): Promise<TestApp> {
  ensureWebBuilt();
  const config = loadConfig(
    {
      dataDir: tempDir('wayfinder-e2e-db-'),
      port: options.port ?? 0,
      host: '127.0.0.1',
      logLevel: 'silent',
    },
    { ...process.env, ...options.env },
  );
  const server = await startServer(config, {
    webRoot: WEB_ROOT,
    ...(options.env ? { env: { ...process.env, ...options.env } } : {}),
  });
  return { url: server.url, runtime: server.runtime, stop: () => server.stop() };
}

type StartOptions = Parameters<typeof startApp>[0];

/** The browser and the server a test file shares: set up before its first test. */
export interface BrowserApp {
  readonly app: TestApp;
  readonly browser: BrowserContext;
  /** The browser's first tab, watched for Content-Security-Policy errors. */
  readonly page: Page;
  /** An address of the app: url('/es/search?q=x'). */
  url(address: string): string;
  /** Content-Security-Policy errors the first tab logged. */
  readonly cspErrors: string[];
}

/**
 * Starts Chromium and the server (on a fresh database) before the file's tests and stops both
 * after them: call it at the top of a describe block, before the file's own beforeAll. The
 * options may be computed in beforeAll (a sign-in provider started first, a free port).
 */
export function useBrowserApp(
  options: StartOptions | (() => Promise<StartOptions>) = {},
): BrowserApp {
  let started: { app: TestApp; browser: BrowserContext; page: Page } | undefined;
  const cspErrors: string[] = [];
  const get = () => {
    if (!started) throw new Error('useBrowserApp: the browser and server start in beforeAll');
    return started;
  };
  beforeAll(async () => {
    const browser = await launchBrowser();
    const app = await startApp(typeof options === 'function' ? await options() : options);
    started = { app, browser, page: browser.pages()[0] ?? (await browser.newPage()) };
    started.page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
        cspErrors.push(message.text());
    });
  });
  afterAll(async () => {
    await started?.browser.close();
    await started?.app.stop();
    started = undefined;
    removeTempDirs();
  });
  return {
    get app() {
      return get().app;
    },
    get browser() {
      return get().browser;
    },
    get page() {
      return get().page;
    },
    url: (address) => `${started?.app.url ?? ''}${address}`,
    cspErrors,
  };
}

export { freePort } from '../test/free-port.ts';

/**
 * Debian's Chromium with a fresh profile. `ignoreHTTPSErrors` accepts a test proxy's certificate
 * from its own CA (Caddy's `tls internal`).
 */
export async function launchBrowser(
  options: { ignoreHTTPSErrors?: boolean } = {},
): Promise<BrowserContext> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} does not exist, and WAYFINDER_REQUIRE_ALL=1 makes the browser tests required (apt-get install chromium).`,
    );
  }
  return chromium.launchPersistentContext(tempDir('wayfinder-e2e-profile-'), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    ...(options.ignoreHTTPSErrors ? { ignoreHTTPSErrors: true } : {}),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Opens a page address and waits until its main heading is drawn (data loaded). */
export async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('main h1').waitFor();
}

/**
 * Signs a demo staff account (demo password and the demo authenticator code) in through the API;
 * the page's browser context keeps the session cookie.
 */
export async function signInDemoStaff(page: Page, appUrl: string, email: string): Promise<void> {
  const res = await page.request.post(`${appUrl}/api/v1/auth/sign-in`, {
    data: { email, password: DEMO_PASSWORD, totpCode: totpCode(DEMO_TOTP_SECRET, new Date()) },
  });
  expect(res.status(), await res.text()).toBe(200);
}

export async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url}: ${response.status}`);
  return (await response.json()) as T;
}

interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe (WCAG 2.0/2.1 A and AA rules) and describes each violation, one per line. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol rather than added as an inline <script>, so the
  // server's Content-Security-Policy (script-src 'self') stays in force for the app itself.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const findings = await page.evaluate(async (): Promise<AxeFinding[]> => {
    const runner = (window as unknown as { axe: typeof axe }).axe;
    const results = await runner.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  });
  return findings.map(
    (finding) =>
      `${finding.id} (${finding.impact ?? 'n/a'}): ${finding.help} — at ${finding.targets.join(', ')}`,
  );
}

/** Saves a full-page screenshot when WAYFINDER_SCREENSHOTS names a folder (for a person to look at). */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.WAYFINDER_SCREENSHOTS;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

/**
 * Checks that the page does not scroll sideways (phone widths), naming what sticks out when it
 * does. Tables inside their own scrolling box are allowed to be wider.
 */
export async function expectNoSideScroll(page: Page, address: string): Promise<void> {
  const { scroll, client, wide } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
    wide: [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth)
      .filter((e) => !e.closest('.table-scroll table, .pos-scroll table'))
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}.${String(e.className)}`),
  }));
  expect(scroll, `${address} scrolls sideways: ${wide.join(', ')}`).toBeLessThanOrEqual(client);
}
