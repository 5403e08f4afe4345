/**
 * Opens the one database: a PostgreSQL server when a URL is given, otherwise embedded PGlite
 * persisted in a data folder (or in memory, for tests).
 */
import fs from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, Migrator, PostgresDialect, type MigrationResult } from 'kysely';
import pg from 'pg';
import { migrationProvider } from './migrations/index.ts';
import { PGliteDialect } from './pglite-dialect.ts';
import type { DB } from './schema.ts';

export type Engine = 'pglite' | 'postgres';

export type DatabaseTarget = { databaseUrl: string } | { dataDir: string } | { memory: true };

export interface Database {
  db: Kysely<DB>;
  engine: Engine;
  /** Where the data lives, without any password. */
  location: string;
  close(): Promise<void>;
}

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if ('databaseUrl' in target) {
    const pool = new pg.Pool({ connectionString: target.databaseUrl, max: 10 });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      engine: 'postgres',
      location: redactUrl(target.databaseUrl),
      close: () => db.destroy(),
    };
  }
  let pglite: PGlite;
  let location: string;
  if ('dataDir' in target) {
    await fs.mkdir(target.dataDir, { recursive: true });
    pglite = await PGlite.create(target.dataDir);
    location = target.dataDir;
  } else {
    pglite = await PGlite.create();
    location = 'memory';
  }
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
  return { db, engine: 'pglite', location, close: () => db.destroy() };
}

export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://(unparsable url)';
  }
}

export class MigrationError extends Error {}

/** Brings the schema to the latest migration; returns the names applied now. */
export async function migrateToLatest(db: Kysely<DB>): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: migrationProvider,
    migrationTableName: 'wayfinder_migration',
    migrationLockTableName: 'wayfinder_migration_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r: MigrationResult) => r.status === 'Error');
    throw new MigrationError(
      `migration ${failed?.migrationName ?? '(unknown)'} failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
