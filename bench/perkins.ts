/**
 * Perkins V counts over synthetic students (the demo generator, seed 11, schools rhs and cvhs)
 * against one hand-written SQL GROUP BY over the same rows, in the same run; the two must give the
 * same concentrator numbers. PostgreSQL (a private cluster, as the tests start one) and the
 * embedded database. Sizes: BENCH_PERKINS_PG (default 20,000 students) and
 * BENCH_PERKINS_EMBEDDED (default 5,000); BENCH_PERKINS_BIG=1 sets 1,000,000 and 100,000.
 *
 * What both compute, for the school year 2026 and the federal profile (a concentrator has passed
 * at least two courses of a single program of study; a retake counts once):
 * - the product (PerkinsRepository.counts, the statement behind the report, CSV and CLI): per
 *   school × program of study (and "*", every program, a student once) × group ("all" and each
 *   imported special-population code): participants, concentrators, completers and the
 *   concentrators with a credential, dual credit, work-based learning and graduation;
 * - the hand query: concentrators per school × program of study, nothing else — the GROUP BY an
 *   analyst would write for the rule: passed attempts (up to the year) of the program's courses,
 *   distinct course codes per student and program, at least two, students enrolled in the year
 *   (any attempt in it), counted in their school.
 * The bench checks that the product's concentrators for group "all" equal the hand query's in
 * every school × program, both ways.
 *
 * Rows are loaded straight into the tables (bench/perkins-load.ts): this measures counting, not
 * importing. Timing is under whatever else the machine runs: rounds alternate the two sides and
 * the best of ROUNDS is kept for each; the load average is printed with the figures.
 */
import os from 'node:os';
import { sql } from 'kysely';
import { DIMENSION_NAMES } from '../src/domain/perkins/groups.ts';
import { perkinsProfile } from '../src/domain/perkins/profiles.ts';
import { createRuntime, type Runtime } from '../src/runtime.ts';
import { CLI } from '../src/services/accounts/caller.ts';
import { loadCourseMap, perkinsReport } from '../src/services/perkins/perkins-report.ts';
import { createDatabase } from '../test/databases.ts';
import { findPostgresBin, startPostgres } from '../test/postgres-server.ts';
import { copyStudents, finishLoad, insertStudents, type Loaded } from './perkins-load.ts';

const YEAR = 2026;
const big = process.env.BENCH_PERKINS_BIG === '1';
const PG_SIZE = Number(process.env.BENCH_PERKINS_PG ?? (big ? 1_000_000 : 20_000));
const EMBEDDED_SIZE = Number(process.env.BENCH_PERKINS_EMBEDDED ?? (big ? 100_000 : 5_000));
const ROUNDS = 3;

export interface PerkinsBenchResult {
  engine: string;
  loaded: Loaded;
  loadMs: number;
  /** Loading the course map (catalog and programs), once. */
  mapMs: number;
  countMs: number;
  groupByMs: number;
  ratio: number;
  /** The whole report through the service (counts, suppression, shaping, audit), once. */
  reportMs: number;
  concentrators: number;
  load: number[];
}

async function prepare(runtime: Runtime): Promise<void> {
  await runtime.migrate();
  await runtime.seed();
  await runtime.seedDemoRegion();
}

const time = async <T>(run: () => Promise<T>): Promise<[T, number]> => {
  const start = performance.now();
  const value = await run();
  return [value, performance.now() - start];
};

async function measure(runtime: Runtime, engine: string, loaded: Loaded, loadMs: number) {
  const db = runtime.database.db;
  const profile = perkinsProfile('federal')!;
  const [map, mapMs] = await time(() => loadCourseMap(runtime.perkins, profile, 'rusd'));
  const rule = (n: number) => ({ minCourses: n, minCredits: 0, minAtRank: 0 });
  const product = () =>
    runtime.perkins.perkins.counts({
      year: YEAR,
      courses: map.rows,
      dualCredit: map.dualCredit,
      participant: rule(profile.participant.minCourses),
      concentrator: rule(profile.concentrator.minCourses),
      dimensions: DIMENSION_NAMES,
    });
  const values = sql.join(map.rows.map((r) => sql`(${r.code}, ${r.groupKey})`));
  const hand = async () =>
    (
      await sql<{ school_id: string; program: string; concentrators: string }>`
select s.school_id, t.program, count(*) filter (where t.n >= 2) as concentrators
from (
  select a.student_id, m.program, count(distinct a.course_key) as n
  from course_attempt a join (values ${values}) as m(code, program) on m.code = a.course_key
  where a.district_id = 'rusd' and a.result = 'pass' and a.credits_earned > 0 and a.school_year <= ${YEAR}
  group by 1, 2
) t
join student s on s.district_id = 'rusd' and s.user_id = t.student_id
where exists (select 1 from course_attempt y where y.district_id = 'rusd' and y.student_id = t.student_id and y.school_year = ${YEAR})
group by 1, 2`.execute(db)
    ).rows;
  let countMs = Infinity;
  let groupByMs = Infinity;
  let rows: Awaited<ReturnType<typeof product>> = [];
  let handRows: Awaited<ReturnType<typeof hand>> = [];
  for (let i = 0; i < ROUNDS; i++) {
    // Alternate which side runs first, so neither always finds the other's pages cached.
    const sides = [
      async () => {
        const [r, ms] = await time(product);
        rows = r;
        countMs = Math.min(countMs, ms);
      },
      async () => {
        const [r, ms] = await time(hand);
        handRows = r;
        groupByMs = Math.min(groupByMs, ms);
      },
    ];
    if (i % 2 === 1) sides.reverse();
    for (const side of sides) await side();
  }
  const load = os.loadavg();
  const key = (school: string, program: string) => `${school}|${program}`;
  const ours = new Map<string, number>();
  for (const r of rows)
    if (r.group === 'all' && r.programKey !== '*' && r.concentrators > 0)
      ours.set(key(r.schoolId, r.programKey), r.concentrators);
  const theirs = new Map(
    handRows
      .filter((h) => Number(h.concentrators) > 0)
      .map((h) => [key(h.school_id, h.program), Number(h.concentrators)]),
  );
  for (const k of new Set([...ours.keys(), ...theirs.keys()]))
    if (ours.get(k) !== theirs.get(k))
      throw new Error(
        `${engine}: ${k}: ${ours.get(k) ?? 0} concentrators, the GROUP BY says ${theirs.get(k) ?? 0}`,
      );
  const [, reportMs] = await time(() =>
    perkinsReport(runtime.perkins, CLI, { year: YEAR, profile, districtId: 'rusd' }),
  );
  return {
    engine,
    loaded,
    loadMs,
    mapMs,
    countMs,
    groupByMs,
    ratio: countMs / groupByMs,
    reportMs,
    concentrators: [...theirs.values()].reduce((n, c) => n + c, 0),
    load,
  };
}

export async function benchPerkins(): Promise<PerkinsBenchResult[]> {
  const results: PerkinsBenchResult[] = [];
  const bin = findPostgresBin();
  if (bin) {
    const server = await startPostgres(bin);
    try {
      const url = await createDatabase(server.url);
      const runtime = await createRuntime({ databaseUrl: url });
      try {
        await prepare(runtime);
        const [loaded, loadMs] = await time(async () => {
          const loaded = await copyStudents(bin, url, PG_SIZE, YEAR);
          await finishLoad(runtime.database.db);
          return loaded;
        });
        results.push(await measure(runtime, 'PostgreSQL', loaded, loadMs));
      } finally {
        await runtime.close();
      }
    } finally {
      server.stop();
    }
  }
  const embedded = await createRuntime({ memory: true });
  try {
    await prepare(embedded);
    const [loaded, loadMs] = await time(async () => {
      const loaded = await insertStudents(embedded.database.db, EMBEDDED_SIZE, YEAR);
      await finishLoad(embedded.database.db);
      return loaded;
    });
    results.push(await measure(embedded, 'embedded (PGlite)', loaded, loadMs));
  } finally {
    await embedded.close();
  }
  return results;
}

export function printPerkins(results: PerkinsBenchResult[]): void {
  console.log(
    '\nPerkins V: the report’s counts vs one hand-written GROUP BY (same concentrators, target ≤ 2×)',
  );
  const n = (x: number) => x.toLocaleString('en-US');
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  for (const r of results)
    console.log(
      `  ${r.engine.padEnd(18)} ${n(r.loaded.students)} students, ${n(r.loaded.attempts)} attempts, ${n(r.loaded.facts)} group/outcome rows (loaded in ${s(r.loadMs)})\n` +
        `    counts ${s(r.countMs)}, GROUP BY ${s(r.groupByMs)} → ${r.ratio.toFixed(2)}× (best of ${ROUNDS}, alternating; ${n(r.concentrators)} concentrators)\n` +
        `    course map ${r.mapMs.toFixed(0)} ms; whole report through the service ${s(r.reportMs)} (once); load average ${r.load.map((l) => l.toFixed(1)).join(' ')}`,
    );
}

if (import.meta.url === `file://${process.argv[1]}`) printPerkins(await benchPerkins());
