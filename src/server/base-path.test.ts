/**
 * WAYFINDER_BASE_PATH: behind a proxy that serves the site under /wayfinder, with the prefix
 * stripped or not, the page carries the prefix for its assets and the app, cookies are scoped to
 * it, and the OpenAPI document and Swagger UI point under it. Without it, all is as at the root.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld } from '../../test/auth.ts';
import { createRuntime, VERSION, type Runtime } from '../runtime.ts';
import { CLI } from '../services/accounts/caller.ts';
import { createUser } from '../services/accounts/manage-users.ts';
import { redeemPasswordLink } from '../services/accounts/redeem-link.ts';
import { buildApp } from './app.ts';
import { cookiePath, stripBasePath } from './base-path.ts';

describe('stripBasePath', () => {
  it('takes the prefix off an address that has it, and leaves every other address alone', () => {
    expect(stripBasePath('/wayfinder/es/pathways/08-05', '/wayfinder')).toBe('/es/pathways/08-05');
    expect(stripBasePath('/wayfinder', '/wayfinder')).toBe('/');
    expect(stripBasePath('/wayfinder/', '/wayfinder')).toBe('/');
    expect(stripBasePath('/wayfinder?lang=es', '/wayfinder')).toBe('/?lang=es');
    expect(stripBasePath('/wayfinderx/api', '/wayfinder')).toBe('/wayfinderx/api');
    expect(stripBasePath('/es/pathways/08-05', '/wayfinder')).toBe('/es/pathways/08-05');
    expect(stripBasePath('/wayfinder/api/v1/clusters', '')).toBe('/wayfinder/api/v1/clusters');
    expect(cookiePath('')).toBe('/');
    expect(cookiePath('/apps/wayfinder')).toBe('/apps/wayfinder');
  });
});

const PASSWORD = 'correct horse battery';
// The shape of the built index.html (Vite, base './').
const INDEX =
  '<!doctype html><html lang="en"><head><meta charset="utf-8" /><title>Career Clusters · Wayfinder</title>' +
  '<link rel="icon" type="image/svg+xml" href="./favicon.svg" />' +
  '<script type="module" crossorigin src="./assets/index-abc.js"></script>' +
  '<link rel="stylesheet" crossorigin href="./assets/index-abc.css"></head>' +
  '<body><div id="root"></div></body></html>';

describe('WAYFINDER_BASE_PATH', () => {
  let runtime: Runtime;
  let webRoot: string;
  let prefixed: FastifyInstance;
  let root: FastifyInstance;

  beforeAll(async () => {
    runtime = await createRuntime({ memory: true });
    await runtime.migrate();
    await buildWorld(runtime);
    const { link } = await createUser(runtime.accounts.deps, CLI, {
      email: 'prefixed@da.test',
      name: 'x',
      role: 'student',
      orgId: 'da-high',
      baseUrl: 'https://apps.district.org/wayfinder',
    });
    expect(link.url).toMatch(/^https:\/\/apps\.district\.org\/wayfinder\//);
    await redeemPasswordLink(runtime.accounts.deps, {
      token: link.url.split('#token=')[1]!,
      password: PASSWORD,
    });
    webRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-base-'));
    fs.writeFileSync(path.join(webRoot, 'index.html'), INDEX);
    fs.mkdirSync(path.join(webRoot, 'assets'));
    fs.writeFileSync(path.join(webRoot, 'assets', 'index-abc.js'), 'export {};');
    const app = (basePath: string | undefined) =>
      buildApp({
        catalog: runtime.catalog,
        programs: runtime.programs,
        accounts: runtime.accounts,
        ping: runtime.ping,
        engine: 'pglite',
        version: VERSION,
        basePath,
        webRoot,
      });
    prefixed = await app('/wayfinder');
    root = await app(undefined);
  });
  afterAll(async () => {
    await prefixed?.close();
    await root?.close();
    await runtime?.close();
    if (webRoot) fs.rmSync(webRoot, { recursive: true, force: true });
  });

  const page = (app: FastifyInstance, url: string) =>
    app.inject({ url, headers: { accept: 'text/html' } });

  it('serves index.html with the prefix, whether the proxy stripped it or not', async () => {
    for (const url of ['/es/pathways/08-05', '/wayfinder/es/pathways/08-05']) {
      const res = await page(prefixed, url);
      expect(res.statusCode, url).toBe(200);
      expect(res.body).toContain('<html lang="es"');
      expect(res.body).toContain('<meta name="wayfinder-base-path" content="/wayfinder" />');
      expect(res.body).toContain('src="/wayfinder/assets/index-abc.js"');
      expect(res.body).toContain('href="/wayfinder/assets/index-abc.css"');
      expect(res.body).toContain('href="/wayfinder/favicon.svg"');
      expect(res.body).not.toMatch(/(src|href)="\.?\/(assets|favicon)/);
      expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
    }
    expect((await page(prefixed, '/wayfinder')).statusCode).toBe(200);
    const asset = await prefixed.inject({ url: '/wayfinder/assets/index-abc.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.body).toBe('export {};');
    expect((await page(prefixed, '/wayfinderx/es')).statusCode).toBe(404);
  });

  it('serves index.html at the root as before without the setting', async () => {
    const res = await page(root, '/es/pathways/08-05');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<meta name="wayfinder-base-path" content="" />');
    expect(res.body).toContain('src="/assets/index-abc.js"');
    expect(res.body).toContain('href="/favicon.svg"');
    expect((await page(root, '/wayfinder/es/pathways/08-05')).statusCode).toBe(404);
  });

  const signIn = (app: FastifyInstance, url: string) =>
    app.inject({
      method: 'POST',
      url,
      payload: { email: 'prefixed@da.test', password: PASSWORD },
    });
  const cookieOf = (cookies: string[], name: string) =>
    cookies.find((c) => c.startsWith(`${name}=`));

  it('scopes the session and CSRF cookies to the prefix, set and cleared', async () => {
    for (const url of ['/api/v1/auth/sign-in', '/wayfinder/api/v1/auth/sign-in']) {
      const res = await signIn(prefixed, url);
      expect(res.statusCode, res.body).toBe(200);
      const cookies = res.headers['set-cookie'] as string[];
      expect(cookieOf(cookies, 'wf_session')).toMatch(/; Path=\/wayfinder(;|$)/);
      expect(cookieOf(cookies, 'wf_csrf')).toMatch(/; Path=\/wayfinder(;|$)/);
      const session = cookieOf(cookies, 'wf_session')!.split(';')[0]!;
      const { csrfToken } = res.json<{ csrfToken: string }>();
      const out = await prefixed.inject({
        method: 'POST',
        url: '/wayfinder/api/v1/auth/sign-out',
        headers: { cookie: session, 'x-csrf-token': csrfToken },
      });
      expect(out.statusCode, out.body).toBeLessThan(300);
      const cleared = out.headers['set-cookie'] as string[];
      expect(cookieOf(cleared, 'wf_session')).toMatch(/; Path=\/wayfinder(;|$)/);
    }
    const atRoot = await signIn(root, '/api/v1/auth/sign-in');
    expect(cookieOf(atRoot.headers['set-cookie'] as string[], 'wf_session')).toMatch(
      /; Path=\/(;|$)/,
    );
  });

  it('points the OpenAPI document and Swagger UI under the prefix', async () => {
    const spec = (await prefixed.inject({ url: '/wayfinder/api/openapi.json' })).json<{
      servers?: { url: string }[];
    }>();
    expect(spec.servers).toEqual([{ url: '/wayfinder' }]);
    expect(
      (await root.inject({ url: '/api/openapi.json' })).json<{ servers?: unknown }>().servers,
    ).toBeUndefined();
    const docs = await prefixed.inject({ url: '/api/docs' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('src="/wayfinder/api/docs/static/swagger-ui-bundle.js"');
    expect(docs.headers['content-security-policy']).toMatch(/style-src 'self' 'unsafe-inline'/);
  });
});
