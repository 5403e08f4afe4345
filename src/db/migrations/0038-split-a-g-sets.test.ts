/**
 * Migration 0038: exceptions saved against the shipped `uc-csu-a-g` move to `uc-a-g`, except in
 * a district that loaded a set of its own under the old id; other sets' exceptions stay. And
 * back down. Both engines.
 */
import { Migrator, sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import { shippedRequirementSet } from '../../data/requirements/index.ts';
import type { Runtime } from '../../runtime.ts';
import { migrationProvider } from './index.ts';

/** d-ship uses the shipped set; d-own loaded its own set under the old id. */
const DISTRICTS = ['d-ship', 'd-own'];

async function fillAt0037(db: Kysely<unknown>): Promise<void> {
  for (const d of DISTRICTS) {
    await sql`insert into organization (id, kind, name) values (${d}, 'district', ${d})`.execute(
      db,
    );
    await sql`insert into organization (id, kind, name, parent_id, district_id)
      values (${`${d}-s`}, 'school', 'S', ${d}, ${d})`.execute(db);
    await sql`insert into app_user (id, email, name, role, org_id, district_id)
      values (${`${d}-st`}, ${`${d}@example.org`}, 'Student', 'student', ${`${d}-s`}, ${d})`.execute(
      db,
    );
    await sql`insert into student (district_id, user_id, school_id)
      values (${d}, ${`${d}-st`}, ${`${d}-s`})`.execute(db);
    for (const [id, setId] of [
      ['x1', 'uc-csu-a-g'],
      ['x2', 'rusd-diploma'],
    ])
      await sql`insert into requirement_exception
          (district_id, student_id, id, set_id, kind, node_id, reason)
        values (${d}, ${`${d}-st`}, ${id}, ${setId}, 'waive', 'e-language', 'test')`.execute(db);
  }
  const own = { ...shippedRequirementSet('uc-a-g')!, id: 'uc-csu-a-g' };
  await sql`insert into requirement_set (district_id, id, doc)
    values ('d-own', 'uc-csu-a-g', ${JSON.stringify(own)}::jsonb)`.execute(db);
}

async function setIds(db: Kysely<unknown>): Promise<string[]> {
  const { rows } = await sql<{ d: string; id: string; set_id: string }>`
    select district_id as d, id, set_id from requirement_exception order by 1, 2`.execute(db);
  return rows.map((r) => `${r.d} ${r.id} ${r.set_id}`);
}

describe.each(testEngines())('migration 0038 on $name', (engine) => {
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
    expect((await migrator.migrateTo('0037-transfer-course-flags')).error).toBeUndefined();
    await fillAt0037(db);
  }, 120_000);
  afterAll(() => runtime?.close());

  it("moves the shipped set's exceptions to uc-a-g, and leaves a district's own set alone", async () => {
    expect((await migrator.migrateTo('0038-split-a-g-sets')).error).toBeUndefined();
    expect(await setIds(db)).toEqual([
      'd-own x1 uc-csu-a-g',
      'd-own x2 rusd-diploma',
      'd-ship x1 uc-a-g',
      'd-ship x2 rusd-diploma',
    ]);
  });

  it('undoes it going down', async () => {
    expect((await migrator.migrateTo('0037-transfer-course-flags')).error).toBeUndefined();
    expect(await setIds(db)).toEqual([
      'd-own x1 uc-csu-a-g',
      'd-own x2 rusd-diploma',
      'd-ship x1 uc-csu-a-g',
      'd-ship x2 rusd-diploma',
    ]);
  });
});
