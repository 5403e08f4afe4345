/**
 * The set-up shared by the import route tests: on one engine, a fresh database with the seeded
 * world, the HTTP app, and the session headers of the first district's admin; plus a POST of a
 * raw body and a count of a table's rows.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import type { DB } from '../src/db/schema.ts';
import type { Runtime } from '../src/runtime.ts';
import { buildTestApp } from './app.ts';
import { buildWorld, sessionHeaders, type World } from './auth.ts';
import type { TestEngine } from './databases.ts';

export interface RouteApp {
  runtime: Runtime;
  app: FastifyInstance;
  world: World;
  /** Session headers of the first district's admin. */
  admin: Record<string, string>;
}

/**
 * Opens the engine's database, seeds the world and builds the app before the suite's tests (then
 * runs `more`, for the suite's own data), and closes both after them. The returned object is
 * filled in by then.
 */
export function useRouteApp(engine: TestEngine, more?: (ctx: RouteApp) => Promise<void>): RouteApp {
  const ctx = {} as RouteApp;
  beforeAll(async () => {
    ctx.runtime = await engine.open();
    ctx.world = await buildWorld(ctx.runtime);
    ctx.app = await buildTestApp(ctx.runtime);
    ctx.admin = await sessionHeaders(ctx.runtime, ctx.world.districts[0].users.district_admin);
    await more?.(ctx);
  }, 300_000);
  afterAll(async () => {
    await ctx.app?.close();
    await ctx.runtime?.close();
  });
  return ctx;
}

/** POSTs a raw body (CSV unless another content type is given) with the given headers. */
export function postBody(
  app: FastifyInstance,
  url: string,
  body: string,
  headers: Record<string, string>,
  contentType = 'text/csv',
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url,
    headers: { ...headers, 'content-type': contentType },
    payload: body,
  });
}

/** How many rows a table holds. */
export async function countRows(runtime: Runtime, table: keyof DB): Promise<number> {
  const row = await runtime.database.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
