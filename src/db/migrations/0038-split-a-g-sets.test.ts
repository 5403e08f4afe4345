/**
 * Migration 0038: exceptions saved against the shipped `uc-csu-a-g` move to `uc-a-g`, except in
 * a district that loaded a set of its own under the old id; other sets' exceptions stay. And
 * back down. Both engines.
 */
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import {
  insertStudents,
  openAtMigration,
  type MigrationSteps,
} from '../../../test/migration-steps.ts';
import { shippedRequirementSet } from '../../data/requirements/index.ts';

/** d-ship uses the shipped set; d-own loaded its own set under the old id. */
const DISTRICTS = ['d-ship', 'd-own'];

async function fillAt0037(db: Kysely<unknown>): Promise<void> {
  for (const d of DISTRICTS) {
    await insertStudents(db, d, [{ id: `${d}-st` }]);
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
  let steps: MigrationSteps;
  let db: Kysely<unknown>;

  beforeAll(async () => {
    steps = await openAtMigration(engine, '0037-transfer-course-flags');
    db = steps.db;
    await fillAt0037(db);
  }, 120_000);
  afterAll(() => steps?.close());

  it("moves the shipped set's exceptions to uc-a-g, and leaves a district's own set alone", async () => {
    await steps.to('0038-split-a-g-sets');
    expect(await setIds(db)).toEqual([
      'd-own x1 uc-csu-a-g',
      'd-own x2 rusd-diploma',
      'd-ship x1 uc-a-g',
      'd-ship x2 rusd-diploma',
    ]);
  });

  it('undoes it going down', async () => {
    await steps.to('0037-transfer-course-flags');
    expect(await setIds(db)).toEqual([
      'd-own x1 uc-csu-a-g',
      'd-own x2 rusd-diploma',
      'd-ship x1 uc-csu-a-g',
      'd-ship x2 rusd-diploma',
    ]);
  });
});
