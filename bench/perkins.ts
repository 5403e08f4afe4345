/**
 * Perkins V concentrator counts over synthetic students (the demo generator) against one
 * hand-written SQL GROUP BY over the same rows, in the same run; the two must give the same
 * numbers. PostgreSQL (a private cluster, as the tests start one) and the embedded database.
 * Sizes: BENCH_PERKINS_PG (default 20,000 students) and BENCH_PERKINS_EMBEDDED (default 5,000);
 * BENCH_PERKINS_BIG=1 sets 1,000,000 and 100,000.
 */
import { sql } from 'kysely';
import { createDatabase } from '../test/databases.ts';
import { findPostgresBin, startPostgres } from '../test/postgres-server.ts';
import { DIMENSION_NAMES } from '../src/domain/perkins/groups.ts';
import { perkinsProfile } from '../src/domain/perkins/profiles.ts';
import { createRuntime, type Runtime } from '../src/runtime.ts';
import { generateStudents } from '../src/services/records/generate-students.ts';
import { loadCourseMap } from '../src/services/perkins/perkins-report.ts';

const YEAR = 2026;
const big = process.env.BENCH_PERKINS_BIG === '1';
const PG_SIZE = Number(process.env.BENCH_PERKINS_PG ?? (big ? 1_000_000 : 20_000));
const EMBEDDED_SIZE = Number(process.env.BENCH_PERKINS_EMBEDDED ?? (big ? 100_000 : 5_000));
const ROUNDS = 3;

export interface PerkinsBenchResult {
  engine: string;
  students: number;
  attempts: number;
  loadMs: number;
  countMs: number;
  groupByMs: number;
  ratio: number;
  concentrators: number;
}

async function load(runtime: Runtime, count: number): Promise<number> {
  await runtime.migrate();
  await runtime.seed();
  await runtime.seedDemoRegion();
  let attempts = 0;
  let batch: Array<{ roster: string[]; attempts: string[][] }> = [];
  const flush = async () => {
    const roster = runtime.records.roster;
    await roster.insertStudents(
      'rusd',
      batch.map((s) => ({
        userId: `u-${s.roster[0]}`,
        localId: s.roster[0]!,
        schoolId: s.roster[1]!,
        name: `${s.roster[2]} ${s.roster[3]}`,
        email: s.roster[4]!,
        grade: Number(s.roster[5]),
        graduationYear: Number(s.roster[6]),
      })),
    );
    await runtime.records.transcripts.upsert(
      batch.flatMap((s) =>
        s.attempts.map((a) => ({
          districtId: 'rusd',
          studentId: `u-${a[0]}`,
          schoolId: a[1]!,
          schoolYear: Number(a[2]!.slice(0, 4)) + 1,
          term: a[3]!,
          courseCode: a[4]!,
          courseTitle: a[5]!,
          scedCode: a[6] || null,
          creditsAttempted: Number(a[7]),
          creditsEarned: Number(a[8]),
          letterGrade: a[9] || null,
          result: a[10]!,
        })),
      ),
    );
    batch = [];
  };
  for (const s of generateStudents({
    count,
    seed: 11,
    schools: ['rhs', 'cvhs'],
    currentYear: YEAR,
  })) {
    batch.push(s);
    attempts += s.attempts.length;
    if (batch.length === 2000) await flush();
  }
  if (batch.length > 0) await flush();
  await sql`analyze`.execute(runtime.database.db);
  return attempts;
}

async function measure(
  runtime: Runtime,
  engine: string,
  students: number,
  loadMs: number,
  attempts: number,
) {
  const profile = perkinsProfile('federal')!;
  const map = await loadCourseMap(runtime.perkins, profile, 'rusd');
  const rule = (n: number) => ({ minCourses: n, minCredits: 0, minAtRank: 0 });
  let countMs = Infinity;
  let rows: Awaited<ReturnType<typeof runtime.perkins.perkins.counts>> = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    rows = await runtime.perkins.perkins.counts({
      year: YEAR,
      courses: map.rows,
      dualCredit: map.dualCredit,
      participant: rule(1),
      concentrator: rule(2),
      dimensions: DIMENSION_NAMES,
    });
    countMs = Math.min(countMs, performance.now() - start);
  }
  // The hand-written query: distinct passed CTE courses per student and program, at least two.
  const values = sql.join(map.rows.map((r) => sql`(${r.code}, ${r.groupKey})`));
  let groupByMs = Infinity;
  let hand: Array<{ school_id: string; program: string; concentrators: string }> = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    hand = (
      await sql<{ school_id: string; program: string; concentrators: string }>`
select s.school_id, t.program, count(*) filter (where t.n >= 2) as concentrators
from (
  select a.student_id, m.program, count(distinct upper(a.course_code)) as n
  from course_attempt a join (values ${values}) as m(code, program) on m.code = upper(a.course_code)
  where a.district_id = 'rusd' and a.result = 'pass' and a.school_year <= ${YEAR}
  group by 1, 2
) t
join student s on s.district_id = 'rusd' and s.user_id = t.student_id
where exists (select 1 from course_attempt y where y.district_id = 'rusd' and y.student_id = t.student_id and y.school_year = ${YEAR})
group by 1, 2`.execute(runtime.database.db)
    ).rows;
    groupByMs = Math.min(groupByMs, performance.now() - start);
  }
  const ours = new Map<string, number>();
  for (const r of rows)
    if (r.group === 'all' && r.programKey !== '*')
      ours.set(
        `${r.schoolId}|${r.programKey}`,
        (ours.get(`${r.schoolId}|${r.programKey}`) ?? 0) + r.concentrators,
      );
  for (const h of hand) {
    const mine = ours.get(`${h.school_id}|${h.program}`) ?? 0;
    if (mine !== Number(h.concentrators))
      throw new Error(
        `${engine}: ${h.school_id}/${h.program}: ${mine} concentrators, the GROUP BY says ${h.concentrators}`,
      );
  }
  const concentrators = hand.reduce((n, h) => n + Number(h.concentrators), 0);
  return {
    engine,
    students,
    attempts,
    loadMs,
    countMs,
    groupByMs,
    ratio: countMs / groupByMs,
    concentrators,
  };
}

export async function benchPerkins(): Promise<PerkinsBenchResult[]> {
  const results: PerkinsBenchResult[] = [];
  const bin = findPostgresBin();
  if (bin) {
    const server = await startPostgres(bin);
    try {
      const runtime = await createRuntime({ databaseUrl: await createDatabase(server.url) });
      try {
        const start = performance.now();
        const attempts = await load(runtime, PG_SIZE);
        results.push(
          await measure(runtime, 'PostgreSQL', PG_SIZE, performance.now() - start, attempts),
        );
      } finally {
        await runtime.close();
      }
    } finally {
      server.stop();
    }
  }
  const embedded = await createRuntime({ memory: true });
  try {
    const start = performance.now();
    const attempts = await load(embedded, EMBEDDED_SIZE);
    results.push(
      await measure(
        embedded,
        'embedded (PGlite)',
        EMBEDDED_SIZE,
        performance.now() - start,
        attempts,
      ),
    );
  } finally {
    await embedded.close();
  }
  return results;
}

export function printPerkins(results: PerkinsBenchResult[]): void {
  console.log(
    '\nPerkins V: concentrator counts vs one hand-written GROUP BY (same numbers, target ≤ 2×)',
  );
  for (const r of results)
    console.log(
      `  ${r.engine.padEnd(18)} ${r.students.toLocaleString('en-US')} students, ${r.attempts.toLocaleString('en-US')} attempts (loaded in ${(r.loadMs / 1000).toFixed(0)} s): counts ${r.countMs.toFixed(0)} ms, GROUP BY ${r.groupByMs.toFixed(0)} ms → ${r.ratio.toFixed(2)}× (${r.concentrators.toLocaleString('en-US')} concentrators; best of ${ROUNDS})`,
    );
}

if (import.meta.url === `file://${process.argv[1]}`) printPerkins(await benchPerkins());
