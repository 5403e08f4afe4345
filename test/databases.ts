/**
 * The database engines every database test runs on: PGlite in memory, and a fresh database on
 * the PostgreSQL server that the global setup started (when there is one).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { createRuntime, type Runtime } from '../src/runtime.ts';

export interface TestEngine {
  name: 'pglite' | 'postgres';
  /** A runtime on an empty, migrated database of its own (not migrated with `migrate: false`). */
  open(options?: { migrate?: boolean }): Promise<Runtime>;
}

/** A new, empty database on the test PostgreSQL server; its URL. */
export async function createDatabase(serverUrl: string): Promise<string> {
  const name = `wayfinder_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export function testEngines(): TestEngine[] {
  const engines: TestEngine[] = [
    {
      name: 'pglite',
      async open(options = {}) {
        const runtime = await createRuntime({ memory: true });
        if (options.migrate !== false) await runtime.migrate();
        return runtime;
      },
    },
  ];
  const serverUrl = inject('postgresUrl');
  if (serverUrl) {
    engines.push({
      name: 'postgres',
      async open(options = {}) {
        const runtime = await createRuntime({ databaseUrl: await createDatabase(serverUrl) });
        if (options.migrate !== false) await runtime.migrate();
        return runtime;
      },
    });
  }
  return engines;
}
