/**
 * The rules profile an organization picks for the programs it owns (issue 15): a program file's
 * institution entry carries it as `programProfile`, and since institutions became organizations
 * (migration 0010) the organization row keeps it.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('organization').addColumn('program_profile', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('organization').dropColumn('program_profile').execute();
}
