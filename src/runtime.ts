/**
 * The composition root: opens the database and builds the repositories and services that the
 * server and the CLI share. Nothing else wires things together.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import type { TConfig } from './config.ts';
import { DEFAULT_FRAMEWORK_ID, frameworks } from './data/index.ts';
import { migrateToLatest, openDatabase, type Database, type DatabaseTarget } from './db/database.ts';
import { FrameworkRepository } from './db/framework-repository.ts';
import { FrameworkCatalog } from './services/framework-catalog.ts';
import { seedFrameworks } from './services/seed.ts';

export const VERSION: string = (
  JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../package.json'), 'utf8')) as { version: string }
).version;

export interface Runtime {
  database: Database;
  repos: { framework: FrameworkRepository };
  catalog: FrameworkCatalog;
  /** Loads the embedded default data; idempotent. */
  seed(): ReturnType<typeof seedFrameworks>;
  /** Applies pending migrations; returns their names. */
  migrate(): Promise<string[]>;
  /** Migrates, and seeds when no framework is loaded yet. Returns whether it seeded. */
  prepare(): Promise<{ migrated: string[]; seeded: boolean }>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export function databaseTarget(config: Pick<TConfig, 'databaseUrl' | 'dataDir'>): DatabaseTarget {
  return config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir };
}

export async function createRuntime(target: DatabaseTarget): Promise<Runtime> {
  const database = await openDatabase(target);
  const repos = { framework: new FrameworkRepository(database.db) };
  const catalog = new FrameworkCatalog({ repo: repos.framework });
  const seed = async () => {
    const counts = await seedFrameworks({ repo: repos.framework, frameworks, defaultFrameworkId: DEFAULT_FRAMEWORK_ID });
    catalog.invalidate();
    return counts;
  };
  const migrate = () => migrateToLatest(database.db);
  return {
    database,
    repos,
    catalog,
    seed,
    migrate,
    async prepare() {
      const migrated = await migrate();
      const empty = (await repos.framework.countFrameworks()) === 0;
      if (empty) await seed();
      return { migrated, seeded: empty };
    },
    async ping() {
      await sql`select 1`.execute(database.db);
    },
    close: () => database.close(),
  };
}
