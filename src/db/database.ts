/**
 * Opens the one database: a PostgreSQL server when a URL is given, otherwise embedded PGlite
 * persisted in a data folder (or in memory, for tests).
 */
import fs from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, Migrator, PostgresDialect, type LogEvent, type MigrationResult } from 'kysely';
import pg from 'pg';
import { migrationProvider } from './migrations/index.ts';
import { lockDataFolder, type DataFolderLock } from './data-folder-lock.ts';
import { PGliteDialect } from './pglite-dialect.ts';
import type { DB } from './schema.ts';
import { WriteSignal } from './write-signal.ts';

export type Engine = 'pglite' | 'postgres';

export type DatabaseTarget = { databaseUrl: string } | { dataDir: string } | { memory: true };

export interface Database {
  db: Kysely<DB>;
  engine: Engine;
  /** Where the data lives, without any password. */
  location: string;
  /**
   * PostgreSQL only: calls `onMessage` with the payload of every NOTIFY on `channel`, on a
   * connection of its own, until the returned function is called. (The embedded database has one
   * process, which already knows what it changed.)
   */
  listen?(channel: string, onMessage: (payload: string) => void): Promise<() => Promise<void>>;
  /** Signals after every commit and every change outside a transaction made through `db`. */
  writes: WriteSignal;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Sees every query run (tests count queries and EXPLAIN them). */
  queryLog?: (query: { sql: string; parameters: readonly unknown[] }) => void;
}

export async function openDatabase(
  target: DatabaseTarget,
  options: OpenOptions = {},
): Promise<Database> {
  const log = options.queryLog
    ? (event: LogEvent) => {
        if (event.level === 'query') options.queryLog!(event.query);
      }
    : undefined;
  if ('databaseUrl' in target) {
    const pool = new pg.Pool({ connectionString: target.databaseUrl, max: 10 });
    const writes = new WriteSignal();
    const db = new Kysely<DB>({
      dialect: writes.wrap(new PostgresDialect({ pool })),
      plugins: [writes.plugin()],
      ...(log ? { log } : {}),
    });
    return {
      db,
      writes,
      engine: 'postgres',
      location: redactUrl(target.databaseUrl),
      listen: (channel, onMessage) => listen(target.databaseUrl, channel, onMessage),
      close: () => db.destroy(),
    };
  }
  let pglite: PGlite;
  let location: string;
  let lock: DataFolderLock | undefined;
  if ('dataDir' in target) {
    await fs.mkdir(target.dataDir, { recursive: true });
    // One process per data folder (see data-folder-lock.ts): refused here, before anything opens.
    lock = lockDataFolder(target.dataDir);
    try {
      pglite = await PGlite.create(target.dataDir);
    } catch (error) {
      lock.release();
      throw error;
    }
    location = target.dataDir;
  } else {
    pglite = await PGlite.create();
    location = 'memory';
  }
  const writes = new WriteSignal();
  const db = new Kysely<DB>({
    dialect: writes.wrap(new PGliteDialect(pglite)),
    plugins: [writes.plugin()],
    ...(log ? { log } : {}),
  });
  const close = async () => {
    try {
      await db.destroy();
    } finally {
      lock?.release();
    }
  };
  return { db, engine: 'pglite', location, writes, close };
}

async function listen(
  url: string,
  channel: string,
  onMessage: (payload: string) => void,
): Promise<() => Promise<void>> {
  const client = new pg.Client({ connectionString: url });
  // A lost connection only means answers fall back to the short cache; it must not crash.
  client.on('error', () => {});
  client.on('notification', (n) => {
    if (n.channel === channel) onMessage(n.payload ?? '');
  });
  await client.connect();
  await client.query(`listen ${pg.escapeIdentifier(channel)}`);
  return () => client.end();
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

/** A Kysely migrator over every migration, keeping its record in the project's own tables. */
export function createMigrator<T>(db: Kysely<T>): Migrator {
  return new Migrator({
    db,
    provider: migrationProvider,
    migrationTableName: 'wayfinder_migration',
    migrationLockTableName: 'wayfinder_migration_lock',
  });
}

/** Brings the schema to the latest migration; returns the names applied now. */
export async function migrateToLatest(db: Kysely<DB>): Promise<string[]> {
  const { error, results } = await createMigrator(db).migrateToLatest();
  if (error) {
    const failed = results?.find((r: MigrationResult) => r.status === 'Error');
    throw new MigrationError(
      `migration ${failed?.migrationName ?? '(unknown)'} failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
