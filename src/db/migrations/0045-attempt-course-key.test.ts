/**
 * Migration 0045: attempts stored twice under two spellings of one code (same district, student,
 * year, term, school and course key) are merged into the one updated last (of a tie, the greatest
 * code byte by byte); every other attempt, in either district, is left as it was; the primary key
 * is then on the course key, and down puts it back on the code as written. Both engines.
 */
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import {
  insertStudents,
  openAtMigration,
  type MigrationSteps,
} from '../../../test/migration-steps.ts';

interface Stored {
  district: string;
  student: string;
  school: string;
  term: string;
  code: string;
  grade: string;
  updated: string;
}

const at = (
  district: string,
  student: string,
  term: string,
  code: string,
  grade: string,
  updated: string,
  school = `${district}-s`,
): Stored => ({ district, student, school, term, code, grade, updated });

const OLD = '2025-01-10T08:00:00Z';
const NEW = '2025-06-10T08:00:00Z';

/** Twins: the first of each group is kept, the rest merged into it. */
const TWINS: Stored[][] = [
  [at('d1', 'a', 'fall', 'alg 1', 'A', NEW), at('d1', 'a', 'fall', 'ALG I', 'C', OLD)],
  // Updated at the same moment: the greatest code byte by byte ('c' > 'C').
  [
    at('d1', 'a', 'fall', 'cs312', 'B', OLD),
    at('d1', 'a', 'fall', 'CS 312', 'F', OLD),
    at('d1', 'a', 'fall', 'C S 312', 'D', OLD),
  ],
  [at('d2', 'c', 'year', 'COMSCI-1', 'A', NEW), at('d2', 'c', 'year', 'COM SCI 1', 'B', OLD)],
];

/** Attempts without a twin: another term, student, school or key, and the other district. */
const SINGLES: Stored[] = [
  at('d1', 'a', 'spring', 'ALG I', 'B', OLD),
  at('d1', 'b', 'fall', 'ALG I', 'C', OLD),
  at('d1', 'a', 'fall', 'ALG II', 'C', OLD),
  at('d1', 'a', 'fall', 'ALG 1', 'B', OLD, 'd1-t'),
  at('d1', 'a', 'fall', '413-520', 'A', OLD),
  at('d1', 'a', 'fall', '413520', 'A', OLD),
  at('d2', 'c', 'year', 'ALGEBRA 1', 'A', OLD),
  at('d2', 'c', 'year', 'ALG 1', 'A', NEW),
];

const insert = (db: Kysely<unknown>, r: Stored) =>
  sql`insert into course_attempt (district_id, student_id, school_id, school_year, term,
      course_code, course_title, credits_attempted, credits_earned, letter_grade, result,
      updated_at)
    values (${r.district}, ${r.student}, ${r.school}, 2025, ${r.term}, ${r.code}, 'Course', 1,
      1, ${r.grade}, 'pass', ${r.updated}::timestamptz)`.execute(db);

const row = (r: Stored) =>
  [
    r.district,
    r.student,
    r.school,
    r.term,
    r.code,
    r.grade,
    new Date(r.updated).toISOString(),
  ].join('|');

async function stored(db: Kysely<unknown>): Promise<string[]> {
  const { rows } = await sql<{
    district_id: string;
    student_id: string;
    school_id: string;
    term: string;
    course_code: string;
    letter_grade: string;
    updated_at: Date | string;
  }>`select * from course_attempt`.execute(db);
  return rows
    .map((r) =>
      [
        r.district_id,
        r.student_id,
        r.school_id,
        r.term,
        r.course_code,
        r.letter_grade,
        new Date(r.updated_at).toISOString(),
      ].join('|'),
    )
    .sort();
}

const primaryKey = async (db: Kysely<unknown>) =>
  (
    await sql<{ column: string }>`
      select a.attname as column
      from pg_constraint c
      cross join lateral unnest(c.conkey) with ordinality as k(n, i)
      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n
      where c.conname = 'course_attempt_pk'
      order by k.i`.execute(db)
  ).rows.map((r) => r.column);

describe.each(testEngines())('migration 0045 on $name', (engine) => {
  let steps: MigrationSteps;
  let db: Kysely<unknown>;

  beforeAll(async () => {
    steps = await openAtMigration(engine, '0044-course-code-key-groups');
    db = steps.db;
    await insertStudents(db, 'd1', [{ id: 'a' }, { id: 'b' }]);
    await insertStudents(db, 'd2', [{ id: 'c' }]);
    await sql`insert into organization (id, kind, name, parent_id, district_id)
      values ('d1-t', 'school', 'T', 'd1', 'd1')`.execute(db);
    for (const r of [...TWINS.flat(), ...SINGLES]) await insert(db, r);
  }, 120_000);
  afterAll(() => steps?.close());

  it('merges each set of twins into one attempt and leaves every other attempt as it was', async () => {
    expect(await stored(db)).toHaveLength(TWINS.flat().length + SINGLES.length);
    await steps.to('0045-attempt-course-key');
    expect(await stored(db)).toEqual([...TWINS.map((t) => t[0]!), ...SINGLES].map(row).sort());
    expect(await primaryKey(db)).toEqual([
      'district_id',
      'student_id',
      'school_year',
      'term',
      'course_key',
      'school_id',
    ]);
  });

  it('refuses a second attempt under another spelling of a stored code', async () => {
    await expect(insert(db, at('d1', 'a', 'fall', 'Alg  I', 'F', NEW))).rejects.toThrow(
      /course_attempt_pk/,
    );
  });

  it('goes down to the key on the code as written, keeping the attempts, and up again', async () => {
    const before = await stored(db);
    await steps.to('0044-course-code-key-groups');
    expect(await primaryKey(db)).toEqual([
      'district_id',
      'student_id',
      'school_year',
      'term',
      'course_code',
      'school_id',
    ]);
    expect(await stored(db)).toEqual(before);
    await insert(db, at('d1', 'a', 'fall', 'Alg  I', 'F', NEW));
    await steps.to('0045-attempt-course-key');
    expect(await stored(db)).toEqual(before);
  });
});
