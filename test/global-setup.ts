/**
 * Starts what the test suite needs once: a PostgreSQL server, so database tests run on PGlite
 * and on PostgreSQL. Without PostgreSQL installed the server half is skipped with a plain
 * message, unless WAYFINDER_REQUIRE_ALL=1 (set by .ci/run), which makes its absence a failure.
 * TEST_DATABASE_URL points the tests at an existing server instead (they create their own
 * databases on it).
 */
import type { TestProject } from 'vitest/node';
import { findPostgresBin, startPostgres, type PostgresServer } from './postgres-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string | undefined;
  }
}

let server: PostgresServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  const required = process.env.WAYFINDER_REQUIRE_ALL === '1';
  if (process.env.TEST_DATABASE_URL) {
    project.provide('postgresUrl', process.env.TEST_DATABASE_URL);
    return;
  }
  const bin = findPostgresBin();
  if (!bin) {
    const message =
      'PostgreSQL not found: database tests run on PGlite only (apt-get install postgresql to run them on a server too).';
    if (required) throw new Error(`${message} WAYFINDER_REQUIRE_ALL=1 makes this a failure.`);
    console.warn(message);
    project.provide('postgresUrl', undefined);
    return;
  }
  server = await startPostgres(bin);
  project.provide('postgresUrl', server.url);
}

export function teardown(): void {
  server?.stop();
  server = undefined;
}
