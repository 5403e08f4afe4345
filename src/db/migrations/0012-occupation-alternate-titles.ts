/**
 * The other names of an occupation (O*NET's alternate and short titles, about 52 per
 * occupation), kept with the occupation row so that an O*NET import replaces them with its own
 * release and search finds occupations by the words people use.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('occupation').addColumn('alternate_titles', 'jsonb').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('occupation').dropColumn('alternate_titles').execute();
}
