/**
 * Migration 0041: students stored before it get a given and a family name only where their shown
 * name splits one way; every other name is left null; down and up again. Both engines.
 */
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import {
  insertStudents,
  openAtMigration,
  type MigrationSteps,
} from '../../../test/migration-steps.ts';

const NAMES: Array<[string, string | null, string | null]> = [
  ['Ana Pérez', 'Ana', 'Pérez'],
  ['Óscar Ávila', 'Óscar', 'Ávila'],
  ['María José García López', null, null],
  ['Maria Garcia-Lopez', 'Maria', 'Garcia-Lopez'],
  ['Lee', null, null],
  ['Garcia, Maria', null, null],
  ['John Jr.', null, null],
  ['Bo  Li', null, null],
  ['', null, null],
];

async function fillAt0040(db: Kysely<unknown>): Promise<void> {
  await insertStudents(
    db,
    'd',
    NAMES.map(([name], i) => ({ id: `st-${i}`, name })),
  );
}

const names = async (db: Kysely<unknown>) =>
  (
    await sql<{ given_name: string | null; family_name: string | null }>`
      select given_name, family_name from student order by length(user_id), user_id`.execute(db)
  ).rows.map((r) => [r.given_name, r.family_name]);

describe.each(testEngines())('migration 0041 on $name', (engine) => {
  let steps: MigrationSteps;
  let db: Kysely<unknown>;

  beforeAll(async () => {
    steps = await openAtMigration(engine, '0040-student-credentials');
    db = steps.db;
    await fillAt0040(db);
  }, 120_000);
  afterAll(() => steps?.close());

  it('splits only the names that split one way', async () => {
    await steps.to('0041-student-family-name');
    expect(await names(db)).toEqual(NAMES.map(([, given, family]) => [given, family]));
  });

  it('goes down and up again', async () => {
    await steps.to('0040-student-credentials');
    const { rows } = await sql<{
      n: number;
    }>`select count(*)::int as n from information_schema.columns
      where table_name = 'student' and column_name in ('given_name', 'family_name')`.execute(db);
    expect(rows[0]!.n).toBe(0);
    await steps.to('0041-student-family-name');
    expect((await names(db))[0]).toEqual(['Ana', 'Pérez']);
  });
});
