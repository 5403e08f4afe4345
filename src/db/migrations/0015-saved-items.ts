/** What a student saves to their list: occupations, pathways and programs of study. */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('saved_item')
    .addColumn('district_id', 'text', (c) => c.notNull())
    .addColumn('student_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('occupation', 'pathway', 'program')`),
    )
    .addColumn('ref', 'text', (c) => c.notNull())
    .addColumn('saved_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('saved_item_pk', ['district_id', 'student_id', 'kind', 'ref'])
    .addForeignKeyConstraint(
      'saved_item_student',
      ['district_id', 'student_id'],
      'student',
      ['district_id', 'user_id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('saved_item').execute();
}
