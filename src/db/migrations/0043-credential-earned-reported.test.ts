/**
 * Migration 0043 (both engines): a student holding no named credential keeps the roster's value as
 * the roster's own (`reported`); a holder's Y is taken as the credentials' own (reported null), so
 * once the last credential goes the fact goes with it. Other facts and the Perkins key stay; going
 * down drops only the column.
 */
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import {
  insertStudents,
  openAtMigration,
  type MigrationSteps,
} from '../../../test/migration-steps.ts';

/** Students at 0042: one holding a credential, two with the roster's Y and N, and another fact. */
async function fillAt0042(db: Kysely<unknown>): Promise<void> {
  await sql`insert into credential (id, type, title, owner_id, doc)
    values ('cna', 'license', '{"en":"CNA"}', null, '{}')`.execute(db);
  const earned = [
    ['st-held', 'Y'],
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
      values ('d', ${id}, 'credential_earned', ${value}), ('d', ${id}, 'english_learner', 'N')`.execute(
      db,
    );
  }
  await sql`insert into student_credential (district_id, student_id, credential_id, earned_on)
    values ('d', 'st-held', 'cna', '2026-04-01')`.execute(db);
}

async function facts(db: Kysely<unknown>): Promise<string[]> {
  const { rows } = await sql<{ s: string; name: string; value: string; fact_key: string }>`
    select f.student_id as s, f.name, f.value, st.fact_key from student_fact f
    join student st on st.district_id = f.district_id and st.user_id = f.student_id
    order by 1, 2`.execute(db);
  return rows.map((r) => `${r.s} ${r.name} ${r.value} ${r.fact_key}`);
}

describe.each(testEngines())('migration 0043 on $name', (engine) => {
  let steps: MigrationSteps;
  let db: Kysely<unknown>;
  let before: string[];

  beforeAll(async () => {
    steps = await openAtMigration(engine, '0042-course-code-key');
    db = steps.db;
    await fillAt0042(db);
    before = await facts(db);
  }, 120_000);
  afterAll(() => steps?.close());

  it("keeps the facts, and the roster's own value of students holding no credential", async () => {
    await steps.to('0043-credential-earned-reported');
    expect(await facts(db)).toEqual(before);
    const { rows } = await sql<{ s: string; name: string; reported: string | null }>`
      select student_id as s, name, reported from student_fact order by 1, 2`.execute(db);
    expect(rows.map((r) => `${r.s} ${r.name} ${r.reported}`)).toEqual([
      'st-held credential_earned null',
      'st-held english_learner null',
      'st-n credential_earned N',
      'st-n english_learner null',
      'st-y credential_earned Y',
      'st-y english_learner null',
    ]);
  });

  it('goes back down leaving the facts', async () => {
    await steps.to('0042-course-code-key');
    expect(await facts(db)).toEqual(before);
  });
});
