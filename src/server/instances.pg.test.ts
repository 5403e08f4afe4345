/**
 * Several app instances on one PostgreSQL database (issue 9): two real `wayfinder serve`
 * processes, A and B. An approval made through A, and an occupation import made by a third
 * process (this one, as the command line would), are seen through B within a second, although B
 * holds the old answers in its read cache. The session made here signs in on both: sessions live
 * in the database.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { signedInAs } from '../../test/auth.ts';
import { createDatabase } from '../../test/databases.ts';
import type { TProgramDetail } from '../contracts/program-api.ts';
import { modify, softwareProgram } from '../domain/program/test-factories.ts';
import { createRuntime, type Runtime } from '../runtime.ts';
import { runImport } from '../services/occupations/run-import.ts';
import { wagesPlan } from '../../test/wages-plan.ts';

const bin = path.resolve(import.meta.dirname, '../../bin/wayfinder.js');
const serverUrl = inject('postgresUrl');

/** Starts `wayfinder serve` on the database; resolves with its address once it serves. */
function serve(databaseUrl: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--no-demo'], {
    env: { ...process.env, LOG_LEVEL: 'silent', DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Wayfinder is serving (\S+)/.exec(output);
      if (match) resolve({ child, url: match[1]! });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
  });
}

/** Asks `read` until `done` holds; how long it took (fails after 5 s). */
async function waitFor(read: () => Promise<string>, done: (body: string) => boolean) {
  const start = performance.now();
  for (;;) {
    if (done(await read())) return performance.now() - start;
    if (performance.now() - start > 5000) throw new Error('not seen within 5 s');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe.skipIf(!serverUrl)('two instances on one PostgreSQL database', () => {
  let runtime: Runtime;
  let a: { child: ChildProcess; url: string };
  let b: { child: ChildProcess; url: string };
  let admin: Record<string, string>;
  const file = softwareProgram();

  beforeAll(async () => {
    const url = await createDatabase(serverUrl!);
    runtime = await createRuntime({ databaseUrl: url });
    await runtime.prepare();
    admin = await signedInAs(runtime, 'state_admin');
    a = await serve(url);
    b = await serve(url);
  }, 120_000);
  afterAll(async () => {
    a?.child.kill('SIGTERM');
    b?.child.kill('SIGTERM');
    await runtime?.close();
  });

  const write = async (base: string, method: string, url: string, body?: object) => {
    const res = await fetch(`${base}${url}`, {
      method,
      headers: { ...admin, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    expect(res.status, await res.clone().text()).toBeLessThan(300);
  };
  const read = async (base: string, url: string) => (await fetch(`${base}${url}`)).text();

  it('shows an approval made through A through B within a second', async () => {
    await write(a.url, 'POST', '/api/v1/programs', { id: file.id, ...file });
    for (const action of ['submit', 'approve'])
      await write(a.url, 'POST', `/api/v1/programs/${file.id}/${action}`);
    const detail = `/api/v1/programs/${file.id}`;
    // B holds version 1 in its cache.
    const v1 = JSON.parse(await read(b.url, detail)) as TProgramDetail;
    expect(v1.version).toBe(1);
    expect(await read(b.url, detail)).toBe(JSON.stringify(v1));

    const edited = modify(file, (d) => {
      d.program.title = { en: 'Software Development (2027)' };
    });
    await write(a.url, 'PUT', detail, { program: edited.program });
    await write(a.url, 'POST', `${detail}/submit`);
    await write(a.url, 'POST', `${detail}/approve`);
    const took = await waitFor(
      () => read(b.url, detail),
      (body) => (JSON.parse(body) as TProgramDetail).version === 2,
    );
    expect(took).toBeLessThan(1000);
  });

  it('shows an occupation import by another process through B within a second', async () => {
    const url = '/api/v1/occupations/29-1141.00';
    const before = await read(b.url, url);
    expect(await read(b.url, url)).toBe(before);
    await runImport(runtime.occupations.imports, wagesPlan('29-1141', 123456));
    const took = await waitFor(
      () => read(b.url, url),
      (body) => body.includes('123456'),
    );
    expect(took).toBeLessThan(1000);
  });
});
