/**
 * Sign-in abuse: a per-address limit whatever the email; a lockout that locks the attacker's
 * address, not the account's owner, and answers an unknown email exactly like a real one; a
 * short account-wide backoff against guesses spread over many addresses; a second factor that
 * does not confirm the password to whoever lacks the code; counters shared by app instances.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld } from '../../../test/auth.ts';
import { testEngines } from '../../../test/databases.ts';
import { VERSION, type Runtime } from '../../runtime.ts';
import { CLI } from '../../services/accounts/caller.ts';
import { createUser } from '../../services/accounts/manage-users.ts';
import { redeemPasswordLink } from '../../services/accounts/redeem-link.ts';
import { buildApp } from '../app.ts';

const PASSWORD = 'correct horse battery';
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

describe.each(testEngines())('sign-in abuse on $name', (engine) => {
  let runtime: Runtime;
  let apps: [FastifyInstance, FastifyInstance];
  let clock = new Date('2025-03-01T12:00:00Z');

  beforeAll(async () => {
    runtime = await engine.open();
    runtime.accounts.deps.clock = () => clock;
    await buildWorld(runtime);
    const app = () =>
      buildApp({
        catalog: runtime.catalog,
        programs: runtime.programs,
        accounts: runtime.accounts,
        ping: runtime.ping,
        engine: engine.name,
        version: VERSION,
        signInPerMinute: 8,
      });
    // Two app instances on one database, as behind a load balancer.
    apps = [await app(), await app()];
  });
  afterAll(async () => {
    for (const app of apps ?? []) await app.close();
    await runtime?.close();
  });

  let turn = 0;
  const signIn = (ip: string, body: object) =>
    apps[turn++ % 2]!.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: body,
      remoteAddress: ip,
    });

  async function userWithPassword(email: string, totpSecret?: string) {
    const { link } = await createUser(runtime.accounts.deps, CLI, {
      email,
      name: 'x',
      role: totpSecret ? 'counselor' : 'student',
      orgId: 'da-high',
      baseUrl: 'http://localhost:3000',
      ...(totpSecret ? { totpSecret } : {}),
    });
    await redeemPasswordLink(runtime.accounts.deps, {
      token: link.url.split('#token=')[1]!,
      password: PASSWORD,
    });
    return email;
  }

  it('limits one address, across emails and across app instances', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 10; i++)
      codes.push(
        (await signIn('198.51.100.1', { email: `n${i}@x.test`, password: 'x' })).statusCode,
      );
    expect(codes).toEqual([401, 401, 401, 401, 401, 401, 401, 401, 429, 429]);
    expect((await signIn('198.51.100.2', { email: 'n0@x.test', password: 'x' })).statusCode).toBe(
      401,
    );
    clock = new Date(clock.getTime() + 61_000);
    expect((await signIn('198.51.100.1', { email: 'n0@x.test', password: 'x' })).statusCode).toBe(
      401,
    );
  });

  it("locks the attacker's address, not the owner, and answers an unknown email alike", async () => {
    const email = await userWithPassword('victim@da.test');
    for (let i = 0; i < 5; i++)
      expect((await signIn('203.0.113.66', { email, password: 'guess' })).statusCode).toBe(401);
    const locked = await signIn('203.0.113.66', { email, password: PASSWORD });
    expect(locked.statusCode).toBe(401);
    expect(locked.json().error.message).toMatch(/locked/);
    // The owner, from their own address, signs in as usual.
    expect((await signIn('203.0.113.1', { email, password: PASSWORD })).statusCode).toBe(200);

    for (let i = 0; i < 5; i++)
      await signIn('203.0.113.67', { email: 'nobody@da.test', password: 'guess' });
    const unknown = await signIn('203.0.113.67', { email: 'nobody@da.test', password: 'guess' });
    expect([unknown.statusCode, unknown.body]).toEqual([locked.statusCode, locked.body]);
  });

  it('slows guesses spread over many addresses with a short account-wide backoff', async () => {
    const email = await userWithPassword('spread@da.test');
    for (let i = 0; i < 21; i++)
      expect((await signIn(`10.1.0.${i}`, { email, password: 'guess' })).statusCode).toBe(401);
    const waiting = await signIn('10.2.0.1', { email, password: PASSWORD });
    expect(waiting.json().error.message).toMatch(/locked/);
    clock = new Date(clock.getTime() + 61_000);
    expect((await signIn('10.2.0.1', { email, password: PASSWORD })).statusCode).toBe(200);
  });

  it('tells a wrong password from a right one only to whoever has the second-factor code', async () => {
    const email = await userWithPassword('staff@da.test', SECRET);
    const answer = async (password: string, totpCode?: string) => {
      const res = await signIn(`10.3.0.${turn}`, {
        email,
        password,
        ...(totpCode ? { totpCode } : {}),
      });
      return [res.statusCode, res.body];
    };
    expect(await answer('guess')).toEqual(await answer(PASSWORD));
    expect((await answer(PASSWORD))[1]).toContain('totpCode');
    expect(await answer('guess', '000000')).toEqual(await answer(PASSWORD, '000000'));
  });
});
