/**
 * A real Caddy (`caddy run`, Debian's package) in front of the app for the browser tests: its
 * Caddyfile written to a temporary folder, HTTPS from Caddy's own internal CA (`tls internal`,
 * never installed in the system's trust store), high ports only, stopped when the tests end.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';

// Caddy is an optional extra (CI installs it when Debian's package installs cleanly): a missing
// caddy is skipped even under WAYFINDER_REQUIRE_ALL, and fails only with WAYFINDER_REQUIRE_CADDY=1.
const REQUIRED = process.env.WAYFINDER_REQUIRE_CADDY === '1';

export const HAS_CADDY = spawnSync('caddy', ['version']).status === 0;

/** Whether to skip the Caddy tests: only when caddy is missing and not required. */
export function skipCaddyTests(): boolean {
  if (HAS_CADDY || REQUIRED) return false;
  console.warn('caddy not found: skipping the Caddy tests (apt-get install caddy)');
  return true;
}

export interface RunningCaddy {
  /** Caddy's output so far (JSON log lines), to explain a failure. */
  log(): string;
  stop(): Promise<void>;
}

/**
 * The global options every test Caddyfile starts with: no admin endpoint, the HTTP and HTTPS
 * ports given (never 80 or 443), its certificates in `dir`, its CA left out of the system.
 */
export function caddyGlobals(dir: string, httpPort: number, httpsPort: number): string {
  return [
    '{',
    '\tadmin off',
    `\thttp_port ${httpPort}`,
    `\thttps_port ${httpsPort}`,
    '\tskip_install_trust',
    `\tstorage file_system ${dir}/storage`,
    '}',
  ].join('\n');
}

/** Starts `caddy run` on a Caddyfile and waits until `readyUrl` answers over HTTPS. */
export async function startCaddy(caddyfile: string, readyUrl: string): Promise<RunningCaddy> {
  if (!HAS_CADDY)
    throw new Error('caddy is required (WAYFINDER_REQUIRE_CADDY=1): apt-get install caddy');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-caddy-'));
  const file = path.join(dir, 'Caddyfile');
  fs.writeFileSync(file, caddyfile.replaceAll('$DIR', dir));
  let output = '';
  const child: ChildProcess = spawn('caddy', ['run', '--config', file, '--adapter', 'caddyfile'], {
    env: { ...process.env, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir, HOME: dir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  for (let tries = 0; tries < 100; tries += 1) {
    if (child.exitCode !== null) break;
    if ((await request(readyUrl).catch(() => undefined)) !== undefined)
      return { log: () => output, stop };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`caddy did not start:\n${output}`);
}

export interface HttpsAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * One request over HTTPS to a test Caddy (its certificate is from its own CA, so not checked),
 * optionally from another loopback address (`from: '127.0.0.7'`): a different client to Caddy.
 */
export function request(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string; from?: string } = {},
): Promise<HttpsAnswer> {
  return new Promise((resolve, reject) => {
    const sent = https.request(
      url,
      {
        method: options.method ?? 'GET',
        headers: options.headers,
        rejectUnauthorized: false,
        // Caddy listens on every address; a loopback `from` needs localhost's IPv4 address.
        family: 4,
        ...(options.from ? { localAddress: options.from } : {}),
      },
      (answer) => {
        let body = '';
        answer.setEncoding('utf8');
        answer.on('data', (chunk: string) => (body += chunk));
        answer.on('end', () =>
          resolve({ status: answer.statusCode ?? 0, headers: answer.headers, body }),
        );
      },
    );
    sent.on('error', reject);
    sent.end(options.body);
  });
}
