/**
 * Every migration, in order. A migration never changes after it lands: add a new one.
 * Names sort in the order they run.
 */
import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001-framework.ts';

const migrations: Record<string, Migration> = {
  '0001-framework': m0001,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
