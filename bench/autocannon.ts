/** Runs autocannon in a separate process against a URL and returns its JSON result. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const AUTOCANNON = path.resolve(import.meta.dirname, '../node_modules/autocannon/autocannon.js');

export interface LoadResult {
  requestsPerSecond: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
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
    requests: { average: number };
    latency: { p99: number };
    errors: number;
    non2xx: number;
  };
  return {
    requestsPerSecond: result.requests.average,
    p99Ms: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}
