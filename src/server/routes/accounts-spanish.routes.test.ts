/**
 * The refusals of accounts, sign-in, organizations, guardian and caseload links and bulk exports,
 * walked in Spanish: each request is made with `?lang=es` (or Accept-Language: es) and again in
 * English; the Spanish answer has the same status and field, says `lang: es`, and holds no phrase
 * of any English refusal (account-messages-en.ts). Refusals no route reaches (the links the CLI
 * makes) are walked through their services. Both engines.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/app.ts';
import { buildWorld, sessionHeaders, userOf, type World } from '../../../test/auth.ts';
import { testEngines } from '../../../test/databases.ts';
import { phrases } from '../../../test/english-catalogue.ts';
import { accountMessagesEn } from '../../domain/auth/account-messages-en.ts';
import { AppError } from '../../domain/errors.ts';
import type { Runtime } from '../../runtime.ts';
import { CLI } from '../../services/accounts/caller.ts';
import { assignCaseload, linkGuardian } from '../../services/accounts/link-students.ts';

/** Every phrase of every English refusal: none may reach a Spanish answer. */
const ENGLISH = [...new Set(Object.values(accountMessagesEn).flatMap(phrases))];

/** The English phrases in a text, leaving out addresses and commands (`wayfinder …`). */
function englishIn(text: string): string[] {
  const words = text.replace(/https?:\/\/\S+|`[^`]*`/g, ' ');
  return ENGLISH.filter((phrase) => words.includes(phrase));
}

type Headers = Record<string, string>;
interface Ask {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  payload?: object;
  /** Who asks: a user id, or nobody. */
  as?: string;
  /** Send no CSRF header (a signed-in write without it is refused). */
  noCsrf?: boolean;
}

describe.each(testEngines())('account refusals in Spanish on $name', (engine) => {
  let runtime: Runtime;
  let app: FastifyInstance;
  let world: World;

  beforeAll(async () => {
    runtime = await engine.open();
    world = await buildWorld(runtime);
    app = await buildTestApp(runtime);
  }, 300_000);
  afterAll(async () => {
    await app?.close();
    await runtime?.close();
  });

  async function send(ask: Ask, lang: 'en' | 'es', how: 'query' | 'header') {
    const headers: Headers = {};
    if (ask.as) {
      const session = await sessionHeaders(runtime, ask.as);
      headers.cookie = session.cookie;
      if (!ask.noCsrf) headers['x-csrf-token'] = session['x-csrf-token'];
    }
    let url = ask.url;
    if (lang === 'es' && how === 'query') url += `${url.includes('?') ? '&' : '?'}lang=es`;
    if (lang === 'es' && how === 'header') headers['accept-language'] = 'es-US,es;q=0.9';
    if (lang === 'en') headers['accept-language'] = 'en-US';
    return app.inject({
      method: ask.method,
      url,
      headers,
      ...(ask.payload ? { payload: ask.payload } : {}),
    });
  }

  type Told = { code: string; message: string; field?: string; lang?: string };
  const told = (res: LightMyRequestResponse) => (res.json() as { error: Told }).error;

  /** The refusal in Spanish and in English: the same refusal, each in its own language. */
  async function expectBoth(ask: Ask, english: RegExp, how: 'query' | 'header' = 'query') {
    const es = await send(ask, 'es', how);
    const en = await send(ask, 'en', how);
    expect(en.statusCode, `${ask.url}: ${en.body}`).toBeGreaterThanOrEqual(400);
    expect(es.statusCode, ask.url).toBe(en.statusCode);
    const [e, s] = [told(en), told(es)];
    expect(e.message, ask.url).toMatch(english);
    expect(e.lang).toBe('en');
    expect(s, `${ask.url}: ${s.message}`).toMatchObject({ code: e.code, lang: 'es' });
    expect(s.field).toBe(e.field);
    expect(s.message).not.toBe(e.message);
    expect(englishIn(s.message), s.message).toEqual([]);
    return s.message;
  }

  const state = () => world.stateAdmin;
  const admin = () => userOf(world, 'district_admin');
  const user = (extra: object) => ({
    method: 'POST' as const,
    url: '/api/v1/users',
    as: state(),
    payload: { email: 'new@da.test', name: 'Ana', role: 'student', orgId: 'da-high', ...extra },
  });

  it('says the refusals of creating a user in Spanish', async () => {
    await expectBoth(user({ orgId: 'nowhere' }), /No organization has the id nowhere/);
    await expectBoth(user({ email: 'student@da.test' }), /already exists/, 'header');
    await expectBoth(user({ orgId: 'da' }), /A student belongs to a school/);
    await expectBoth(user({ role: 'teacher', orgId: 'da' }), /teacher belongs to a school/);
    await expectBoth(user({ name: 'Ana\u202eMaría' }), /The name contains an invisible/);
    await expectBoth(user({ role: 'teacher', familyName: 'López' }), /Only a student has a family/);
    const es = await expectBoth(user({ givenName: 'Ana\u202e' }), /The given name contains/);
    expect(es).toMatch(/^El nombre contiene un carácter invisible/);
    await expectBoth({ ...user({ orgId: 'db-high' }), as: admin() }, /You may not user write/);
  });

  it('says the refusals of organizations and of users by email in Spanish', async () => {
    const org = (payload: object) => ({
      method: 'POST' as const,
      url: '/api/v1/orgs',
      as: state(),
      payload: { id: 'new-org', name: 'New', ...payload },
    });
    await expectBoth(org({ kind: 'school', parentId: 'state' }), /belongs to a district/);
    await expectBoth(org({ kind: 'school' }), /needs a parent district/);
    await expectBoth(org({ kind: 'state', parentId: 'state' }), /A state has no parent/);
    await expectBoth(org({ kind: 'school', parentId: 'nowhere' }), /No organization/);
    await expectBoth(org({ id: 'da', kind: 'district', parentId: 'state' }), /already exists/);
    for (const url of [
      '/api/v1/users/nobody@da.test/reset-link',
      '/api/v1/users/nobody@da.test/disable',
    ])
      await expectBoth({ method: 'POST', url, as: state() }, /No user has the email/);
    const identity = (email: string, payload: object) => ({
      method: 'PUT' as const,
      url: `/api/v1/users/${email}/identity`,
      as: state(),
      payload: { issuer: 'https://id.example.org', subject: 'abc', ...payload },
    });
    await expectBoth(identity('teacher@da.test', { issuer: 'id.example.org' }), /issuer URL/);
    await expectBoth(identity('teacher@da.test', { subject: 'a b' }), /without spaces/);
    await expectBoth(identity('nobody@da.test', {}), /No user has the email/);
    await expectBoth(
      { method: 'GET', url: '/api/v1/students/no-such-id', as: state() },
      /No student has the id/,
    );
  });

  it('says the refusals of signing in and of the second factor in Spanish', async () => {
    const student = userOf(world, 'student');
    await expectBoth(
      {
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        payload: { email: 'student@da.test', password: 'not the password' },
      },
      /Email or password is wrong/,
    );
    await expectBoth(
      {
        method: 'POST',
        url: '/api/v1/auth/set-password',
        payload: { token: 'x'.repeat(43), password: 'correct horse battery' },
      },
      /This link is not valid/,
      'header',
    );
    await expectBoth(
      {
        method: 'POST',
        url: '/api/v1/auth/password',
        as: student,
        payload: { currentPassword: 'wrong one', newPassword: 'correct horse battery' },
      },
      /current password is wrong/,
    );
    await expectBoth(
      {
        method: 'POST',
        url: '/api/v1/auth/totp/confirm',
        as: student,
        payload: { code: '123456' },
      },
      /Start setting up a second factor first/,
    );
    await expectBoth(
      { method: 'POST', url: '/api/v1/auth/totp/verify', as: student, payload: { code: '123456' } },
      /No second factor is set up/,
    );
    await expectBoth({ method: 'GET', url: '/api/v1/users' }, /Sign in first/, 'header');
    await expectBoth({ method: 'GET', url: '/api/v1/users', as: student }, /Your role may not/);
    await expectBoth(
      { ...user({ email: 'csrf@da.test' }), noCsrf: true },
      /Missing or wrong x-csrf-token/,
    );
  });

  it('says the refusals of bulk exports in Spanish', async () => {
    await expectBoth(
      { method: 'POST', url: '/api/v1/students/exports/no-such-export/approve', as: state() },
      /No export has the id/,
    );
    await expectBoth(
      {
        method: 'POST',
        url: '/api/v1/students/export',
        as: admin(),
        payload: { format: 'json', approval: 'no-such-export' },
      },
      /You have no export no-such-export waiting/,
    );
  });

  it('says the refusals of guardian and caseload links in Spanish', async () => {
    const deps = runtime.accounts.deps;
    const refusals = await Promise.all(
      [
        () => linkGuardian(deps, CLI, { student: 'nobody@da.test', guardian: 'guardian@da.test' }),
        () => linkGuardian(deps, CLI, { student: 'student@da.test', guardian: 'teacher@da.test' }),
        () => linkGuardian(deps, CLI, { student: 'student@da.test', guardian: 'guardian@db.test' }),
        () =>
          assignCaseload(deps, CLI, { student: 'student@da.test', counselor: 'counselor@db.test' }),
      ].map((attempt) =>
        attempt().then(
          () => undefined,
          (error: unknown) => error,
        ),
      ),
    );
    for (const refusal of refusals) {
      expect(refusal).toBeInstanceOf(AppError);
      const { message, translations } = refusal as AppError;
      expect(translations?.es, message).toBeDefined();
      expect(translations!.es).not.toBe(message);
      expect(englishIn(translations!.es!), translations!.es).toEqual([]);
    }
    expect((refusals[2] as AppError).translations?.es).toBe(
      'El padre o tutor y el estudiante deben ser del mismo distrito.',
    );
  });
});
