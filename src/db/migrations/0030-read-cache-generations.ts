/**
 * Data generations for the read cache (issue 9): one row per cache domain, bumped by a trigger in
 * the same transaction as any write to a table whose rows shared answers are built from. The
 * trigger is per statement and bumps a domain once per transaction (a transaction-local setting
 * remembers it), so a large import costs one extra UPDATE. A row lock on the domain's row is held
 * until the writer commits: readers see the new generation exactly when they can see the data.
 * Plus the indexes the main list queries need (checked with EXPLAIN in indexes.pg.test.ts).
 */
import { sql, type Kysely } from 'kysely';

/** The tables each cache domain covers. A new table that public answers read belongs here. */
export const GENERATION_TABLES = {
  framework: ['framework', 'cluster', 'pathway'],
  program: ['program', 'program_version', 'program_institution'],
  catalog: ['course', 'credit_agreement', 'credential', 'organization'],
  occupation: [
    'data_source',
    'occupation',
    'occupation_pathway',
    'occupation_related',
    'labor_market',
    'cip',
    'cip_soc',
  ],
} as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('cache_generation')
    .addColumn('domain', 'text', (c) => c.primaryKey())
    .addColumn('generation', 'bigint', (c) => c.notNull().defaultTo(1))
    .execute();
  await sql`
    create function wayfinder_bump_generation() returns trigger language plpgsql as $$
    declare
      flag text := 'wayfinder.generation_bumped_' || tg_argv[0];
    begin
      if coalesce(current_setting(flag, true), '') <> '1' then
        update cache_generation set generation = generation + 1 where domain = tg_argv[0];
        perform set_config(flag, '1', true);
      end if;
      return null;
    end $$`.execute(db);
  for (const [domain, tables] of Object.entries(GENERATION_TABLES)) {
    await sql`insert into cache_generation (domain) values (${domain})`.execute(db);
    for (const table of tables) {
      await sql`
        create trigger ${sql.id(`${table}_bumps_generation`)}
        after insert or update or delete or truncate on ${sql.id(table)}
        for each statement execute function wayfinder_bump_generation(${sql.lit(domain)})`.execute(
        db,
      );
    }
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const tables of Object.values(GENERATION_TABLES)) {
    for (const table of tables) {
      await sql`drop trigger ${sql.id(`${table}_bumps_generation`)} on ${sql.id(table)}`.execute(
        db,
      );
    }
  }
  await sql`drop function wayfinder_bump_generation()`.execute(db);
  await db.schema.dropTable('cache_generation').execute();
}
