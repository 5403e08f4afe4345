/**
 * Student-records benchmark (issue 11, point 7), run only when BENCH_STUDENTS is set, so the
 * default `npm run bench` stays short: `BENCH_STUDENTS=100000 npm run bench` imports that many
 * generated students' rosters and transcripts (`wayfinder demo students`' generator) into the
 * embedded database, batch-checks all of them, and in the same run times a plain keyset read of
 * the same transcript rows; BENCH_STUDENTS_PG (e.g. 1000000) does the same on a private
 * PostgreSQL server when Debian's postgresql is installed. Reports the batch / plain ratio
 * (target on PostgreSQL: ≤ 3), import throughput, and RSS at start, peak (import, then check)
 * and end (memory should stay flat). The generated files are written to a temporary folder and
 * imported through the import services, BENCH_FILE_STUDENTS (10,000) students per file.
 * BENCH_RECORDS_LOAD=bulk loads the generator's rows straight into the tables instead (COPY on
 * PostgreSQL, multi-row INSERTs on the embedded database: bench/perkins-load.ts), so the check and
 * the plain read can be measured at sizes the import would take hours to reach; the import is
 * then not timed here (bench/import.ts times it).
 *
 * The comparison is like for like: both sides page through the district's students in user-id
 * order (keyset, 1,000 a page), read each page's attempts with the same repository call
 * (`inStudentRange`: one range of the primary key, same rows, same order, same conversion) and
 * hold one page at a time. The check also reads the page's roster rows (with the user's name) and
 * exceptions, and reads the next page while it checks this one; the plain read does no work
 * between pages, so it has nothing to read ahead of. The plain read runs right after the check,
 * on the same warm database.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
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
import { copyStudents, insertStudents } from './perkins-load.ts';

export interface RecordsBenchResult {
  engine: string;
  /** How the rows got in: through the import services, or bulk-loaded into the tables. */
  loading: 'import' | 'bulk';
  students: number;
  attempts: number;
  files: number;
  importMs: number;
  batchMs: number;
  plainMs: number;
  ratio: number;
  /** RSS at the start, peak during the import, peak during the check and read, and at the end. */
  rssMb: { start: number; importPeak: number; checkPeak: number; end: number };
  /** 1-minute load average before and after (the machine is shared). */
  load: [number, number];
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
/** Students per generated file: each file is one import (one transaction) of each kind. */
const FILE_STUDENTS = Number(process.env.BENCH_FILE_STUDENTS ?? 10_000);

/** Generated rosters and transcripts written to CSV files and imported through the services. */
async function importGenerated(runtime: Runtime, count: number, dir: string) {
  const options = { districtId: 'rusd' };
  let attempts = 0;
  let files = 0;
  let roster: string[] = [];
  let transcript: string[] = [];
  const flush = async () => {
    if (roster.length === 0) return;
    files += 1;
    const studentsFile = path.join(dir, `students-${files}.csv`);
    const transcriptsFile = path.join(dir, `transcripts-${files}.csv`);
    await fs.writeFile(studentsFile, `${[ROSTER_HEADER, ...roster].join('\n')}\n`);
    await fs.writeFile(transcriptsFile, `${[TRANSCRIPT_HEADER, ...transcript].join('\n')}\n`);
    roster = [];
    transcript = [];
    for (const [name, service] of [
      [studentsFile, importStudents],
      [transcriptsFile, importTranscripts],
    ] as const) {
      const text = await fs.readFile(name, 'utf8');
      await service(runtime.records, CLI, { name: path.basename(name), text }, options);
      await fs.rm(name);
    }
    if (files % 10 === 0)
      console.error(
        `records: ${files} files (${files * FILE_STUDENTS} students, ${attempts} attempts) ` +
          `imported at ${new Date().toISOString()}, load ${os.loadavg()[0]!.toFixed(1)}`,
      );
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
    if (roster.length >= FILE_STUDENTS) await flush();
  }
  await flush();
  return { attempts, files };
}

const BULK = process.env.BENCH_RECORDS_LOAD === 'bulk';

/** The generator's rows COPYed (PostgreSQL, given its binaries and URL) or INSERTed straight in. */
async function bulkLoad(runtime: Runtime, count: number, pg?: { bin: string; url: string }) {
  const loaded = pg
    ? await copyStudents(pg.bin, pg.url, count, 2026)
    : await insertStudents(runtime.database.db, count, 2026);
  if (pg) await sql`analyze`.execute(runtime.database.db);
  return { attempts: loaded.attempts, files: 0 };
}

async function run(
  engine: string,
  runtime: Runtime,
  count: number,
  pg?: { bin: string; url: string },
): Promise<RecordsBenchResult> {
  await runtime.migrate();
  await runtime.seed();
  await runtime.seedDemoRegion();
  await recordsWorld(runtime);
  const loadBefore = os.loadavg()[0]!;
  const start = process.memoryUsage().rss;
  let peak = start;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'wayfinder-bench-'));
  const t0 = performance.now();
  const { attempts, files } = await (
    BULK ? bulkLoad(runtime, count, pg) : importGenerated(runtime, count, dir)
  ).finally(() => fs.rm(dir, { recursive: true, force: true }));
  const importMs = performance.now() - t0;
  const phase = (what: string) =>
    console.error(`records (${engine}, ${count}): ${what} at ${new Date().toISOString()}`);
  phase(
    `${BULK ? 'bulk-loaded' : 'imported'} ${attempts} attempts in ${(importMs / 1000).toFixed(0)}s`,
  );
  const importPeak = peak;
  global.gc?.();
  peak = process.memoryUsage().rss;

  const t1 = performance.now();
  let checked = 0;
  for await (const row of checkDistrict(runtime.records, { districtId: 'rusd' }))
    if (row) checked++;
  const batchMs = performance.now() - t1;
  phase(`checked ${checked} students in ${(batchMs / 1000).toFixed(0)}s`);

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
    loading: BULK ? 'bulk' : 'import',
    students: count,
    attempts,
    files,
    importMs,
    batchMs,
    plainMs,
    ratio: batchMs / plainMs,
    rssMb: {
      start: mb(start),
      importPeak: mb(importPeak),
      checkPeak: mb(Math.max(peak, end)),
      end: mb(end),
    },
    load: [loadBefore, os.loadavg()[0]!],
  };
}

/** Sizes from a variable: one number, or several separated by commas (each run afresh). */
const sizes = (value: string | undefined): number[] =>
  (value ?? '')
    .split(',')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);

export async function benchRecords(
  onResult: (result: RecordsBenchResult) => void = () => undefined,
): Promise<RecordsBenchResult[]> {
  const results: RecordsBenchResult[] = [];
  for (const count of sizes(process.env.BENCH_STUDENTS)) {
    const runtime = await createRuntime({ memory: true });
    try {
      results.push(await run('pglite', runtime, count));
    } finally {
      await runtime.close();
    }
    onResult(results[results.length - 1]!);
  }
  const server = sizes(process.env.BENCH_STUDENTS_PG);
  const bin = server.length > 0 ? findPostgresBin() : undefined;
  if (server.length > 0 && !bin)
    console.log('records: no PostgreSQL binaries (apt-get install postgresql): skipped');
  for (const count of bin ? server : []) {
    const pg = await startPostgres(bin!);
    const runtime = await createRuntime({ databaseUrl: pg.url });
    try {
      results.push(await run('postgres', runtime, count, { bin: bin!, url: pg.url }));
    } finally {
      await runtime.close();
      pg.stop();
    }
    onResult(results[results.length - 1]!);
  }
  return results;
}

export function printRecords(results: RecordsBenchResult[]): void {
  if (results.length === 0) {
    console.log('records: skipped (set BENCH_STUDENTS=100000 and/or BENCH_STUDENTS_PG=1000000)');
    return;
  }
  for (const r of results) {
    const rows = r.students + r.attempts;
    console.log(
      `records (${r.engine}): ${r.students} students, ${r.attempts} attempts` +
        (r.loading === 'bulk'
          ? `, bulk-loaded in ${(r.importMs / 1000).toFixed(1)}s (import not timed); `
          : ` in ${r.files} files of each kind; import ${(r.importMs / 1000).toFixed(1)}s (${Math.round(rows / (r.importMs / 1000))} rows/s); `) +
        `batch check ${(r.batchMs / 1000).toFixed(1)}s (${Math.round(r.students / (r.batchMs / 1000))} students/s), ` +
        `plain read ${(r.plainMs / 1000).toFixed(1)}s (${Math.round(r.attempts / (r.plainMs / 1000))} rows/s); ` +
        `ratio ${r.ratio.toFixed(2)} (target on PostgreSQL <= 3); RSS MB start ${r.rssMb.start}, ` +
        `import peak ${r.rssMb.importPeak}, check peak ${r.rssMb.checkPeak}, end ${r.rssMb.end}; ` +
        `load average ${r.load[0].toFixed(1)} -> ${r.load[1].toFixed(1)}`,
    );
  }
}
