/**
 * Accounts benchmark: argon2id hash time with the production parameters; sign-in (hash verify +
 * session) time; and the same API call made anonymously and with a session cookie, in the same
 * server and run (autocannon in a separate process). The ratio anonymous ÷ authenticated
 * req/s is the overhead of the authorization layer for a cached session (target < 1.3); each
 * side is the best of three alternating rounds.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config.ts';
import { startServer } from '../src/server/serve.ts';
import { ARGON2_DEFAULT, argon2Hasher } from '../src/services/accounts/password-hasher.ts';
import { DEMO_PASSWORD } from '../src/services/accounts/seed-demo.ts';
import { signIn } from '../src/services/accounts/sign-in.ts';
import { load, type LoadResult } from './autocannon.ts';

const ROUNDS = 3;

export interface AuthBench {
  hashMs: number;
  signInMs: number;
  anonymous: LoadResult;
  authenticated: LoadResult;
  ratio: number;
}

const timeMs = async (times: number, work: () => Promise<unknown>) => {
  const start = performance.now();
  for (let i = 0; i < times; i++) await work();
  return (performance.now() - start) / times;
};

export async function benchAuth(options: {
  seconds: number;
  connections: number;
}): Promise<AuthBench> {
  const hasher = argon2Hasher();
  await hasher.hash('warm up');
  const hashMs = await timeMs(10, () => hasher.hash('correct horse battery staple'));

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-bench-auth-'));
  const server = await startServer(
    loadConfig({ dataDir, port: 0, logLevel: 'warn' }, { ...process.env, NODE_ENV: 'development' }),
    { demo: true },
  );
  try {
    const deps = server.runtime.accounts.deps;
    const signInOnce = () =>
      signIn(deps, {
        email: 'student@demo.wayfinder.test',
        password: DEMO_PASSWORD,
        origin: { ip: '127.0.0.1' },
      });
    await signInOnce();
    const signInMs = await timeMs(10, signInOnce);

    const res = await fetch(`${server.url}/api/v1/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'student@demo.wayfinder.test', password: DEMO_PASSWORD }),
    });
    if (res.status !== 200) throw new Error(`sign-in answered ${res.status}`);
    const cookie = res.headers
      .getSetCookie()
      .find((c) => c.startsWith('wf_session='))!
      .split(';')[0]!;

    const check = await load(`${server.url}/api/v1/auth/me`, {
      seconds: 1,
      connections: 1,
      headers: [`cookie=${cookie}`],
    });
    if (check.non2xx > 0) throw new Error('the session cookie was not accepted by /api/v1/auth/me');
    const url = `${server.url}/api/v1/clusters`;
    // Alternating rounds, the best of each kept: one long run of each in turn let whatever the
    // machine did meanwhile (or the server warming up) land on one side only.
    const roundSeconds = Math.max(2, Math.round(options.seconds / 2));
    await load(url, { seconds: 1, connections: options.connections });
    await load(url, {
      seconds: 1,
      connections: options.connections,
      headers: [`cookie=${cookie}`],
    });
    let anonymous: LoadResult | undefined;
    let authenticated: LoadResult | undefined;
    const better = (a: LoadResult | undefined, b: LoadResult) =>
      a && a.requestsPerSecond >= b.requestsPerSecond ? a : b;
    for (let round = 0; round < ROUNDS; round++) {
      anonymous = better(
        anonymous,
        await load(url, { seconds: roundSeconds, connections: options.connections }),
      );
      authenticated = better(
        authenticated,
        await load(url, {
          seconds: roundSeconds,
          connections: options.connections,
          headers: [`cookie=${cookie}`],
        }),
      );
    }
    if (!anonymous || !authenticated) throw new Error('no load rounds ran');
    return {
      hashMs,
      signInMs,
      anonymous,
      authenticated,
      ratio: anonymous.requestsPerSecond / authenticated.requestsPerSecond,
    };
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export function printAuth(r: AuthBench): void {
  const p = ARGON2_DEFAULT;
  console.log(`\nAccounts (argon2id m=${p.memoryCost} KiB, t=${p.timeCost}, p=${p.parallelism})`);
  console.log(
    `argon2id hash ${r.hashMs.toFixed(1)} ms; sign-in (verify + session + audit) ${r.signInMs.toFixed(1)} ms`,
  );
  console.log('GET /api/v1/clusters        req/s   p99 ms');
  for (const [name, l] of [
    ['anonymous', r.anonymous],
    ['with session cookie', r.authenticated],
  ] as const) {
    console.log(
      `${name.padEnd(24)}${l.requestsPerSecond.toFixed(0).padStart(9)}${l.p99Ms.toFixed(1).padStart(9)}${l.non2xx ? `  (${l.non2xx} non-2xx)` : ''}`,
    );
  }
  console.log(
    `authorization overhead (anonymous ÷ authenticated req/s) ${r.ratio.toFixed(2)} (target < 1.3)`,
  );
}
