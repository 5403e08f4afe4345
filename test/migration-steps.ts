/**
 * A migration test's set-up: a database of its own on one engine, migrated only as far as the
 * test says, so that it can be filled as it stood then and taken up and down from there.
 */
import { sql, type Kysely } from 'kysely';
import { expect } from 'vitest';
import { createMigrator } from '../src/db/database.ts';
import type { Runtime } from '../src/runtime.ts';
import type { TestEngine } from './databases.ts';

export interface MigrationSteps {
  runtime: Runtime;
  /** The database, typed for no schema: the schema of today is not the one being migrated. */
  db: Kysely<unknown>;
  /** Migrates up or down to the named migration; the test fails on a migration's error. */
  to(migration: string): Promise<void>;
  close(): Promise<void>;
}

/** A new database on `engine`, migrated up to (and including) `migration`. */
export async function openAtMigration(
  engine: TestEngine,
  migration: string,
): Promise<MigrationSteps> {
  const runtime = await engine.open({ migrate: false });
  const db = runtime.database.db as Kysely<unknown>;
  const migrator = createMigrator(db);
  const to = async (name: string) => {
    const { error } = await migrator.migrateTo(name);
    expect(error, `migrating to ${name}`).toBeUndefined();
  };
  await to(migration);
  return { runtime, db, to, close: () => runtime.close() };
}

export interface StoredStudent {
  id: string;
  /** The student's shown name; 'Student' when not given. */
  name?: string;
}

/**
 * A district (`district`, with its school `<district>-s`) and the given students of that school,
 * in the columns these tables have had since migration 0004.
 */
export async function insertStudents(
  db: Kysely<unknown>,
  district: string,
  students: readonly StoredStudent[],
): Promise<void> {
  const school = `${district}-s`;
  await sql`insert into organization (id, kind, name) values (${district}, 'district', ${district})`.execute(
    db,
  );
  await sql`insert into organization (id, kind, name, parent_id, district_id)
    values (${school}, 'school', 'S', ${district}, ${district})`.execute(db);
  for (const { id, name = 'Student' } of students) {
    await sql`insert into app_user (id, email, name, role, org_id, district_id)
      values (${id}, ${`${id}@example.org`}, ${name}, 'student', ${school}, ${district})`.execute(
      db,
    );
    await sql`insert into student (district_id, user_id, school_id)
      values (${district}, ${id}, ${school})`.execute(db);
  }
}
