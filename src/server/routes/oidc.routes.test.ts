/**
 * OpenID Connect sign-in end to end, over real HTTP on 127.0.0.1: Wayfinder's start route →
 * the test provider's authorization endpoint → Wayfinder's callback → session cookie → /auth/me.
 */
import { createServer } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestProvider, type TestProvider } from '../../../test/oidc-provider.ts';
import { buildWorld, sessionHeaders, type World } from '../../../test/auth.ts';
import { testEngines } from '../../../test/databases.ts';
import { totpCode } from '../../domain/auth/totp.ts';
import { VERSION, type Runtime } from '../../runtime.ts';
import { CLI } from '../../services/accounts/caller.ts';
import { createUser } from '../../services/accounts/manage-users.ts';
import { OidcProviders } from '../../services/accounts/oidc-client.ts';
import { buildApp } from '../app.ts';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A browser's cookie jar, just enough for one site and its provider. */
class Jar {
  readonly cookies = new Map<string, string>();
  take(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, value] = [
        pair!.slice(0, pair!.indexOf('=')),
        pair!.slice(pair!.indexOf('=') + 1),
      ];
      if (value === '' || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

describe.each(testEngines())('OpenID Connect sign-in on $name', (engine) => {
  let runtime: Runtime;
  let app: FastifyInstance;
  let world: World;
  let provider: TestProvider;
  let base: string;

  beforeAll(async () => {
    runtime = await engine.open();
    world = await buildWorld(runtime);
    provider = await startTestProvider();
    base = `http://127.0.0.1:${await freePort()}`;
    provider.redirectUris.push(
      `${base}/api/v1/auth/oidc/school/callback`,
      `${base}/api/v1/auth/oidc/entra/callback`,
    );
    const oidc = new OidcProviders([
      {
        id: 'school',
        name: 'School Login',
        issuer: provider.issuer,
        clientId: provider.clientId,
        clientSecret: provider.clientSecret,
      },
      {
        // The same provider read as Microsoft Entra ID is best read: by its "oid" claim.
        id: 'entra',
        name: 'Microsoft',
        issuer: provider.issuer,
        clientId: provider.clientId,
        clientSecret: provider.clientSecret,
        subjectClaim: 'oid',
      },
    ]);
    app = await buildApp({
      catalog: runtime.catalog,
      programs: runtime.programs,
      accounts: runtime.accounts,
      oidc,
      publicUrl: base,
      ping: runtime.ping,
      engine: engine.name,
      version: VERSION,
    });
    await app.listen({ port: Number(new URL(base).port), host: '127.0.0.1' });
  });
  afterAll(async () => {
    await app?.close();
    await provider?.close();
    await runtime?.close();
  });

  /**
   * start (with `query`) → provider → callback; `tamper` may change the callback URL. Returns
   * the last answer.
   */
  async function flow(
    jar: Jar,
    tamper: (url: URL) => void = () => {},
    query = '',
    providerId = 'school',
    accept = '*/*',
  ) {
    const start = await fetch(`${base}/api/v1/auth/oidc/${providerId}/start${query}`, {
      redirect: 'manual',
    });
    expect(start.status).toBe(302);
    jar.take(start);
    const authorize = new URL(start.headers.get('location')!);
    expect(authorize.origin).toBe(provider.issuer);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('state')).toBeTruthy();
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    const approved = await fetch(authorize, { redirect: 'manual' });
    expect(approved.status).toBe(302);
    const callback = new URL(approved.headers.get('location')!);
    expect(callback.origin).toBe(base);
    tamper(callback);
    const done = await fetch(callback, {
      redirect: 'manual',
      headers: { cookie: jar.header(), accept },
    });
    jar.take(done);
    return done;
  }

  const me = (jar: Jar) => fetch(`${base}/api/v1/auth/me`, { headers: { cookie: jar.header() } });

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

  it('asks the userinfo endpoint for the email when the id token has none', async () => {
    provider.emailInUserinfoOnly = true;
    try {
      provider.user = { sub: 'ui-1', email: 'other@db.test', email_verified: true };
      const jar = new Jar();
      expect((await flow(jar)).status).toBe(302);
      expect((await (await me(jar)).json()).user.email).toBe('other@db.test');
    } finally {
      provider.emailInUserinfoOnly = false;
    }
  });

  it('signs in an identity an admin linked by hand, though its email is not verified', async () => {
    // As Microsoft Entra ID: no email_verified, so the email alone never matches.
    provider.user = { sub: 'entra-object-id-1', email: 'guardian@db.test' };
    const refused = await flow(new Jar());
    expect(refused.status).toBe(401);
    // The refusal tells the person the id an administrator needs, and the audit log keeps it.
    expect((await refused.json()).error.message).toContain(
      'Your School Login sign-in id is entra-object-id-1: an administrator can link it',
    );
    const [failure] = await runtime.accounts.deps.audit.list({ action: 'auth.sign_in', limit: 1 });
    expect(failure!.detail).toMatchObject({
      reason: 'unverified_email',
      subject: 'entra-object-id-1',
    });

    const admin = await sessionHeaders(runtime, world.districts[1].users.district_admin);
    const link = (body: object) =>
      app.inject({
        method: 'PUT',
        url: '/api/v1/users/guardian@db.test/identity',
        headers: admin,
        payload: body,
      });
    const both = await link({ provider: 'school', issuer: provider.issuer, subject: 'x' });
    expect(both.statusCode).toBe(400);
    expect(both.json().error.field).toBe('provider');
    // An admin of the other district may not link it.
    const other = await sessionHeaders(runtime, world.districts[0].users.district_admin);
    const foreign = await app.inject({
      method: 'PUT',
      url: '/api/v1/users/guardian@db.test/identity',
      headers: other,
      payload: { provider: 'school', subject: 'entra-object-id-1' },
    });
    expect(foreign.statusCode).toBe(403);
    const linked = await link({ provider: 'school', subject: 'entra-object-id-1' });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json()).toMatchObject({
      email: 'guardian@db.test',
      linkedIssuer: provider.issuer,
    });

    const jar = new Jar();
    expect((await flow(jar)).status).toBe(302);
    expect((await (await me(jar)).json()).user.email).toBe('guardian@db.test');

    const unlinked = await app.inject({
      method: 'DELETE',
      url: '/api/v1/users/guardian@db.test/identity',
      headers: admin,
    });
    expect(unlinked.json()).toMatchObject({ linkedIssuer: null });
    expect((await flow(new Jar())).status).toBe(401);
    const log = await runtime.accounts.deps.audit.list({ districtId: 'db', limit: 10 });
    expect(log.map((e) => e.action)).toEqual(
      expect.arrayContaining(['user.link_identity', 'user.unlink_identity']),
    );
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

  it('identifies people by another claim when the provider is set up so (Entra "oid")', async () => {
    provider.user = {
      sub: 'per-app-pairwise-value',
      oid: 'object-id-42',
      email: 'teacher@db.test',
    };
    const admin = await sessionHeaders(runtime, world.districts[1].users.district_admin);
    const linked = await app.inject({
      method: 'PUT',
      url: '/api/v1/users/teacher@db.test/identity',
      headers: admin,
      payload: { provider: 'entra', subject: 'object-id-42' },
    });
    expect(linked.statusCode, linked.body).toBe(200);
    const jar = new Jar();
    expect((await flow(jar, undefined, '', 'entra')).status).toBe(302);
    expect((await (await me(jar)).json()).user.email).toBe('teacher@db.test');
    // Without the claim the sign-in is refused, saying which claim is missing.
    provider.user = { sub: 'per-app-pairwise-value', email: 'teacher@db.test' };
    const missing = await flow(new Jar(), undefined, '', 'entra');
    expect(missing.status).toBe(401);
    expect((await missing.json()).error.message).toMatch(/did not send the "oid" claim/);
    const [logged] = await runtime.accounts.deps.audit.list({ action: 'auth.sign_in', limit: 1 });
    expect(logged).toMatchObject({ outcome: 'failed', detail: { reason: 'missing_claim' } });
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
