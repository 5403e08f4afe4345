/**
 * On a PostgreSQL server, the command line may write while `serve` runs, and its writes take
 * effect at once: a user disabled from the command line loses the session the server had cached.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { sessionHeaders } from '../../test/auth.ts';
import { createDatabase } from '../../test/databases.ts';
import { loadConfig } from '../config.ts';
import { startServer, type RunningServer } from '../server/serve.ts';
import { main, type CliIo } from './main.ts';

const serverUrl = inject('postgresUrl');

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => (out += t), err: (t) => (err += t) };
  return { code: await main(args, io), out, err };
}

describe.skipIf(!serverUrl)('the command line beside a server on PostgreSQL', () => {
  let server: RunningServer;
  let saved: string | undefined;

  beforeAll(async () => {
    const databaseUrl = await createDatabase(serverUrl!);
    saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = databaseUrl;
    const config = loadConfig({ port: 0, logLevel: 'silent' });
    server = await startServer(config, {
      webRoot: '/nonexistent',
      env: { WAYFINDER_ADMIN_PASSWORD: 'a-long-admin-password' },
    });
  });
  afterAll(async () => {
    await server?.stop();
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
  });

  it('ends the sessions of a user disabled from the command line at once', async () => {
    const created = await run([
      'users',
      'create',
      '--email',
      'lee@example.org',
      '--name',
      'Lee',
      '--role',
      'state_admin',
      '--org',
      'state',
    ]);
    expect(created.code, created.err).toBe(0);
    const user = await server.runtime.accounts.deps.users.findByEmail('lee@example.org');
    const headers = await sessionHeaders(server.runtime, user!.id);
    const me = () => fetch(`${server.url}/api/v1/auth/me`, { headers });
    // Asked twice: the second answer comes from the server's session cache.
    expect((await me()).status).toBe(200);
    expect((await me()).status).toBe(200);

    const disabled = await run(['users', 'disable', 'lee@example.org']);
    expect(disabled.code, disabled.err).toBe(0);
    const started = performance.now();
    let status = 200;
    while (status === 200 && performance.now() - started < 2_000) {
      status = (await me()).status;
      if (status === 200) await new Promise((r) => setTimeout(r, 10));
    }
    const ms = performance.now() - started;
    console.log(`session of the disabled user refused after ${ms.toFixed(0)} ms`);
    expect(status).toBe(401);
    // Well inside the 5 s the cache would otherwise keep the session.
    expect(ms).toBeLessThan(1_000);
  }, 60_000);
});
