/**
 * Migration 0043 (both engines): a student holding no named credential keeps the roster's value as
 * the roster's own (`reported`); a holder's Y is taken as the credentials' own (reported null), so
 * once the last credential goes the fact goes with it. Other facts and the Perkins key stay; going
 * down drops only the column.
 */
import { Migrator, sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import type { Runtime } from '../../runtime.ts';
import { migrationProvider } from './index.ts';

/** Students at 0042: one holding a credential, two with the roster's Y and N, and another fact. */
async function fillAt0042(db: Kysely<unknown>): Promise<void> {
  await sql`insert into organization (id, kind, name) values ('d', 'district', 'D')`.execute(db);
  await sql`insert into organization (id, kind, name, parent_id, district_id)
    values ('d-s', 'school', 'S', 'd', 'd')`.execute(db);
  await sql`insert into credential (id, type, title, owner_id, doc)
    values ('cna', 'license', '{"en":"CNA"}', null, '{}')`.execute(db);
  for (const [id, value] of [
    ['st-held', 'Y'],
    ['st-y', 'Y'],
    ['st-n', 'N'],
  ] as const) {
    await sql`insert into app_user (id, email, name, role, org_id, district_id)
      values (${id}, ${`${id}@example.org`}, 'Student', 'student', 'd-s', 'd')`.execute(db);
    await sql`insert into student (district_id, user_id, school_id) values ('d', ${id}, 'd-s')`.execute(
      db,
    );
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
  let runtime: Runtime;
  let db: Kysely<unknown>;
  let migrator: Migrator;
  let before: string[];

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
    await fillAt0042(db);
    before = await facts(db);
  }, 120_000);
  afterAll(() => runtime?.close());

  it("keeps the facts, and the roster's own value of students holding no credential", async () => {
    expect((await migrator.migrateTo('0043-credential-earned-reported')).error).toBeUndefined();
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
    expect((await migrator.migrateTo('0042-course-code-key')).error).toBeUndefined();
    expect(await facts(db)).toEqual(before);
  });
});
