/**
 * Behind an HTTPS proxy (WAYFINDER_TRUST_PROXY): the client's address reaches the audit log and
 * the sign-in limits, cookies are Secure, and HSTS is sent; without the setting, X-Forwarded-*
 * headers are ignored (anyone could send them) and plain HTTP gets no HSTS.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld } from '../../test/auth.ts';
import { createRuntime, VERSION, type Runtime } from '../runtime.ts';
import { CLI } from '../services/accounts/caller.ts';
import { createUser } from '../services/accounts/manage-users.ts';
import { redeemPasswordLink } from '../services/accounts/redeem-link.ts';
import { buildApp } from './app.ts';

const PASSWORD = 'correct horse battery';

describe('WAYFINDER_TRUST_PROXY', () => {
  let runtime: Runtime;
  let behind: FastifyInstance;
  let direct: FastifyInstance;

  beforeAll(async () => {
    runtime = await createRuntime({ memory: true });
    await runtime.migrate();
    await buildWorld(runtime);
    const { link } = await createUser(runtime.accounts.deps, CLI, {
      email: 'proxied@da.test',
      name: 'x',
      role: 'student',
      orgId: 'da-high',
      baseUrl: 'http://localhost:3000',
    });
    await redeemPasswordLink(runtime.accounts.deps, {
      token: link.url.split('#token=')[1]!,
      password: PASSWORD,
    });
    const app = (trustProxy: false | number | string[]) =>
      buildApp({
        catalog: runtime.catalog,
        programs: runtime.programs,
        accounts: runtime.accounts,
        ping: runtime.ping,
        engine: 'pglite',
        version: VERSION,
        signInPerMinute: 3,
        trustProxy,
      });
    behind = await app(['10.0.0.0/8']);
    direct = await app(false);
  });
  afterAll(async () => {
    await behind?.close();
    await direct?.close();
    await runtime?.close();
  });

  const signIn = (app: FastifyInstance, client: string, password = PASSWORD) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: 'proxied@da.test', password },
      remoteAddress: '10.0.0.2',
      headers: { 'x-forwarded-for': client, 'x-forwarded-proto': 'https' },
    });

  it('sees the client address and HTTPS through a trusted proxy', async () => {
    const res = await signIn(behind, '198.51.100.23');
    expect(res.statusCode, res.body).toBe(200);
    const cookie = res.headers['set-cookie'] as string[];
    expect(cookie.find((c) => c.startsWith('wf_session='))).toMatch(/; Secure/);
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    const [entry] = await runtime.accounts.deps.audit.list({ action: 'auth.sign_in', limit: 1 });
    expect(entry!.ip).toBe('198.51.100.23');
  });

  it('limits sign-ins per client, not per proxy', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 4; i++) codes.push((await signIn(behind, '198.51.100.50', 'x')).statusCode);
    expect(codes).toEqual([401, 401, 401, 429]);
    // Another client behind the same proxy is not held back by the first.
    expect((await signIn(behind, '198.51.100.51', 'x')).statusCode).toBe(401);
  });

  it('ignores X-Forwarded-* when off, and sends no HSTS over plain HTTP', async () => {
    const res = await signIn(direct, '198.51.100.24');
    expect(res.statusCode).toBe(200);
    const cookie = res.headers['set-cookie'] as string[];
    expect(cookie.find((c) => c.startsWith('wf_session='))).not.toMatch(/Secure/);
    expect(res.headers['strict-transport-security']).toBeUndefined();
    const [entry] = await runtime.accounts.deps.audit.list({ action: 'auth.sign_in', limit: 1 });
    expect(entry!.ip).toBe('10.0.0.2');
  });
});
