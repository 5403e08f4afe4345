/**
 * Migration 0041: students stored before it get a given and a family name only where their shown
 * name splits one way; every other name is left null; down and up again. Both engines.
 */
import { Migrator, sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import type { Runtime } from '../../runtime.ts';
import { migrationProvider } from './index.ts';

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
  await sql`insert into organization (id, kind, name) values ('d', 'district', 'D')`.execute(db);
  await sql`insert into organization (id, kind, name, parent_id, district_id)
    values ('d-s', 'school', 'S', 'd', 'd')`.execute(db);
  for (const [i, [name]] of NAMES.entries()) {
    const id = `st-${i}`;
    await sql`insert into app_user (id, email, name, role, org_id, district_id)
      values (${id}, ${`${id}@example.org`}, ${name}, 'student', 'd-s', 'd')`.execute(db);
    await sql`insert into student (district_id, user_id, school_id) values ('d', ${id}, 'd-s')`.execute(
      db,
    );
  }
}

const names = async (db: Kysely<unknown>) =>
  (
    await sql<{ given_name: string | null; family_name: string | null }>`
      select given_name, family_name from student order by length(user_id), user_id`.execute(db)
  ).rows.map((r) => [r.given_name, r.family_name]);

describe.each(testEngines())('migration 0041 on $name', (engine) => {
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
    expect((await migrator.migrateTo('0040-student-credentials')).error).toBeUndefined();
    await fillAt0040(db);
  }, 120_000);
  afterAll(() => runtime?.close());

  it('splits only the names that split one way', async () => {
    expect((await migrator.migrateTo('0041-student-family-name')).error).toBeUndefined();
    expect(await names(db)).toEqual(NAMES.map(([, given, family]) => [given, family]));
  });

  it('goes down and up again', async () => {
    expect((await migrator.migrateTo('0040-student-credentials')).error).toBeUndefined();
    const { rows } = await sql<{
      n: number;
    }>`select count(*)::int as n from information_schema.columns
      where table_name = 'student' and column_name in ('given_name', 'family_name')`.execute(db);
    expect(rows[0]!.n).toBe(0);
    expect((await migrator.migrateTo('0041-student-family-name')).error).toBeUndefined();
    expect((await names(db))[0]).toEqual(['Ana', 'Pérez']);
  });
});
