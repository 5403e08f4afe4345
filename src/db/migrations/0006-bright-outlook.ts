/** Where an occupation's Bright Outlook flag came from, so pages credit that source. */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('occupation')
    .addColumn('bright_outlook_source_id', 'text', (c) => c.references('data_source.id'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('occupation').dropColumn('bright_outlook_source_id').execute();
}
