/**
 * Fuzz: every write endpoint of the API, called by a role that may call it, with bodies, path
 * parameters and query strings drawn from its own schema (the OpenAPI document zod generates),
 * now and then broken (NUL characters, wrong types, huge strings), never answers 5xx.
 */
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/app.ts';
import { buildWorld, sessionHeaders, userOf, type World } from '../../test/auth.ts';
import {
  arbitraryFor,
  mutatedFrom,
  type JsonSchema,
  type Pools,
} from '../../test/json-schema-arbitrary.ts';
import { mayAttempt } from '../domain/auth/policy.ts';
import { PRINCIPALS, type Principal } from '../domain/auth/roles.ts';
import { nursingWithCredentialOptions } from '../domain/program/test-factories-nursing.ts';
import { softwareProgram } from '../domain/program/test-factories.ts';
import { createRuntime, type Runtime } from '../runtime.ts';

interface Operation {
  method: string;
  /** Fastify's form: /api/v1/programs/:id */
  url: string;
  params: Record<string, JsonSchema>;
  query: Record<string, JsonSchema>;
  body?: JsonSchema;
}

interface OpenApiOperation {
  parameters?: Array<{ in: string; name: string; schema: JsonSchema }>;
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}

const WRITES = new Set(['post', 'put', 'patch', 'delete']);

function writeOperations(doc: { paths: Record<string, Record<string, OpenApiOperation>> }) {
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      if (!WRITES.has(method)) continue;
      const of = (where: string) =>
        Object.fromEntries(
          (op.parameters ?? []).filter((p) => p.in === where).map((p) => [p.name, p.schema]),
        );
      ops.push({
        method: method.toUpperCase(),
        url: path.replace(/\{(\w+)\}/g, ':$1'),
        params: of('path'),
        query: of('query'),
        body: op.requestBody?.content['application/json']?.schema,
      });
    }
  }
  return ops;
}

/**
 * Valid examples to mutate, for the bodies too large to reach the services by chance: a program,
 * and one with credential credit and a choice between credentials; and school ids the random
 * strings would never hit, for a counselor's further schools.
 */
function examples(): Record<string, unknown[]> {
  const programs = [softwareProgram(), nursingWithCredentialOptions()].map((file) => ({
    program: file.program,
    catalog: file.catalog,
  }));
  return {
    'POST /api/v1/programs': programs,
    'PUT /api/v1/programs/:id': programs,
    // A counselor's further schools: its own district's, another's, the district itself, none.
    'PUT /api/v1/users/:email/schools': [
      { schools: ['db-high'] },
      { schools: ['da-high', 'db-high', 'db'] },
      { schools: [] },
    ],
  };
}

/** A path segment; a lone surrogate (no UTF-8 for it) becomes bytes that are not UTF-8 either. */
function pathSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%FF%FE';
  }
}

describe('every write endpoint', () => {
  let runtime: Runtime;
  let app: FastifyInstance;
  let world: World;

  beforeAll(async () => {
    runtime = await createRuntime({ memory: true });
    await runtime.migrate();
    await runtime.seed();
    await runtime.seedDemoRegion();
    world = await buildWorld(runtime);
    app = await buildTestApp(runtime);
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await runtime?.close();
  });

  it('never answers 5xx to any input its schema lets through or refuses', async () => {
    const ops = writeOperations(app.swagger() as never);
    // Every write route the server has is in the document, so none escapes the fuzz.
    const documented = new Set(ops.map((o) => `${o.method} ${o.url}`));
    const writes = app.routeActions.filter((r) => !['GET', 'HEAD', 'OPTIONS'].includes(r.method));
    expect(writes.filter((r) => !documented.has(`${r.method} ${r.url}`))).toEqual([]);
    expect(ops.length).toBeGreaterThanOrEqual(20);

    // Actors are the other district's users, so that disabling the fuzzed emails locks no one out.
    const pools: Pools = {
      emails: [...world.emails.values()].filter((e) => e.endsWith('@da.test')),
      ids: ['software-development', 'riverside-nursing', 'da', 'db-high', 'no-such-id'],
    };
    const seeds = examples();
    const failures: string[] = [];
    let sent = 0;
    for (const op of ops) {
      const route = app.routeActions.find((r) => r.method === op.method && r.url === op.url);
      const action = route?.action;
      const principal = PRINCIPALS.find((p) => action && mayAttempt(p, action)) as Principal;
      const seed = seeds[`${op.method} ${op.url}`];
      const body = op.body
        ? seed
          ? fc.oneof(arbitraryFor(op.body, pools), ...seed.map((example) => mutatedFrom(example)))
          : arbitraryFor(op.body, pools)
        : fc.constant(undefined);
      const params = fc.record(
        Object.fromEntries(
          Object.entries(op.params).map(([k, s]) => [k, arbitraryFor(s, pools)]),
        ) as Record<string, fc.Arbitrary<unknown>>,
      );
      const query = fc.record(
        Object.fromEntries(Object.entries(op.query).map(([k, s]) => [k, arbitraryFor(s, pools)])),
        { requiredKeys: [] },
      );
      await fc.assert(
        fc.asyncProperty(body, params, query, async (payload, p, q) => {
          const url = op.url.replace(/:(\w+)/g, (_, name: string) => pathSegment(String(p[name])));
          const headers =
            principal === 'anonymous'
              ? {}
              : await sessionHeaders(runtime, userOf(world, principal, 1));
          const res = await app.inject({
            method: op.method as 'POST',
            url,
            query: Object.fromEntries(Object.entries(q).map(([k, v]) => [k, String(v)])),
            headers,
            ...(payload === undefined ? {} : { payload: payload as object }),
          });
          sent += 1;
          if (res.statusCode >= 500)
            failures.push(
              `${op.method} ${url} as ${principal} with ${JSON.stringify(payload)?.slice(0, 300)}: ${res.statusCode}`,
            );
        }),
        { numRuns: 40 },
      );
    }
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(ops.length * 40);
  }, 300_000);
});
