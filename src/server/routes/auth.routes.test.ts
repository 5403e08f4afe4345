import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, sessionHeaders, type World } from '../../../test/auth.ts';
import { testEngines } from '../../../test/databases.ts';
import { totpCode } from '../../domain/auth/totp.ts';
import { VERSION, type Runtime } from '../../runtime.ts';
import { CLI } from '../../services/accounts/caller.ts';
import { createUser } from '../../services/accounts/manage-users.ts';
import { buildApp } from '../app.ts';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

describe.each(testEngines())('sign-in and sessions on $name', (engine) => {
  let runtime: Runtime;
  let app: FastifyInstance;
  let world: World;
  let clock = new Date('2025-03-01T12:00:00Z');

  beforeAll(async () => {
    runtime = await engine.open();
    runtime.accounts.deps.clock = () => clock;
    world = await buildWorld(runtime);
    app = await buildApp({
      catalog: runtime.catalog,
      programs: runtime.programs,
      accounts: runtime.accounts,
      ping: runtime.ping,
      engine: engine.name,
      version: VERSION,
      signInPerMinute: 8,
    });
  });
  afterAll(async () => {
    await app?.close();
    await runtime?.close();
  });

  /** The client address of the requests: tests that count attempts take one of their own. */
  let ip = '127.0.0.1';
  const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url, payload, headers, remoteAddress: ip });
  const get = (url: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'GET', url, headers });
  const cookieHeaders = (res: Awaited<ReturnType<typeof post>>) => {
    const session = res.cookies.find((c) => c.name === 'wf_session')!;
    return {
      cookie: `wf_session=${session.value}`,
      'x-csrf-token': res.json().csrfToken as string,
    };
  };

  async function userWithPassword(
    email: string,
    role: 'student' | 'counselor' = 'student',
    totpSecret?: string,
  ) {
    const { link } = await createUser(runtime.accounts.deps, CLI, {
      email,
      name: 'x',
      role,
      orgId: 'da-high',
      baseUrl: 'http://localhost:3000',
      ...(totpSecret ? { totpSecret } : {}),
    });
    const token = link.url.split('#token=')[1]!;
    expect(
      (await post('/api/v1/auth/set-password', { token, password: 'correct horse battery' }))
        .statusCode,
    ).toBe(200);
    expect(
      (await post('/api/v1/auth/set-password', { token, password: 'another password!' }))
        .statusCode,
    ).toBe(401);
    return email;
  }

  it('sets a password with a one-time link and signs in to an httpOnly SameSite session', async () => {
    const email = await userWithPassword('first@da.test');
    const res = await post('/api/v1/auth/sign-in', {
      email: 'FIRST@da.test',
      password: 'correct horse battery',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ user: { email }, totp: 'not_required' });
    const session = res.cookies.find((c) => c.name === 'wf_session')!;
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(session.secure).toBeFalsy();
    const me = await get('/api/v1/auth/me', cookieHeaders(res));
    expect(me.json().user.email).toBe(email);
  });

  it('refuses wrong passwords without saying why, logs them, and locks the account after 5', async () => {
    ip = '192.0.2.10';
    const email = await userWithPassword('lock@da.test');
    const wrong = await post('/api/v1/auth/sign-in', { email, password: 'wrong password' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.message).toBe('Email or password is wrong.');
    const unknown = await post('/api/v1/auth/sign-in', {
      email: 'nobody@da.test',
      password: 'wrong password',
    });
    expect(unknown.json().error.message).toBe('Email or password is wrong.');
    for (let i = 0; i < 4; i++)
      await post('/api/v1/auth/sign-in', { email, password: 'wrong password' });
    const locked = await post('/api/v1/auth/sign-in', { email, password: 'correct horse battery' });
    expect(locked.statusCode).toBe(401);
    expect(locked.json().error.message).toMatch(/locked/);
    const failures = await runtime.accounts.deps.audit.list({ action: 'auth.sign_in', limit: 100 });
    expect(failures.filter((f) => f.outcome === 'failed').length).toBeGreaterThanOrEqual(6);
    clock = new Date(clock.getTime() + 16 * 60_000);
    expect(
      (await post('/api/v1/auth/sign-in', { email, password: 'correct horse battery' })).statusCode,
    ).toBe(200);
    ip = '127.0.0.1';
  });

  it('rate-limits sign-in attempts per address, whatever the email', async () => {
    ip = '192.0.2.11';
    const codes: number[] = [];
    for (let i = 0; i < 10; i++)
      codes.push(
        (await post('/api/v1/auth/sign-in', { email: `flood${i}@da.test`, password: 'x' }))
          .statusCode,
      );
    expect(codes.slice(0, 8).every((c) => c === 401)).toBe(true);
    expect(codes.slice(8)).toEqual([429, 429]);
    ip = '127.0.0.1';
  });

  it('requires the CSRF token on cookie-authenticated writes and refuses cross-site sign-in', async () => {
    const headers = await sessionHeaders(runtime, world.districts[0].users.student);
    expect((await post('/api/v1/auth/sign-out', {}, { cookie: headers.cookie })).statusCode).toBe(
      403,
    );
    expect(
      (await post('/api/v1/auth/sign-out', {}, { ...headers, 'x-csrf-token': 'nope' })).statusCode,
    ).toBe(403);
    expect((await post('/api/v1/auth/sign-out', {}, headers)).statusCode).toBe(200);
    expect((await get('/api/v1/auth/me', headers)).statusCode).toBe(401);
    const cross = await post(
      '/api/v1/auth/sign-in',
      { email: 'first@da.test', password: 'x' },
      { origin: 'https://evil.example' },
    );
    expect(cross.statusCode).toBe(403);
  });

  it('signs out everywhere', async () => {
    const a = await sessionHeaders(runtime, world.districts[0].users.guardian);
    const b = await sessionHeaders(runtime, world.districts[0].users.guardian);
    expect((await get('/api/v1/auth/me', b)).statusCode).toBe(200);
    expect((await post('/api/v1/auth/sign-out-everywhere', {}, a)).statusCode).toBe(200);
    expect((await get('/api/v1/auth/me', a)).statusCode).toBe(401);
    expect((await get('/api/v1/auth/me', b)).statusCode).toBe(401);
  });

  it('tells a page who is signed in without a 401: { user: null } for a visitor or an ended session', async () => {
    const visitor = await get('/api/v1/auth/session');
    expect(visitor.statusCode).toBe(200);
    expect(visitor.json()).toEqual({ user: null });
    expect(visitor.headers['cache-control']).toBe('no-store');
    // API clients keep their 401 from /auth/me.
    expect((await get('/api/v1/auth/me')).statusCode).toBe(401);

    for (const user of [world.districts[0].users.student, world.districts[0].users.counselor]) {
      const headers = await sessionHeaders(runtime, user);
      const session = await get('/api/v1/auth/session', headers);
      expect(session.statusCode).toBe(200);
      expect(session.headers['cache-control']).toBe('no-store');
      expect(session.json()).toEqual((await get('/api/v1/auth/me', headers)).json());
      expect(session.json()).toMatchObject({
        user: { id: user },
        csrfToken: headers['x-csrf-token'],
      });
      expect((await post('/api/v1/auth/sign-out', {}, headers)).statusCode).toBe(200);
      const ended = await get('/api/v1/auth/session', headers);
      expect(ended.statusCode).toBe(200);
      expect(ended.json()).toEqual({ user: null });
    }
    // Staff whose second factor is still due learn that from it, as from /auth/me.
    const due = await sessionHeaders(runtime, world.districts[0].users.counselor, false);
    expect((await get('/api/v1/auth/session', due)).json()).toMatchObject({
      totp: 'enrol_required',
    });
  });

  it('asks staff for a TOTP code and never accepts one twice', async () => {
    const email = await userWithPassword('totp@da.test', 'counselor', SECRET);
    const noCode = await post('/api/v1/auth/sign-in', { email, password: 'correct horse battery' });
    expect(noCode.statusCode).toBe(401);
    expect(noCode.json().error.field).toBe('totpCode');
    const code = totpCode(SECRET, clock);
    const ok = await post('/api/v1/auth/sign-in', {
      email,
      password: 'correct horse battery',
      totpCode: code,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().totp).toBe('passed');
    expect(
      (
        await post('/api/v1/auth/sign-in', {
          email,
          password: 'correct horse battery',
          totpCode: code,
        })
      ).statusCode,
    ).toBe(401);
  });

  it('keeps staff without a second factor to enrolment until they set one up', async () => {
    const email = await userWithPassword('enrol@da.test', 'counselor');
    const res = await post('/api/v1/auth/sign-in', { email, password: 'correct horse battery' });
    expect(res.json().totp).toBe('enrol_required');
    const headers = cookieHeaders(res);
    expect((await get('/api/v1/students', headers)).statusCode).toBe(403);
    const { secret } = (await post('/api/v1/auth/totp', {}, headers)).json();
    expect((await post('/api/v1/auth/totp/confirm', { code: '000000' }, headers)).statusCode).toBe(
      400,
    );
    const confirm = await post(
      '/api/v1/auth/totp/confirm',
      { code: totpCode(secret, clock) },
      headers,
    );
    expect(confirm.json().totpEnabled).toBe(true);
    expect((await get('/api/v1/students', headers)).statusCode).toBe(200);
  });

  it('logs staff reads of student records and shows a district its own log only', async () => {
    const [da, db] = world.districts;
    const counselor = await sessionHeaders(runtime, da.users.counselor);
    expect((await get(`/api/v1/students/${da.users.student}`, counselor)).statusCode).toBe(200);
    expect((await get(`/api/v1/students/${db.users.student}`, counselor)).statusCode).toBe(403);
    const admin = await sessionHeaders(runtime, da.users.district_admin);
    const log = (await get('/api/v1/audit?action=student.read', admin)).json().items as Array<
      Record<string, unknown>
    >;
    expect(log.length).toBeGreaterThanOrEqual(2);
    expect(log.every((e) => e.districtId === 'da')).toBe(true);
    expect(log.map((e) => e.outcome)).toEqual(expect.arrayContaining(['ok', 'denied']));
    expect((await get('/api/v1/audit?district=db', admin)).statusCode).toBe(403);
    expect(log.find((e) => e.outcome === 'ok')).toMatchObject({
      actorId: da.users.counselor,
      targetId: da.users.student,
      ip: '127.0.0.1',
    });
  });

  it('keeps the audit log append-only', async () => {
    const db = runtime.database.db;
    await expect(sql`update audit_log set action = 'x'`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log`.execute(db)).rejects.toThrow(/append-only/);
  });

  it('sends a strict CSP, and a looser one only for Swagger UI', async () => {
    const api = await get('/api/v1/clusters');
    const csp = String(api.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe');
    expect(api.headers['x-content-type-options']).toBe('nosniff');
    const docs = await get('/api/docs/');
    expect(docs.statusCode).toBe(200);
    expect(String(docs.headers['content-security-policy'])).toContain(
      "style-src 'self' 'unsafe-inline'",
    );
    expect(String(docs.headers['content-security-policy'])).toContain("script-src 'self';");
    expect(docs.body).toContain('swagger-initializer.js');
    expect((await get('/api/docs/static/swagger-initializer.js')).statusCode).toBe(200);
    expect((await get('/api/docs/json')).statusCode).toBe(200);
  });
});
