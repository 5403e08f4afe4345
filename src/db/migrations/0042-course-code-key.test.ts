/**
 * Migration 0042: the SQL course-code key as it was then (the space inside a prefix kept: the
 * key of today is migration 0044's, whose test holds it to the TypeScript); attempts stored
 * before it get their key; new writes keep it; down and up again. Both engines.
 */
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import {
  insertStudents,
  openAtMigration,
  type MigrationSteps,
} from '../../../test/migration-steps.ts';

/** Codes and their keys under 0042. */
const STORED: ReadonlyArray<readonly [string, string]> = [
  ['ENGL 101', 'ENGL101'],
  ['engl-101', 'ENGL101'],
  [' ENGL_101 ', 'ENGL101'],
  ['COM SCI 1', 'COM SCI1'],
  ['413-520', '413-520'],
  ['MATH 110.1', 'MATH110.1'],
  ['02052', '02052'],
];

async function attempt(db: Kysely<unknown>, code: string, title: string): Promise<void> {
  await sql`insert into course_attempt (district_id, student_id, school_id, school_year, term,
      course_code, course_title, credits_attempted, credits_earned, result)
    values ('d', 'st', 'd-s', 2026, 'year', ${code}, ${title}, 1, 1, 'pass')`.execute(db);
}

const keysOf = async (db: Kysely<unknown>, codes: readonly string[]) =>
  (
    await sql<{ key: string }>`select course_code_key(c) as key
      from unnest(${codes}::text[]) with ordinality as t(c, i) order by i`.execute(db)
  ).rows.map((r) => r.key);

const storedKeys = async (db: Kysely<unknown>) =>
  (
    await sql<{ course_code: string; course_key: string }>`
      select course_code, course_key from course_attempt order by course_title`.execute(db)
  ).rows.map((r) => [r.course_code, r.course_key]);

describe.each(testEngines())('migration 0042 on $name', (engine) => {
  let steps: MigrationSteps;
  let db: Kysely<unknown>;

  beforeAll(async () => {
    steps = await openAtMigration(engine, '0041-student-family-name');
    db = steps.db;
    await insertStudents(db, 'd', [{ id: 'st', name: 'Ana Pérez' }]);
    for (const [i, [code]] of STORED.entries()) await attempt(db, code, `t${i}`);
  }, 120_000);
  afterAll(() => steps?.close());

  it('gives the attempts stored before it their key', async () => {
    await steps.to('0042-course-code-key');
    expect(await storedKeys(db)).toEqual(STORED);
    expect(new Set((await storedKeys(db)).slice(0, 3).map(([, key]) => key))).toEqual(
      new Set(['ENGL101']),
    );
  });

  it('keys a prefix and its number as one, and keeps the space inside a prefix', async () => {
    const codes = ['ENGL& 101', 'ENGL & 101', 'a -_. 1', 'A1-2', '  x  9 ', 'COM  SCI - 1'];
    expect(await keysOf(db, codes)).toEqual([
      'ENGL&101',
      'ENGL &101',
      'A1',
      'A1-2',
      'X9',
      'COM SCI1',
    ]);
  });

  it('keeps the key of a new or changed attempt, and goes down and up again', async () => {
    await attempt(db, 'welD_1', 'u');
    await sql`update course_attempt set course_code = 'Auto-Tech 2' where course_title = 't0'`.execute(
      db,
    );
    const after = new Map((await storedKeys(db)).map(([code, key]) => [code, key]));
    expect(after.get('welD_1')).toBe('WELD1');
    expect(after.get('Auto-Tech 2')).toBe('AUTO-TECH2');
    await steps.to('0041-student-family-name');
    const { rows } = await sql<{ n: number }>`select count(*)::int as n
      from information_schema.columns
      where table_name = 'course_attempt' and column_name = 'course_key'`.execute(db);
    expect(rows[0]!.n).toBe(0);
    await steps.to('0042-course-code-key');
    expect((await storedKeys(db))[0]).toEqual(['Auto-Tech 2', 'AUTO-TECH2']);
  });
});
