/** Runs autocannon in a separate process against a URL and returns its JSON result. */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const AUTOCANNON = path.resolve(import.meta.dirname, '../node_modules/autocannon/autocannon.js');
const VARIED_POSTS = path.resolve(import.meta.dirname, 'varied-posts.mjs');

export interface LoadResult {
  requestsPerSecond: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
  /** Requests answered in the whole load (where the load generator says). */
  total?: number;
}

/**
 * POSTs JSON bodies to a URL, a different one on each request (in turn), for as long as `load`
 * would: what a cache keyed on the body cannot answer.
 */
export async function loadVariedPosts(
  url: string,
  bodies: readonly string[],
  options: { connections: number; seconds: number },
): Promise<LoadResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-bodies-'));
  const file = path.join(dir, 'bodies.json');
  try {
    fs.writeFileSync(file, JSON.stringify(bodies));
    const { stdout } = await run(
      process.execPath,
      [VARIED_POSTS, url, String(options.connections), String(options.seconds), file],
      { maxBuffer: 64 * 1024 * 1024 },
    );
    return JSON.parse(stdout) as LoadResult;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function load(
  url: string,
  options: {
    connections: number;
    seconds: number;
    headers?: string[];
    method?: 'GET' | 'POST';
    body?: string;
  },
): Promise<LoadResult> {
  const { stdout } = await run(
    process.execPath,
    [
      AUTOCANNON,
      '--json',
      '--connections',
      String(options.connections),
      '--duration',
      String(options.seconds),
      ...(options.headers ?? []).flatMap((header) => ['-H', header]),
      ...(options.method ? ['--method', options.method] : []),
      ...(options.body !== undefined ? ['--body', options.body] : []),
      url,
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  const result = JSON.parse(stdout) as {
    requests: { average: number; total: number };
    latency: { p99: number };
    errors: number;
    non2xx: number;
  };
  return {
    requestsPerSecond: result.requests.average,
    p99Ms: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
    total: result.requests.total,
  };
}
