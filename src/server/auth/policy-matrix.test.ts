/**
 * Generated from the routes and the policy table: every route × every role is allowed or denied
 * exactly as the table says. The record each request names is one the role may reach (its own
 * district's student), so an allowed role never meets a 401 or 403.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/app.ts';
import { buildWorld, sessionHeaders, userOf, type World } from '../../../test/auth.ts';
import { testEngines } from '../../../test/databases.ts';
import { mayAttempt } from '../../domain/auth/policy.ts';
import { PRINCIPALS, type Principal } from '../../domain/auth/roles.ts';
import type { Runtime } from '../../runtime.ts';

describe.each(testEngines())('route × role policy matrix on $name', (engine) => {
  let runtime: Runtime;
  let app: FastifyInstance;
  let world: World;

  beforeAll(async () => {
    runtime = await engine.open();
    await runtime.seed();
    world = await buildWorld(runtime);
    app = await buildTestApp(runtime);
  });
  afterAll(async () => {
    await app?.close();
    await runtime?.close();
  });

  const fill = (url: string) => {
    const d = world.districts[0];
    return url
      .replace(/^\/api\/v1\/students\/:id(?=$|\/)/, `/api/v1/students/${d.users.student}`)
      .replace('/districts/:id/', `/districts/${d.id}/`)
      .replace(':email', encodeURIComponent(world.emails.get(d.users.otherStudent)!))
      .replace(':code', url.includes('pathways') ? '08-05' : '08')
      .replace(':id', 'no-such-program')
      .replace('*', 'x');
  };

  it('gives every route a policy action', () => {
    expect(app.routeActions.length).toBeGreaterThan(20);
    expect(
      app.routeActions.filter((r) => r.action === undefined).map((r) => `${r.method} ${r.url}`),
    ).toEqual([]);
  });

  it('allows and denies every route for every role as the policy table says', async () => {
    const routes = app.routeActions.filter((r) => r.method !== 'HEAD' && r.url !== '*');
    const mismatches: string[] = [];
    for (const route of routes) {
      for (const principal of PRINCIPALS) {
        const headers =
          principal === 'anonymous'
            ? {}
            : await sessionHeaders(
                runtime,
                userOf(world, principal as Exclude<Principal, 'anonymous'>),
              );
        const write = route.method !== 'GET';
        const res = await app.inject({
          method: route.method as 'GET',
          url: fill(route.url),
          headers,
          ...(write ? { payload: {} } : {}),
        });
        const allowed = mayAttempt(principal, route.action!);
        const ok = allowed
          ? ![401, 403].includes(res.statusCode)
          : res.statusCode === (principal === 'anonymous' ? 401 : 403);
        if (!ok)
          mismatches.push(
            `${route.method} ${route.url} as ${principal}: ${allowed ? 'allowed' : 'denied'} by the table, got ${res.statusCode}`,
          );
      }
    }
    expect(mismatches).toEqual([]);
    // Every route × every role: about 700 requests, over 30 s on a busy machine.
  }, 120_000);

  it('keeps the public framework, health and docs routes open to anonymous readers', async () => {
    for (const url of [
      '/api/v1/frameworks',
      '/api/v1/clusters',
      '/api/v1/clusters/08',
      '/api/v1/pathways',
      '/api/v1/pathways/08-05',
      '/healthz',
      '/api/openapi.json',
    ]) {
      expect((await app.inject({ method: 'GET', url })).statusCode, url).toBe(200);
    }
  });
});
