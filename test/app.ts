/** Builds the HTTP app in process on a seeded test database, for `app.inject` tests. */
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/server/app.ts';
import { VERSION, type Runtime } from '../src/runtime.ts';

export async function buildTestApp(
  runtime: Runtime,
  options: { webRoot?: string; occupations?: boolean } = {},
): Promise<FastifyInstance> {
  return buildApp({
    catalog: runtime.catalog,
    programs: runtime.programs,
    catalogPages: runtime.catalogPages,
    readCache: runtime.readCache,
    records: runtime.records,
    perkins: runtime.perkins,
    accounts: runtime.accounts,
    interests: runtime.interests,
    // The occupation and search routes, for the tests of those (off elsewhere, as before).
    occupations: options.occupations ? runtime.occupations : undefined,
    ping: runtime.ping,
    engine: runtime.database.engine,
    version: VERSION,
    logger: process.env.TEST_LOG ? { level: 'error' } : false,
    webRoot: options.webRoot,
  });
}
