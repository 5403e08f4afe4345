/**
 * Caseload benchmark: 400 students on one counselor's caseload (about the US average of 372),
 * made by the `wayfinder demo students` generator at the demo district's two high schools and
 * imported as roster and transcript CSV; a third of them with a learning plan. Then
 * GET /api/v1/caseload as that counselor, through the HTTP app in process, on the embedded
 * database: the first (cold) request and p50/p95 of the next ones (target: the whole list of
 * 400 in under a second). The CSV download of the same list (GET /api/v1/caseload/export) runs
 * interleaved with it, and is reported as a ratio of its p50 to the list's.
 */
import { performance } from 'node:perf_hooks';
import { buildTestApp } from '../test/app.ts';
import { sessionHeaders } from '../test/auth.ts';
import { csvLine } from '../src/importers/csv-line.ts';
import { createRuntime } from '../src/runtime.ts';
import { CLI } from '../src/services/accounts/caller.ts';
import { createUser } from '../src/services/accounts/manage-users.ts';
import { startPlan } from '../src/services/plans/manage-plan.ts';
import { generateStudents } from '../src/services/records/generate-students.ts';
import { importStudents } from '../src/services/records/import-students.ts';
import { importTranscripts } from '../src/services/records/import-transcripts.ts';
import { ROSTER_HEADER, TRANSCRIPT_HEADER } from '../src/services/records/test-world.ts';
import { schoolYearOf } from '../src/domain/triage/signals.ts';

export interface CaseloadBenchResult {
  students: number;
  attempts: number;
  plans: number;
  withSignals: number;
  cold: number;
  p50: number;
  p95: number;
  /** The CSV download's p50, and that p50 over the list's (same run, interleaved). */
  csvP50: number;
  csvRatio: number;
  csvRows: number;
}

const COUNT = 400;
const RUNS = 20;

export async function benchCaseload(): Promise<CaseloadBenchResult> {
  const runtime = await createRuntime({ memory: true });
  try {
    await runtime.migrate();
    await runtime.seed();
    await runtime.seedDemoRegion();
    const text = (header: string, rows: string[][]) =>
      [header, ...rows.map((r) => csvLine(r).trimEnd())].join('\n') + '\n';
    const generated = [
      ...generateStudents({
        count: COUNT,
        seed: 1,
        schools: ['rhs', 'cvhs'],
        currentYear: schoolYearOf(new Date()),
      }),
    ];
    await importStudents(
      runtime.records,
      CLI,
      {
        name: 'students.csv',
        text: text(
          ROSTER_HEADER,
          generated.map((g) => g.roster),
        ),
      },
      { districtId: 'rusd' },
    );
    const attempts = generated.flatMap((g) => g.attempts);
    await importTranscripts(
      runtime.records,
      CLI,
      { name: 'transcripts.csv', text: text(TRANSCRIPT_HEADER, attempts) },
      { districtId: 'rusd' },
    );
    const { user: counselor } = await createUser(runtime.accounts.deps, CLI, {
      email: 'bench-counselor@bench.test',
      name: 'Bench Counselor',
      role: 'counselor',
      orgId: 'rhs',
      baseUrl: 'http://localhost',
    });
    const students = await runtime.records.roster.byLocalIds(
      'rusd',
      generated.map((g) => g.roster[0]!),
    );
    await runtime.database.db
      .insertInto('caseload')
      .values(
        [...students.values()].map((s) => ({
          district_id: 'rusd',
          counselor_id: counselor.id,
          student_id: s.userId,
        })),
      )
      .execute();
    let plans = 0;
    const programs = { rhs: 'riverside-nursing', cvhs: 'riverside-welding-technology' } as const;
    for (const [i, s] of [...students.values()].entries()) {
      if (i % 3 !== 0) continue;
      await startPlan(runtime.records, CLI, {
        studentId: s.userId,
        programId: programs[s.schoolId as keyof typeof programs],
        lang: 'en',
      });
      plans += 1;
    }

    const app = await buildTestApp(runtime);
    const headers = await sessionHeaders(runtime, counselor.id);
    const get = async () => {
      const start = performance.now();
      const res = await app.inject({ method: 'GET', url: '/api/v1/caseload', headers });
      const ms = performance.now() - start;
      if (res.statusCode !== 200) throw new Error(`caseload answered ${res.statusCode}`);
      return { ms, body: res.json<{ total: number; items: Array<{ signals: unknown[] }> }>() };
    };
    const first = await get();
    if (first.body.total !== COUNT)
      throw new Error(`caseload of ${first.body.total}, not ${COUNT}`);
    const csv = async () => {
      const start = performance.now();
      const res = await app.inject({ method: 'GET', url: '/api/v1/caseload/export', headers });
      const ms = performance.now() - start;
      if (res.statusCode !== 200) throw new Error(`caseload CSV answered ${res.statusCode}`);
      return { ms, rows: res.body.trim().split('\n').length - 1 };
    };
    const csvRows = (await csv()).rows;
    if (csvRows !== COUNT) throw new Error(`caseload CSV of ${csvRows} rows, not ${COUNT}`);
    const times: number[] = [];
    const csvTimes: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      // Alternate which goes first, so neither always meets a warmer cache.
      if (i % 2 === 0) {
        times.push((await get()).ms);
        csvTimes.push((await csv()).ms);
      } else {
        csvTimes.push((await csv()).ms);
        times.push((await get()).ms);
      }
    }
    times.sort((a, b) => a - b);
    csvTimes.sort((a, b) => a - b);
    await app.close();
    const p50 = times[Math.floor(RUNS / 2)]!;
    const csvP50 = csvTimes[Math.floor(RUNS / 2)]!;
    return {
      students: first.body.total,
      attempts: attempts.length,
      plans,
      withSignals: first.body.items.filter((i) => i.signals.length > 0).length,
      cold: first.ms,
      p50,
      p95: times[Math.floor(RUNS * 0.95)]!,
      csvP50,
      csvRatio: csvP50 / p50,
      csvRows,
    };
  } finally {
    await runtime.close();
  }
}

export function printCaseload(r: CaseloadBenchResult): void {
  console.log(
    `\nCaseload (embedded database): ${r.students} students on one counselor, ${r.attempts} course attempts, ${r.plans} plans, ${r.withSignals} with a signal`,
  );
  console.log(
    `  GET /api/v1/caseload: first ${r.cold.toFixed(0)} ms, then p50 ${r.p50.toFixed(0)} ms, p95 ${r.p95.toFixed(0)} ms (target < 1000 ms) ${r.p95 < 1000 ? 'OK' : 'SLOW'}`,
  );
  console.log(
    `  GET /api/v1/caseload/export (CSV, ${r.csvRows} rows): p50 ${r.csvP50.toFixed(0)} ms, ${r.csvRatio.toFixed(2)}× the list's p50`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) printCaseload(await benchCaseload());
