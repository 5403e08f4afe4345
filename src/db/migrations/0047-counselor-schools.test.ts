/**
 * Migration 0047: the counselor_school table holds a counselor's further schools of their own
 * district only (SQL refuses another district's school), leaves every existing row as it was,
 * and goes down and up again. Both engines.
 */
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import {
  insertStudents,
  openAtMigration,
  type MigrationSteps,
} from '../../../test/migration-steps.ts';

const counselor = (db: Kysely<unknown>, id: string, district: string) =>
  sql`insert into app_user (id, email, name, role, org_id, district_id)
    values (${id}, ${`${id}@example.org`}, 'C', 'counselor', ${`${district}-s`}, ${district})`.execute(
    db,
  );
const further = (db: Kysely<unknown>, district: string, id: string, school: string) =>
  sql`insert into counselor_school (district_id, counselor_id, school_id)
    values (${district}, ${id}, ${school})`.execute(db);

describe.each(testEngines())('migration 0047 on $name', (engine) => {
  let steps: MigrationSteps;
  let db: Kysely<unknown>;
  const users = async () =>
    (await sql`select id, org_id, district_id from app_user order by id`.execute(db)).rows;

  beforeAll(async () => {
    steps = await openAtMigration(engine, '0046-transfer-credit-course-key');
    db = steps.db;
    await insertStudents(db, 'd1', [{ id: 'a' }]);
    await insertStudents(db, 'd2', [{ id: 'b' }]);
    await sql`insert into organization (id, kind, name, parent_id, district_id)
      values ('d1-t', 'school', 'T', 'd1', 'd1')`.execute(db);
    await counselor(db, 'c1', 'd1');
  }, 120_000);
  afterAll(() => steps?.close());

  it('keeps a further school of the counselor’s district and refuses another district’s', async () => {
    const before = await users();
    await steps.to('0047-counselor-schools');
    expect(await users()).toEqual(before);
    await further(db, 'd1', 'c1', 'd1-t');
    await expect(further(db, 'd1', 'c1', 'd2-s')).rejects.toThrow(/counselor_school_school_fk/);
    await expect(further(db, 'd2', 'c1', 'd2-s')).rejects.toThrow(/counselor_school_counselor_fk/);
    await expect(further(db, 'd1', 'c1', 'd1-t')).rejects.toThrow(/counselor_school_pk/);
    const { rows } = await sql`select * from counselor_school`.execute(db);
    expect(rows).toEqual([{ district_id: 'd1', counselor_id: 'c1', school_id: 'd1-t' }]);
  });

  it('drops a counselor’s further schools with their account', async () => {
    await counselor(db, 'c2', 'd1');
    await further(db, 'd1', 'c2', 'd1-t');
    await sql`delete from app_user where id = 'c2'`.execute(db);
    const { rows } = await sql`select counselor_id from counselor_school`.execute(db);
    expect(rows).toEqual([{ counselor_id: 'c1' }]);
  });

  it('goes down and up again', async () => {
    await steps.to('0046-transfer-credit-course-key');
    await expect(sql`select 1 from counselor_school`.execute(db)).rejects.toThrow();
    await steps.to('0047-counselor-schools');
    await further(db, 'd1', 'c1', 'd1-t');
  });
});
