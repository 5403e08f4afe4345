/**
 * OpenID Connect sign-in under a path prefix (WAYFINDER_BASE_PATH=/wayfinder): the callback the
 * provider is given, the pending-sign-in and session cookies, and the page the browser is sent
 * back to all carry the prefix.
 */
import { describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import { Jar, useOidcApp } from '../../../test/oidc-app.ts';

describe.each(testEngines())('OpenID Connect sign-in under /wayfinder on $name', (engine) => {
  const oidcApp = useOidcApp(engine, { basePath: '/wayfinder' });
  const student = { sub: 'stu-1', email: 'student@da.test', email_verified: true };

  it('scopes the pending sign-in cookie and gives the provider a callback under the prefix', async () => {
    const { base } = oidcApp;
    expect(base).toMatch(/\/wayfinder$/);
    const start = await fetch(`${base}/api/v1/auth/oidc/school/start?lang=es`, {
      redirect: 'manual',
    });
    expect(start.status).toBe(302);
    const [cookie] = start.headers.getSetCookie();
    expect(cookie).toMatch(/^wf_oidc=.*; Path=\/wayfinder\/api\/v1\/auth\/oidc\/(;|$)/);
    const authorize = new URL(start.headers.get('location')!);
    expect(authorize.searchParams.get('redirect_uri')).toBe(
      `${base}/api/v1/auth/oidc/school/callback`,
    );
  });

  it('signs in with a session cookie under the prefix and returns to the page under it', async () => {
    const { base, flow, me } = oidcApp;
    oidcApp.provider.user = student;
    const jar = new Jar();
    const done = await flow(jar, () => {}, `?lang=es&next=${encodeURIComponent('/es/programs')}`);
    expect(done.status).toBe(302);
    expect(done.headers.get('location')).toBe(`${base}/es/programs`);
    const session = done.headers.getSetCookie().find((line) => line.startsWith('wf_session='));
    expect(session).toMatch(/; Path=\/wayfinder(;|$)/);
    expect((await me(jar)).status).toBe(200);
  });

  it('sends a refused browser back to the sign-in page under the prefix', async () => {
    const { base, flow } = oidcApp;
    oidcApp.provider.user = { sub: 'x-1', email: 'nobody@da.test', email_verified: true };
    const done = await flow(new Jar(), () => {}, '?lang=es', 'school', 'text/html');
    expect(done.status).toBe(302);
    expect(done.headers.get('location')).toMatch(
      new RegExp(`^${base.replace(/[.]/g, '\\.')}/es/sign-in\\?oidc_error=`),
    );
  });
});
