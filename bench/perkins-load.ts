/**
 * Bulk load of synthetic students for the Perkins benchmark (bench/perkins.ts). The benchmark is
 * about counting, not importing (the import path has its own benchmark, bench/import.ts), so the
 * generator's rows go straight into the tables: app_user, student, student_fact (the groups and
 * outcomes) and course_attempt. Streamed: one student at a time from the generator, never all of
 * them in memory.
 *
 * PostgreSQL: four `COPY … FROM STDIN (FORMAT csv)` streams through psql, one per table, with
 * foreign-key triggers off for the session (session_replication_role = replica; the generator's
 * rows are consistent by construction). The embedded database: multi-row INSERTs (unnest of
 * column arrays) in batches, with the same setting.
 *
 * That setting also turns off the triggers that keep `student.fact_key` (migration 0034), so
 * `finishLoad` then builds every student's key with the migration's own backfill statement (one
 * UPDATE over all students), vacuums `student` and analyzes: the benchmark's load time includes it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { REFRESH_ALL_FACT_KEYS } from '../src/db/migrations/0034-student-fact-key.ts';
import type { DB } from '../src/db/schema.ts';
import { ATTEMPT_COLUMNS } from '../src/db/transcript-repository.ts';
import {
  GENERATED_ROSTER_HEADER,
  generateStudents,
  type GeneratedStudent,
} from '../src/services/records/generate-students.ts';

const DISTRICT = 'rusd';
const FACT_COLUMNS = GENERATED_ROSTER_HEADER.slice(7);

const TABLES = {
  app_user: ['id', 'email', 'name', 'role', 'org_id', 'district_id'],
  student: ['district_id', 'user_id', 'school_id', 'grade', 'local_id', 'graduation_year'],
  // `reported`: the roster's own credential_earned, as an import stores it (migration 0043).
  student_fact: ['district_id', 'student_id', 'name', 'value', 'reported'],
  course_attempt: ATTEMPT_COLUMNS,
} as const;
type Table = keyof typeof TABLES;
type Row = Array<string | number | null>;

/** The rows one generated student adds to each table. */
function rowsOf(s: GeneratedStudent): Record<Table, Row[]> {
  const r = s.roster;
  const id = `u-${r[0]}`;
  return {
    app_user: [[id, r[4]!, `${r[2]} ${r[3]}`, 'student', r[1]!, DISTRICT]],
    student: [[DISTRICT, id, r[1]!, Number(r[5]), r[0]!, Number(r[6])]],
    student_fact: FACT_COLUMNS.flatMap((name, i) =>
      r[7 + i]
        ? [[DISTRICT, id, name, r[7 + i]!, name === 'credential_earned' ? r[7 + i]! : null]]
        : [],
    ),
    course_attempt: s.attempts.map((a) => [
      DISTRICT,
      id,
      a[1]!,
      Number(a[2]!.slice(0, 4)) + 1,
      a[3]!,
      a[4]!,
      a[5]!,
      a[6] || null,
      Number(a[7]),
      Number(a[8]),
      a[9] || null,
      a[10]!,
    ]),
  };
}

export interface Loaded {
  students: number;
  attempts: number;
  facts: number;
}

const cell = (v: string | number | null) =>
  v === null
    ? ''
    : typeof v === 'number'
      ? String(v)
      : /[",\n\r]/.test(v) || v === ''
        ? `"${v.replace(/"/g, '""')}"`
        : v;

/** Loads `count` students (generator seed 11, schools rhs and cvhs) with COPY through psql. */
export async function copyStudents(
  bin: string,
  url: string,
  count: number,
  currentYear: number,
): Promise<Loaded> {
  const psql = (table: Table): ChildProcess => {
    const child = spawn(
      path.join(bin, 'psql'),
      [
        url,
        '-v',
        'ON_ERROR_STOP=1',
        '-q',
        '-c',
        `copy ${table} (${TABLES[table].join(', ')}) from stdin (format csv)`,
      ],
      {
        stdio: ['pipe', 'ignore', 'inherit'],
        env: { ...process.env, PGOPTIONS: '-c session_replication_role=replica' },
      },
    );
    return child;
  };
  const tables = Object.keys(TABLES) as Table[];
  const children = new Map(tables.map((t) => [t, psql(t)]));
  const buffers = new Map<Table, string[]>(tables.map((t) => [t, []]));
  const done = tables.map(async (t) => {
    const [code] = (await once(children.get(t)!, 'close')) as [number];
    if (code !== 0) throw new Error(`psql COPY into ${t} exited with ${code}`);
  });
  const flush = async () => {
    for (const t of tables) {
      const stdin = children.get(t)!.stdin!;
      const text = buffers.get(t)!.join('');
      buffers.set(t, []);
      if (!stdin.write(text)) await once(stdin, 'drain');
    }
  };
  const loaded: Loaded = { students: 0, attempts: 0, facts: 0 };
  for (const s of generateStudents({ count, seed: 11, schools: ['rhs', 'cvhs'], currentYear })) {
    const rows = rowsOf(s);
    for (const t of tables)
      for (const row of rows[t]) buffers.get(t)!.push(`${row.map(cell).join(',')}\n`);
    loaded.students += 1;
    loaded.attempts += rows.course_attempt.length;
    loaded.facts += rows.student_fact.length;
    if (loaded.students % 5000 === 0) await flush();
  }
  await flush();
  for (const child of children.values()) child.stdin!.end();
  await Promise.all(done);
  return loaded;
}

/** Loads `count` students with multi-row INSERTs (unnest of column arrays), 2,000 at a time. */
export async function insertStudents(
  db: Kysely<DB>,
  count: number,
  currentYear: number,
): Promise<Loaded> {
  const tables = Object.keys(TABLES) as Table[];
  let batch: Record<Table, Row[]> = {
    app_user: [],
    student: [],
    student_fact: [],
    course_attempt: [],
  };
  const types: Record<Table, string[]> = {
    app_user: ['text', 'text', 'text', 'text', 'text', 'text'],
    student: ['text', 'text', 'text', 'int', 'text', 'int'],
    student_fact: ['text', 'text', 'text', 'text', 'text'],
    course_attempt: [
      ...['text', 'text', 'text', 'int', 'text', 'text', 'text', 'text'],
      ...['float8', 'float8', 'text', 'text'],
    ],
  };
  const flush = async () => {
    for (const t of tables) {
      const rows = batch[t];
      if (rows.length === 0) continue;
      const columns = TABLES[t].map((_, i) => rows.map((r) => r[i]));
      await sql`insert into ${sql.id(t)} (${sql.join(TABLES[t].map((c) => sql.id(c)))})
        select * from unnest(${sql.join(columns.map((c, i) => sql`${sql.val(c)}::${sql.raw(types[t][i]!)}[]`))})`.execute(
        db,
      );
    }
    batch = { app_user: [], student: [], student_fact: [], course_attempt: [] };
  };
  const loaded: Loaded = { students: 0, attempts: 0, facts: 0 };
  await sql`set session_replication_role = replica`.execute(db);
  for (const s of generateStudents({ count, seed: 11, schools: ['rhs', 'cvhs'], currentYear })) {
    const rows = rowsOf(s);
    for (const t of tables) batch[t].push(...rows[t]);
    loaded.students += 1;
    loaded.attempts += rows.course_attempt.length;
    loaded.facts += rows.student_fact.length;
    if (loaded.students % 2000 === 0) await flush();
  }
  await flush();
  await sql`reset session_replication_role`.execute(db);
  return loaded;
}

/**
 * After a load with triggers off: every student's fact key built as migration 0034's backfill
 * does, the updated `student` vacuumed (so no autovacuum runs during the timings), statistics.
 */
export async function finishLoad(db: Kysely<DB>): Promise<void> {
  await REFRESH_ALL_FACT_KEYS.execute(db);
  await sql`vacuum student`.execute(db);
  await sql`analyze`.execute(db);
}
