/**
 * `occupation_related` holds the bulk of an O*NET import (about 18,500 rows). Its `source_id`
 * foreign key made the database check every row against `data_source`, a third of the import's
 * time on the embedded database. The importer writes the source row first, in the same
 * transaction, and sources are never deleted, so the column keeps its meaning without the
 * per-row check; `src/importers/occupation-imports.test.ts` checks that every related row names
 * a stored source.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table occupation_related drop constraint if exists occupation_related_source_id_fkey`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table occupation_related add constraint occupation_related_source_id_fkey
    foreign key (source_id) references data_source (id)`.execute(db);
}
