/**
 * Student-records benchmark (issue 11, point 7), run only when BENCH_STUDENTS is set, so the
 * default `npm run bench` stays short: `BENCH_STUDENTS=100000 npm run bench` imports that many
 * generated students' rosters and transcripts (`wayfinder demo students`' generator) into the
 * embedded database, batch-checks all of them, and in the same run times a plain keyset read of
 * the same transcript rows; BENCH_STUDENTS_PG (e.g. 1000000) does the same on a private
 * PostgreSQL server when Debian's postgresql is installed. Reports the batch / plain ratio
 * (target on PostgreSQL: ≤ 3) and RSS at start, peak and end (memory should stay flat).
 */
import { performance } from 'node:perf_hooks';
import { csvLine } from '../src/importers/csv-line.ts';
import { createRuntime, type Runtime } from '../src/runtime.ts';
import { CLI } from '../src/services/accounts/caller.ts';
import { checkDistrict } from '../src/services/records/batch-progress.ts';
import { generateStudents } from '../src/services/records/generate-students.ts';
import { importStudents } from '../src/services/records/import-students.ts';
import { importTranscripts } from '../src/services/records/import-transcripts.ts';
import {
  recordsWorld,
  ROSTER_HEADER,
  TRANSCRIPT_HEADER,
} from '../src/services/records/test-world.ts';
import { findPostgresBin, startPostgres } from '../test/postgres-server.ts';

export interface RecordsBenchResult {
  engine: string;
  students: number;
  attempts: number;
  importMs: number;
  batchMs: number;
  plainMs: number;
  ratio: number;
  rssMb: { start: number; peak: number; end: number };
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
const CHUNK = 2_000;

async function run(engine: string, runtime: Runtime, count: number): Promise<RecordsBenchResult> {
  await runtime.migrate();
  await runtime.seed();
  await runtime.seedDemoRegion();
  await recordsWorld(runtime);
  const start = process.memoryUsage().rss;
  let peak = start;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const options = { districtId: 'rusd' };
  let attempts = 0;
  const t0 = performance.now();
  let roster: string[] = [];
  let transcript: string[] = [];
  const flush = async () => {
    if (roster.length === 0) return;
    await importStudents(
      runtime.records,
      CLI,
      { name: 's.csv', text: [ROSTER_HEADER, ...roster].join('\n') },
      options,
    );
    await importTranscripts(
      runtime.records,
      CLI,
      { name: 't.csv', text: [TRANSCRIPT_HEADER, ...transcript].join('\n') },
      options,
    );
    roster = [];
    transcript = [];
  };
  for (const s of generateStudents({
    count,
    seed: 7,
    schools: ['rhs', 'cvhs'],
    currentYear: 2026,
  })) {
    roster.push(csvLine(s.roster).trimEnd());
    for (const a of s.attempts) transcript.push(csvLine(a).trimEnd());
    attempts += s.attempts.length;
    if (roster.length >= CHUNK) await flush();
  }
  await flush();
  const importMs = performance.now() - t0;

  const t1 = performance.now();
  let checked = 0;
  for await (const row of checkDistrict(runtime.records, { districtId: 'rusd' }))
    if (row) checked++;
  const batchMs = performance.now() - t1;

  const t2 = performance.now();
  let read = 0;
  for await (const page of runtime.records.transcripts.scan('rusd')) read += page.length;
  const plainMs = performance.now() - t2;
  clearInterval(sampler);
  if (checked !== count || read !== attempts)
    throw new Error(
      `checked ${checked} of ${count} students, read ${read} of ${attempts} attempts`,
    );
  const end = process.memoryUsage().rss;
  return {
    engine,
    students: count,
    attempts,
    importMs,
    batchMs,
    plainMs,
    ratio: batchMs / plainMs,
    rssMb: { start: mb(start), peak: mb(Math.max(peak, end)), end: mb(end) },
  };
}

export async function benchRecords(): Promise<RecordsBenchResult[]> {
  const results: RecordsBenchResult[] = [];
  const embedded = Number(process.env.BENCH_STUDENTS ?? 0);
  if (embedded > 0) {
    const runtime = await createRuntime({ memory: true });
    try {
      results.push(await run('pglite', runtime, embedded));
    } finally {
      await runtime.close();
    }
  }
  const server = Number(process.env.BENCH_STUDENTS_PG ?? 0);
  const bin = server > 0 ? findPostgresBin() : undefined;
  if (server > 0 && !bin)
    console.log('records: no PostgreSQL binaries (apt-get install postgresql): skipped');
  if (server > 0 && bin) {
    const pg = await startPostgres(bin);
    const runtime = await createRuntime({ databaseUrl: pg.url });
    try {
      results.push(await run('postgres', runtime, server));
    } finally {
      await runtime.close();
      pg.stop();
    }
  }
  return results;
}

export function printRecords(results: RecordsBenchResult[]): void {
  if (results.length === 0) {
    console.log('records: skipped (set BENCH_STUDENTS=100000 and/or BENCH_STUDENTS_PG=1000000)');
    return;
  }
  for (const r of results)
    console.log(
      `records (${r.engine}): ${r.students} students, ${r.attempts} attempts; import ${(r.importMs / 1000).toFixed(1)}s; ` +
        `batch check ${(r.batchMs / 1000).toFixed(1)}s (${Math.round(r.students / (r.batchMs / 1000))} students/s), ` +
        `plain read ${(r.plainMs / 1000).toFixed(1)}s; ratio ${r.ratio.toFixed(2)} (target on PostgreSQL <= 3); ` +
        `RSS MB start ${r.rssMb.start} peak ${r.rssMb.peak} end ${r.rssMb.end}`,
    );
}
