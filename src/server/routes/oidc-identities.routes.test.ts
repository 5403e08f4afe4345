/**
 * School sign-in identities over real HTTP: the email from the userinfo endpoint when the id
 * token has none, an identity an admin links by hand (and only in their district), and
 * providers read by another claim (Microsoft Entra ID's "oid").
 */
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { sessionHeaders, type World } from '../../../test/auth.ts';
import { testEngines } from '../../../test/databases.ts';
import { Jar, useOidcApp } from '../../../test/oidc-app.ts';
import type { TestProvider } from '../../../test/oidc-provider.ts';
import type { Runtime } from '../../runtime.ts';

describe.each(testEngines())('school sign-in identities on $name', (engine) => {
  const oidcApp = useOidcApp(engine);
  const { flow, me } = oidcApp;
  let runtime: Runtime;
  let app: FastifyInstance;
  let world: World;
  let provider: TestProvider;

  beforeAll(() => {
    ({ runtime, app, world, provider } = oidcApp);
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
});
