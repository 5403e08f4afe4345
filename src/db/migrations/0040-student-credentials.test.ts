/**
 * Migration 0040: a database of 0039 with yes/no `credential_earned` facts keeps them (and the
 * Perkins key the triggers keep) through the migration and back down; the new table holds a
 * student to credentials the catalog has, one row per credential, and goes with the student.
 * Both engines.
 */
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import {
  insertStudents,
  openAtMigration,
  type MigrationSteps,
} from '../../../test/migration-steps.ts';

async function fillAt0039(db: Kysely<unknown>): Promise<void> {
  const earned = [
    ['st-y', 'Y'],
    ['st-n', 'N'],
  ] as const;
  await insertStudents(
    db,
    'd',
    earned.map(([id]) => ({ id })),
  );
  for (const [id, value] of earned) {
    await sql`insert into student_fact (district_id, student_id, name, value)
      values ('d', ${id}, 'credential_earned', ${value})`.execute(db);
  }
  await sql`insert into credential (id, type, title, owner_id, doc)
    values ('cna', 'license', '{"en":"CNA"}', null, '{}')`.execute(db);
}

async function facts(db: Kysely<unknown>): Promise<string[]> {
  const { rows } = await sql<{ s: string; value: string; fact_key: string }>`
    select f.student_id as s, f.value, st.fact_key from student_fact f
    join student st on st.district_id = f.district_id and st.user_id = f.student_id
    order by 1`.execute(db);
  return rows.map((r) => `${r.s} ${r.value} ${r.fact_key}`);
}

describe.each(testEngines())('migration 0040 on $name', (engine) => {
  let steps: MigrationSteps;
  let db: Kysely<unknown>;
  let before: string[];

  beforeAll(async () => {
    steps = await openAtMigration(engine, '0039-credential-credit');
    db = steps.db;
    await fillAt0039(db);
    before = await facts(db);
  }, 120_000);
  afterAll(() => steps?.close());

  it('keeps the yes/no facts and their key', async () => {
    expect(before).toHaveLength(2);
    await steps.to('0040-student-credentials');
    expect(await facts(db)).toEqual(before);
  });

  it('holds a student to stored credentials, once each, and follows the student', async () => {
    const insert = (credential: string, day: string) =>
      sql`insert into student_credential (district_id, student_id, credential_id, earned_on)
        values ('d', 'st-n', ${credential}, ${day})`.execute(db);
    await insert('cna', '2026-05-04');
    await expect(insert('cna', '2026-06-01')).rejects.toThrow();
    await expect(insert('no-such', '2026-06-01')).rejects.toThrow();
    const { rows } = await sql<{ d: string }>`
      select earned_on::text as d from student_credential`.execute(db);
    expect(rows).toEqual([{ d: '2026-05-04' }]);
    await sql`delete from student where user_id = 'st-n'`.execute(db);
    const left = await sql`select 1 from student_credential`.execute(db);
    expect(left.rows).toEqual([]);
  });

  it('goes back down leaving the facts', async () => {
    await steps.to('0039-credential-credit');
    expect(await facts(db)).toEqual(before.filter((f) => f.startsWith('st-y')));
  });
});
