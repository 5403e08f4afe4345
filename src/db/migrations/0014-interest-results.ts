/**
 * Students' saved Interest Profiler results: the form, every answer, and the scores and code
 * computed from them (by the server, never taken from the client), with the date. Keyed by the
 * student's district first, like every student record.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('interest_result')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('district_id', 'text', (c) => c.notNull())
    .addColumn('student_id', 'text', (c) => c.notNull())
    .addColumn('form', 'integer', (c) => c.notNull().check(sql`form in (60, 30)`))
    .addColumn('answers', 'jsonb', (c) => c.notNull())
    .addColumn('scores', 'jsonb', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('taken_at', 'timestamptz', (c) => c.notNull())
    .addForeignKeyConstraint(
      'interest_result_student',
      ['district_id', 'student_id'],
      'student',
      ['district_id', 'user_id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('interest_result_student_taken')
    .on('interest_result')
    .columns(['district_id', 'student_id', 'taken_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('interest_result').execute();
}
