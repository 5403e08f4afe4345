/**
 * The command line never loses writes: while `wayfinder serve` has the embedded data folder, a
 * command on the same folder is refused (exit 1, naming the server's pid) and changes nothing;
 * a lock left by a process that is gone is taken over.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../db/data-folder-lock.ts';
import { main, type CliIo } from './main.ts';

const bin = path.resolve(import.meta.dirname, '../../bin/wayfinder.js');

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => (out += t), err: (t) => (err += t) };
  return { code: await main(args, io), out, err };
}

/** Starts `wayfinder serve` in a process of its own; resolves once it is serving. */
function serve(data: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [bin, 'serve', '--port', '0', '--no-demo', ...data.split(' ')],
    {
      env: {
        ...process.env,
        LOG_LEVEL: 'silent',
        DATABASE_URL: '',
        WAYFINDER_ADMIN_PASSWORD: 'a-long-admin-password',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Wayfinder is serving')) resolve(child);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
  });
}

describe('the data folder lock', () => {
  let tmp: string;
  let dir: string;
  let server: ChildProcess | undefined;
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-lock-'));
    dir = path.join(tmp, 'data');
  });
  afterAll(() => {
    server?.kill('SIGKILL');
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('refuses a command while serve runs, naming its pid, and changes nothing', async () => {
    const data = ['--data', dir];
    expect(
      (await run(['orgs', 'create', '--id', 'state', '--kind', 'state', '--name', 'S', ...data]))
        .code,
    ).toBe(0);
    const created = await run([
      'users',
      'create',
      '--email',
      'kim@example.org',
      '--name',
      'Kim',
      '--role',
      'state_admin',
      '--org',
      'state',
      ...data,
    ]);
    expect(created.code, created.err).toBe(0);

    server = await serve(data.join(' '));
    const pid = server.pid!;
    const refused = await run(['users', 'disable', 'kim@example.org', ...data]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(`pid ${pid}`);
    expect(refused.err).toMatch(/Stop that process first.*web app or the API/s);
    expect(refused.err).toContain('Nothing was changed');
    // Reading is refused the same way, from another process too.
    const other = spawnSync(process.execPath, [bin, 'users', 'list', ...data], {
      encoding: 'utf8',
    });
    expect(other.status).toBe(1);
    expect(other.stderr).toContain(`pid ${pid}`);

    await new Promise<void>((resolve) => {
      server!.once('exit', () => resolve());
      server!.kill('SIGTERM');
    });
    server = undefined;
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
    const list = await run(['users', 'list', ...data]);
    expect(list.code, list.err).toBe(0);
    expect(list.out).toMatch(/^kim@example\.org\tstate_admin\tstate\tactive/m);
  }, 120_000);

  it('takes over a lock whose process is gone (kill -9, a crash)', async () => {
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    });
    const deadPid = Number(gone.stdout);
    fs.writeFileSync(
      path.join(dir, LOCK_FILE),
      JSON.stringify({
        pid: deadPid,
        hostname: os.hostname(),
        command: 'wayfinder serve',
        since: 'x',
      }),
    );
    const res = await run(['users', 'disable', 'kim@example.org', '--data', dir]);
    expect(res.code, res.err).toBe(0);
    expect(res.out).toContain('kim@example.org is disabled.');
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  }, 60_000);
});
