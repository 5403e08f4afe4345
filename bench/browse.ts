/**
 * Browse speed (issue 9), on both engines in the same run: each page people open most against
 * the cached `/api/v1/pathways/08-05` of the same server, as a ratio (target ≥ 0.5), best of
 * alternating rounds (the machine is shared, so absolute figures are noisy; ratios are the
 * target); then a mixed load of 13 common GETs at 20 connections (req/s and p99), and with
 * BENCH_LONG=1 a 5-minute mixed run reporting the server's RSS at start, peak and end.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { loadConfig } from '../src/config.ts';
import { startServer } from '../src/server/serve.ts';
import { findPostgresBin, startPostgres } from '../test/postgres-server.ts';
import { load, type LoadResult } from './autocannon.ts';

const run = promisify(execFile);
const BASELINE = '/api/v1/pathways/08-05';
export const BROWSE_PATHS = [
  '/api/v1/programs/riverside-nursing',
  '/api/v1/occupations/29-1141.00',
  '/api/v1/programs',
  '/api/v1/occupations?cluster=08',
  '/api/v1/pathways/08-05/occupations',
  '/api/v1/courses/rusd-eng-9',
];
/** The mixed browse load: 13 GETs a student, parent or counselor makes. */
export const MIXED_PATHS = [
  '/api/v1/frameworks',
  '/api/v1/clusters',
  '/api/v1/clusters/08',
  '/api/v1/pathways?cluster=08',
  BASELINE,
  ...BROWSE_PATHS,
  '/api/v1/programs/riverside-nursing?lang=es',
  '/api/v1/search?q=nurse',
];

export interface BrowseRow {
  path: string;
  result: LoadResult;
  baseline: LoadResult;
  ratio: number;
}

export interface BrowseEngineResult {
  engine: string;
  rows: BrowseRow[];
  mixed: LoadResult;
  memory?: {
    startMb: number;
    peakMb: number;
    endMb: number;
    /** RSS at the end of each minute, to tell a plateau (caches full, heap sized) from a leak. */
    byMinuteMb: number[];
    mixed: LoadResult;
  };
}

async function mixedLoad(base: string, connections: number, seconds: number): Promise<LoadResult> {
  const { stdout } = await run(
    process.execPath,
    [
      path.resolve(import.meta.dirname, 'mixed-load.mjs'),
      base,
      String(connections),
      String(seconds),
      ...MIXED_PATHS,
    ],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as LoadResult;
}

const best = (results: LoadResult[]) =>
  results.reduce((a, b) => (b.requestsPerSecond > a.requestsPerSecond ? b : a));

async function benchEngine(
  engine: string,
  config: { databaseUrl?: string; dataDir: string },
  options: { seconds: number; rounds: number; long: boolean },
): Promise<BrowseEngineResult> {
  const server = await startServer(loadConfig({ ...config, port: 0, logLevel: 'warn' }), {
    demo: true,
    handleSignals: false,
  });
  try {
    for (const route of [BASELINE, ...MIXED_PATHS]) {
      const res = await fetch(`${server.url}${route}`);
      if (res.status !== 200) throw new Error(`${engine}: ${route} answered ${res.status}`);
    }
    const rows: BrowseRow[] = [];
    const connections = 10;
    for (const route of BROWSE_PATHS) {
      const mine: LoadResult[] = [];
      const base: LoadResult[] = [];
      await load(`${server.url}${route}`, { connections, seconds: 1 });
      for (let round = 0; round < options.rounds; round++) {
        base.push(
          await load(`${server.url}${BASELINE}`, { connections, seconds: options.seconds }),
        );
        mine.push(await load(`${server.url}${route}`, { connections, seconds: options.seconds }));
      }
      const result = best(mine);
      const baseline = best(base);
      rows.push({
        path: route,
        result,
        baseline,
        ratio: result.requestsPerSecond / baseline.requestsPerSecond,
      });
    }
    const mixedRuns: LoadResult[] = [];
    for (let round = 0; round < options.rounds; round++)
      mixedRuns.push(await mixedLoad(server.url, 20, options.seconds));
    const out: BrowseEngineResult = { engine, rows, mixed: best(mixedRuns) };
    if (options.long) {
      const mb = () => process.memoryUsage().rss / 1024 / 1024;
      const startMb = mb();
      let peakMb = startMb;
      const byMinuteMb: number[] = [];
      let ticks = 0;
      const timer = setInterval(() => {
        peakMb = Math.max(peakMb, mb());
        if (++ticks % 120 === 0) byMinuteMb.push(mb());
      }, 500);
      const mixed = await mixedLoad(server.url, 20, 300);
      clearInterval(timer);
      out.memory = { startMb, peakMb: Math.max(peakMb, mb()), endMb: mb(), byMinuteMb, mixed };
    }
    return out;
  } finally {
    await server.stop();
  }
}

export async function benchBrowse(
  options: { seconds?: number; rounds?: number; long?: boolean } = {},
): Promise<BrowseEngineResult[]> {
  const settings = {
    seconds: options.seconds ?? Number(process.env.BENCH_BROWSE_SECONDS ?? 3),
    rounds: options.rounds ?? Number(process.env.BENCH_ROUNDS ?? 2),
    long: options.long ?? process.env.BENCH_LONG === '1',
  };
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-browse-'));
  const results: BrowseEngineResult[] = [];
  try {
    results.push(await benchEngine('embedded', { dataDir: path.join(tmp, 'data') }, settings));
    const bin = process.env.BENCH_DATABASE_URL ? undefined : findPostgresBin();
    const postgres = bin ? await startPostgres(bin) : undefined;
    const url = process.env.BENCH_DATABASE_URL ?? postgres?.url;
    try {
      if (url)
        results.push(await benchEngine('postgresql', { databaseUrl: url, dataDir: tmp }, settings));
      else
        console.log('(no PostgreSQL found: initdb not on this machine, BENCH_DATABASE_URL unset)');
    } finally {
      postgres?.stop();
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return results;
}

export function printBrowse(results: BrowseEngineResult[]): void {
  console.log(
    `\nBrowse speed: each page against the cached ${BASELINE} of the same server (10 connections,` +
      ' best of alternating rounds; the machine is shared, so read the ratios)',
  );
  for (const r of results) {
    console.log(`\n  ${r.engine}`);
    console.log(
      '  path                                   req/s   p99 ms   pathway req/s   ratio (target >= 0.5)',
    );
    for (const row of r.rows) {
      console.log(
        `  ${row.path.padEnd(36)}${row.result.requestsPerSecond.toFixed(0).padStart(8)}${row.result.p99Ms.toFixed(1).padStart(9)}` +
          `${row.baseline.requestsPerSecond.toFixed(0).padStart(16)}${row.ratio.toFixed(2).padStart(8)}` +
          (row.result.errors + row.result.non2xx > 0
            ? `  (${row.result.errors} errors, ${row.result.non2xx} non-2xx)`
            : ''),
      );
    }
    const m = r.mixed;
    console.log(
      `  mixed load (${MIXED_PATHS.length} GETs, 20 connections): ${m.requestsPerSecond.toFixed(0)} req/s, p99 ${m.p99Ms.toFixed(1)} ms` +
        (m.errors + m.non2xx > 0 ? ` (${m.errors} errors, ${m.non2xx} non-2xx)` : ''),
    );
    if (r.memory) {
      const { startMb, peakMb, endMb, byMinuteMb, mixed } = r.memory;
      console.log(
        `  5-minute mixed run: ${mixed.requestsPerSecond.toFixed(0)} req/s, p99 ${mixed.p99Ms.toFixed(1)} ms; ` +
          `RSS start ${startMb.toFixed(0)} MB, peak ${peakMb.toFixed(0)} MB, end ${endMb.toFixed(0)} MB; ` +
          `by minute ${byMinuteMb.map((v) => v.toFixed(0)).join(', ')} MB`,
      );
    }
  }
}
