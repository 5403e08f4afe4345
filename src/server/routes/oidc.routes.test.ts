/**
 * OpenID Connect sign-in end to end, over real HTTP on 127.0.0.1: Wayfinder's start route →
 * the test provider's authorization endpoint → Wayfinder's callback → session cookie → /auth/me.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { World } from '../../../test/auth.ts';
import { testEngines } from '../../../test/databases.ts';
import { Jar, useOidcApp } from '../../../test/oidc-app.ts';
import type { TestProvider } from '../../../test/oidc-provider.ts';
import { totpCode } from '../../domain/auth/totp.ts';
import type { Runtime } from '../../runtime.ts';
import { CLI } from '../../services/accounts/caller.ts';
import { createUser } from '../../services/accounts/manage-users.ts';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

describe.each(testEngines())('OpenID Connect sign-in on $name', (engine) => {
  const oidcApp = useOidcApp(engine);
  const { flow, me } = oidcApp;
  let runtime: Runtime;
  let world: World;
  let provider: TestProvider;
  let base: string;

  beforeAll(() => {
    ({ runtime, world, provider, base } = oidcApp);
  });

  it('signs in a known user by verified email, then by the linked external id', async () => {
    provider.user = { sub: 'stu-1', email: 'Student@da.test', email_verified: true };
    const jar = new Jar();
    const done = await flow(jar);
    expect(done.status).toBe(302);
    expect(done.headers.get('location')).toBe(`${base}/`);
    expect(jar.cookies.has('wf_session')).toBe(true);
    expect(jar.cookies.has('wf_oidc')).toBe(false);
    const who = await me(jar);
    expect(who.status).toBe(200);
    expect(await who.json()).toMatchObject({
      user: { email: 'student@da.test' },
      totp: 'not_required',
    });

    // The provider's email changes, and is not even verified: the linked subject still matches.
    provider.user = { sub: 'stu-1', email: 'renamed@elsewhere.test', email_verified: false };
    const again = new Jar();
    expect((await flow(again)).status).toBe(302);
    expect((await (await me(again)).json()).user.email).toBe('student@da.test');

    const log = await runtime.accounts.deps.audit.list({ action: 'auth.sign_in', limit: 5 });
    expect(log[0]).toMatchObject({ outcome: 'ok', actorId: world.districts[0].users.student });
    expect(log[0]!.detail).toMatchObject({ method: 'oidc', provider: 'school' });
  });

  it('refuses an unverified email, and an email no account uses, creating nothing', async () => {
    provider.user = { sub: 'x-1', email: 'other@da.test', email_verified: false };
    const jar = new Jar();
    const unverified = await flow(jar);
    expect(unverified.status).toBe(401);
    expect((await unverified.json()).error.message).toMatch(/has not verified the email/);
    expect(jar.cookies.has('wf_session')).toBe(false);

    const users = await runtime.accounts.deps.users.count();
    provider.user = { sub: 'x-2', email: 'nobody@da.test', email_verified: true };
    const unknown = await flow(new Jar());
    expect(unknown.status).toBe(401);
    expect((await unknown.json()).error.message).toMatch(
      /No Wayfinder account uses the email nobody@da\.test/,
    );
    expect(await runtime.accounts.deps.users.count()).toBe(users);

    const log = await runtime.accounts.deps.audit.list({ action: 'auth.sign_in', limit: 2 });
    expect(log.map((e) => [e.outcome, e.detail?.reason])).toEqual([
      ['failed', 'unknown_email'],
      ['failed', 'unverified_email'],
    ]);
  });

  it('sends a browser back to the sign-in page, in its language, to say why it was refused', async () => {
    const html = 'text/html,application/xhtml+xml';
    provider.user = { sub: 'nobody-9', email: 'nobody@elsewhere.test', email_verified: true };
    const unknown = await flow(new Jar(), undefined, '?lang=es&next=/es/programs', 'school', html);
    expect(unknown.status).toBe(302);
    const to = new URL(unknown.headers.get('location')!);
    expect(to.pathname).toBe('/es/sign-in');
    expect(Object.fromEntries(to.searchParams)).toEqual({
      oidc_error: 'unknown_email',
      provider: 'school',
      sign_in_id: 'nobody-9',
      next: '/es/programs',
    });
    // A forged state: not verified, and no id to show.
    const forged = await flow(
      new Jar(),
      (url) => url.searchParams.set('state', 'forged'),
      '',
      'school',
      html,
    );
    const back = new URL(forged.headers.get('location')!);
    expect(back.pathname).toBe('/sign-in');
    expect(Object.fromEntries(back.searchParams)).toEqual({
      oidc_error: 'not_verified',
      provider: 'school',
    });
  });

  it('refuses a wrong state, and a callback without the browser that started it', async () => {
    provider.user = { sub: 'stu-2', email: 'student@db.test', email_verified: true };
    const wrongState = await flow(new Jar(), (url) => url.searchParams.set('state', 'forged'));
    expect(wrongState.status).toBe(401);
    expect((await wrongState.json()).error.message).toMatch(/could not be verified/);

    const otherBrowser = new Jar();
    const res = await flow(otherBrowser, () => otherBrowser.cookies.clear());
    expect(res.status).toBe(401);
    expect((await res.json()).error.message).toMatch(/started in another browser/);

    const unknownProvider = await fetch(`${base}/api/v1/auth/oidc/nope/start`, {
      redirect: 'manual',
    });
    expect(unknownProvider.status).toBe(404);
  });

  it('still asks staff with a second factor for their code', async () => {
    await createUser(runtime.accounts.deps, CLI, {
      email: 'totp-counselor@da.test',
      name: 'Totp Counselor',
      role: 'counselor',
      orgId: 'da-high',
      baseUrl: base,
      totpSecret: SECRET,
    });
    provider.user = { sub: 'c-1', email: 'totp-counselor@da.test', email_verified: true };
    const jar = new Jar();
    const done = await flow(jar);
    expect(done.status).toBe(302);
    // Not home yet: the sign-in page's code step comes first.
    expect(done.headers.get('location')).toBe(`${base}/sign-in?step=code`);
    const session = (await (await me(jar)).json()) as { totp: string; csrfToken: string };
    expect(session.totp).toBe('code_required');
    const headers = { cookie: jar.header(), 'x-csrf-token': session.csrfToken };
    expect((await fetch(`${base}/api/v1/students`, { headers })).status).toBe(403);
    const post = (code: string) =>
      fetch(`${base}/api/v1/auth/totp/verify`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ code }),
      });
    const good = totpCode(SECRET, new Date());
    const bad = good === '000000' ? '111111' : '000000';
    expect((await post(bad)).status).toBe(400);
    expect((await post(good)).status).toBe(200);
    expect((await fetch(`${base}/api/v1/students`, { headers })).status).toBe(200);
    expect((await (await me(jar)).json()).totp).toBe('passed');
  });
  describe('where the callback sends the browser', () => {
    const location = async (user: typeof provider.user, query: string, jar = new Jar()) => {
      provider.user = user;
      const done = await flow(jar, () => {}, query);
      expect(done.status).toBe(302);
      return done.headers.get('location');
    };
    const student = { sub: 'stu-1', email: 'student@da.test', email_verified: true };

    it('returns to the page the sign-in started from, in its language', async () => {
      const next = encodeURIComponent('/es/programs?cluster=08#top');
      expect(await location(student, `?lang=es&next=${next}`)).toBe(
        `${base}/es/programs?cluster=08#top`,
      );
      expect(await location(student, '?lang=es')).toBe(`${base}/es`);
      expect(await location(student, '?next=%2Faccount')).toBe(`${base}/account`);
    });

    it('sends staff whose code is due to the code step, keeping next and the language', async () => {
      const counselor = { sub: 'c-1', email: 'totp-counselor@da.test', email_verified: true };
      expect(await location(counselor, '?lang=es&next=%2Fes%2Fadmin%2Fusers')).toBe(
        `${base}/es/sign-in?step=code&next=%2Fes%2Fadmin%2Fusers`,
      );
    });

    it('sends staff without a second factor to set it up first, whatever next says', async () => {
      const teacher = { sub: 't-1', email: 'teacher@da.test', email_verified: true };
      expect(await location(teacher, '?next=%2Fprograms')).toBe(`${base}/account`);
      expect(await location(teacher, '?lang=es&next=%2Fprograms')).toBe(`${base}/es/account`);
    });

    it('never sends the browser to another site', async () => {
      for (const next of [
        'https://evil.example',
        '//evil.example',
        '/\\evil.example',
        'javascript:alert(1)',
        '/sign-in',
      ]) {
        const where = await location(student, `?next=${encodeURIComponent(next)}`);
        expect(where, next).toBe(`${base}/`);
      }
      const counselor = { sub: 'c-1', email: 'totp-counselor@da.test', email_verified: true };
      expect(await location(counselor, `?next=${encodeURIComponent('//evil.example')}`)).toBe(
        `${base}/sign-in?step=code`,
      );
    });

    it('checks the returning cookie again: a forged next or language is dropped', async () => {
      provider.user = student;
      const jar = new Jar();
      const done = await flow(
        jar,
        () => {
          const pending = JSON.parse(
            Buffer.from(jar.cookies.get('wf_oidc')!, 'base64url').toString('utf8'),
          ) as Record<string, unknown>;
          const forged = { ...pending, next: '//evil.example/x', lang: 'xx' };
          jar.cookies.set('wf_oidc', Buffer.from(JSON.stringify(forged)).toString('base64url'));
        },
        '?lang=es&next=%2Fprograms',
      );
      expect(done.status).toBe(302);
      expect(done.headers.get('location')).toBe(`${base}/`);
    });
  });
});
