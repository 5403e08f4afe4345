/**
 * Migration 0044: the SQL course-code key gives the key the TypeScript one gives (courseCodeKey),
 * for many generated codes of letters (Roman numerals among them), digits, '&' and separators;
 * the attempts stored before it are keyed anew; down gives 0042's keys back. Both engines.
 */
import fc from 'fast-check';
import { Migrator, sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import { courseCodeKey } from '../../domain/requirements/course-code-key.ts';
import type { Runtime } from '../../runtime.ts';
import { migrationProvider } from './index.ts';

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
  let runtime: Runtime;
  let db: Kysely<unknown>;
  let migrator: Migrator;

  beforeAll(async () => {
    runtime = await engine.open({ migrate: false });
    db = runtime.database.db as Kysely<unknown>;
    migrator = new Migrator({
      db,
      provider: migrationProvider,
      migrationTableName: 'wayfinder_migration',
      migrationLockTableName: 'wayfinder_migration_lock',
    });
    expect((await migrator.migrateTo('0042-course-code-key')).error).toBeUndefined();
    await sql`insert into organization (id, kind, name) values ('d', 'district', 'D')`.execute(db);
    await sql`insert into organization (id, kind, name, parent_id, district_id)
      values ('d-s', 'school', 'S', 'd', 'd')`.execute(db);
    await sql`insert into app_user (id, email, name, role, org_id, district_id)
      values ('st', 'st@example.org', 'Ana Pérez', 'student', 'd-s', 'd')`.execute(db);
    await sql`insert into student (district_id, user_id, school_id) values ('d', 'st', 'd-s')`.execute(
      db,
    );
    for (const [i, code] of STORED.entries())
      await sql`insert into course_attempt (district_id, student_id, school_id, school_year, term,
          course_code, course_title, credits_attempted, credits_earned, result)
        values ('d', 'st', 'd-s', 2026, 'year', ${code}, ${`t${i}`}, 1, 1, 'pass')`.execute(db);
  }, 120_000);
  afterAll(() => runtime?.close());

  it('keys the attempts stored before it anew', async () => {
    expect((await migrator.migrateTo('0044-course-code-key-groups')).error).toBeUndefined();
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
    expect((await migrator.migrateTo('0042-course-code-key')).error).toBeUndefined();
    expect((await storedKeys(db)).map(([, key]) => key)).toEqual([
      'COM SCI1',
      'COMSCI1',
      'ALGEBRA I',
      'ALGEBRA1',
      'AP US HIST',
      '413-520',
    ]);
    expect((await migrator.migrateTo('0044-course-code-key-groups')).error).toBeUndefined();
    expect((await storedKeys(db))[0]).toEqual(['COM SCI 1', 'COMSCI1']);
  });
});
