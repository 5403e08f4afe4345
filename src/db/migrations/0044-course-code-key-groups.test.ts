/**
 * Migration 0044: the SQL course-code key gives the key the TypeScript one gives (courseCodeKey),
 * for many generated codes of letters (Roman numerals among them), digits, '&' and separators;
 * the attempts stored before it are keyed anew; down gives 0042's keys back. Both engines.
 */
import fc from 'fast-check';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import {
  insertStudents,
  openAtMigration,
  type MigrationSteps,
} from '../../../test/migration-steps.ts';
import { courseCodeKey } from '../../domain/requirements/course-code-key.ts';

const STORED = ['COM SCI 1', 'COMSCI-1', 'Algebra I', 'ALGEBRA 1', 'AP US HIST', '413-520'];

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

/** Codes as registrars write them: words, numbers and Roman numerals between separators. */
const WRITTEN = fc
  .array(
    fc.oneof(
      fc.constantFrom('I', 'II', 'III', 'IV', 'V', 'VI', 'AP', 'US', 'ENGL&', 'C', 'S', 'x'),
      fc.stringMatching(/^[A-Za-z]{1,4}$/),
      fc.stringMatching(/^\d{1,4}$/),
    ),
    { minLength: 1, maxLength: 4 },
  )
  .chain((words) =>
    fc
      .array(fc.constantFrom('', ' ', '  ', '-', '.', '_', ' - ', '\t'), {
        minLength: words.length + 1,
        maxLength: words.length + 1,
      })
      .map((seps) => seps.map((sep, i) => `${sep}${words[i] ?? ''}`).join('')),
  );

describe.each(testEngines())('migration 0044 on $name', (engine) => {
  let steps: MigrationSteps;
  let db: Kysely<unknown>;

  beforeAll(async () => {
    steps = await openAtMigration(engine, '0042-course-code-key');
    db = steps.db;
    await insertStudents(db, 'd', [{ id: 'st', name: 'Ana Pérez' }]);
    for (const [i, code] of STORED.entries())
      await sql`insert into course_attempt (district_id, student_id, school_id, school_year, term,
          course_code, course_title, credits_attempted, credits_earned, result)
        values ('d', 'st', 'd-s', 2026, 'year', ${code}, ${`t${i}`}, 1, 1, 'pass')`.execute(db);
  }, 120_000);
  afterAll(() => steps?.close());

  it('keys the attempts stored before it anew', async () => {
    await steps.to('0044-course-code-key-groups');
    const stored = await storedKeys(db);
    expect(stored).toEqual(STORED.map((c) => [c, courseCodeKey(c)]));
    expect(stored.map(([, key]) => key)).toEqual([
      'COMSCI1',
      'COMSCI1',
      'ALGEBRA1',
      'ALGEBRA1',
      'APUSHIST',
      '413-520',
    ]);
  });

  it('keys as courseCodeKey does, for any code written of words, numbers and separators', async () => {
    const codes = [
      ...fc.sample(WRITTEN, { numRuns: 600, seed: 7 }),
      ...fc.sample(fc.string({ unit: fc.constantFrom(...'aIVZ&09 \t-._'), maxLength: 12 }), {
        numRuns: 400,
        seed: 42,
      }),
      'A I I I',
      '1 -2',
      'MATH-1314.01',
      ' ENGL & 101 ',
    ];
    expect(await keysOf(db, codes)).toEqual(codes.map(courseCodeKey));
  });

  it('goes down to the key of 0042 and up again', async () => {
    await steps.to('0042-course-code-key');
    expect((await storedKeys(db)).map(([, key]) => key)).toEqual([
      'COM SCI1',
      'COMSCI1',
      'ALGEBRA I',
      'ALGEBRA1',
      'AP US HIST',
      '413-520',
    ]);
    await steps.to('0044-course-code-key-groups');
    expect((await storedKeys(db))[0]).toEqual(['COM SCI 1', 'COMSCI1']);
  });
});
