/**
 * HTTP benchmark: Wayfinder's API against a bare Fastify server that returns the same bytes,
 * in the same run, each loaded by autocannon in a separate process (50 connections).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { loadConfig } from '../src/config.ts';
import { startServer } from '../src/server/serve.ts';
import { load, type LoadResult } from './autocannon.ts';

export interface HttpBenchRow {
  path: string;
  wayfinder: LoadResult;
  bare: LoadResult;
  ratio: number;
}

export async function benchHttp(options: {
  seconds: number;
  connections: number;
}): Promise<HttpBenchRow[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-bench-'));
  const server = await startServer(loadConfig({ dataDir, port: 0, logLevel: 'warn' }));
  const rows: HttpBenchRow[] = [];
  try {
    for (const route of ['/api/v1/clusters', '/api/v1/pathways/08-05']) {
      const url = `${server.url}${route}`;
      const sample = await fetch(url);
      if (sample.status !== 200) throw new Error(`${route} answered ${sample.status}`);
      const body = Buffer.from(await sample.arrayBuffer());
      const contentType = sample.headers.get('content-type') ?? 'application/json';

      await load(url, { connections: options.connections, seconds: 1 });
      const wayfinder = await load(url, options);

      const bare = Fastify({ logger: false });
      bare.get(route, async (_request, reply) => reply.type(contentType).send(body));
      await bare.listen({ port: 0, host: '127.0.0.1' });
      const address = bare.server.address();
      const bareUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}${route}`;
      await load(bareUrl, { connections: options.connections, seconds: 1 });
      const bareResult = await load(bareUrl, options);
      await bare.close();

      rows.push({
        path: route,
        wayfinder,
        bare: bareResult,
        ratio: wayfinder.requestsPerSecond / bareResult.requestsPerSecond,
      });
    }
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  return rows;
}

export function printHttp(rows: HttpBenchRow[]): void {
  console.log('\nHTTP (autocannon, separate process)');
  console.log(
    'path                        wayfinder req/s   p99 ms   bare req/s   p99 ms   ratio (target >= 0.6)',
  );
  for (const row of rows) {
    console.log(
      `${row.path.padEnd(28)}${row.wayfinder.requestsPerSecond.toFixed(0).padStart(15)}${row.wayfinder.p99Ms.toFixed(1).padStart(9)}` +
        `${row.bare.requestsPerSecond.toFixed(0).padStart(13)}${row.bare.p99Ms.toFixed(1).padStart(9)}${row.ratio.toFixed(2).padStart(8)}` +
        (row.wayfinder.errors + row.wayfinder.non2xx > 0
          ? `  (${row.wayfinder.errors} errors, ${row.wayfinder.non2xx} non-2xx)`
          : ''),
    );
  }
}
