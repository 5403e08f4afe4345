/**
 * A link ended by another process (the command line, another app server) on PostgreSQL: the
 * server that follows ended sessions drops the adult's cached session when the removal commits,
 * so the next request is refused although the server's clock stands still (the cache never
 * expires by time here: only the announcement can end it).
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildTestApp } from '../../../test/app.ts';
import { sessionHeaders } from '../../../test/auth.ts';
import { createDatabase } from '../../../test/databases.ts';
import { createRuntime, type Runtime } from '../../runtime.ts';
import { CLI } from '../../services/accounts/caller.ts';
import { linkGuardian } from '../../services/accounts/link-students.ts';
import { removeLink } from '../../services/records/remove-link.ts';
import { addUser, recordsWorld } from '../../services/records/test-world.ts';

const serverUrl = inject('postgresUrl');

describe.skipIf(!serverUrl)('a link ended by another process, on PostgreSQL', () => {
  let server: Runtime;
  let cli: Runtime;
  let app: FastifyInstance;
  let stop: () => Promise<void>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const url = await createDatabase(serverUrl!);
    const now = new Date();
    server = await createRuntime({ databaseUrl: url }, { clock: () => now });
    await server.migrate();
    await recordsWorld(server);
    ids.student = await addUser(server, 'kid', 'notify.test', 'student', 'rhs');
    ids.guardian = await addUser(server, 'mom', 'notify.test', 'guardian', 'rhs');
    await linkGuardian(server.accounts.deps, CLI, {
      student: 'kid@notify.test',
      guardian: 'mom@notify.test',
    });
    app = await buildTestApp(server);
    stop = await server.followEndedSessions();
    cli = await createRuntime({ databaseUrl: url });
  }, 300_000);
  afterAll(async () => {
    await stop?.();
    await app?.close();
    await cli?.close();
    await server?.close();
  });

  it("refuses the guardian's next request once the other process's removal commits", async () => {
    const headers = await sessionHeaders(server, ids.guardian!);
    const read = () =>
      app.inject({ method: 'GET', url: `/api/v1/students/${ids.student}`, headers });
    expect((await read()).statusCode).toBe(200);
    await removeLink(cli.records, CLI, {
      districtId: 'rusd',
      kind: 'guardian',
      student: ids.student!,
      adult: 'mom@notify.test',
    });
    const start = performance.now();
    let status = (await read()).statusCode;
    while (status === 200 && performance.now() - start < 3000) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      status = (await read()).statusCode;
    }
    expect([403, 404]).toContain(status);
  });
});
