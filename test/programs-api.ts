/**
 * For route tests of the programs API: a seeded runtime and app on one engine, opened before the
 * tests of the `describe` that calls it and closed after them, with requests as the state admin
 * (who may author and approve) or as nobody.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import type { Runtime } from '../src/runtime.ts';
import { buildTestApp } from './app.ts';
import { signedInAs } from './auth.ts';
import type { TestEngine } from './databases.ts';

export function programsApi(engine: TestEngine) {
  let runtime: Runtime | undefined;
  let app: FastifyInstance | undefined;
  let admin: Record<string, string> = {};
  beforeAll(async () => {
    runtime = await engine.open();
    await runtime.seed();
    app = await buildTestApp(runtime);
    admin = await signedInAs(runtime, 'state_admin');
  });
  afterAll(async () => {
    await app?.close();
    await runtime?.close();
  });
  const opened = () => {
    if (!app || !runtime) throw new Error('programsApi: used outside a test');
    return { app, runtime };
  };
  return {
    get runtime(): Runtime {
      return opened().runtime;
    },
    /** Signed in as the state admin. */
    send: (
      method: 'GET' | 'POST' | 'PUT',
      url: string,
      payload?: unknown,
      headers: Record<string, string> = {},
    ) =>
      opened().app.inject({
        method,
        url,
        headers: { ...admin, ...headers },
        ...(payload === undefined ? {} : { payload: payload as object }),
      }),
    anonymous: (method: 'GET' | 'POST', url: string) => opened().app.inject({ method, url }),
  };
}
